/// The version `reportconv --version` prints, and that output records carry: outputs of another
/// version are converted again on a rerun.
public enum ReportConvVersion {
    public static let current = "0.11.0"
}
