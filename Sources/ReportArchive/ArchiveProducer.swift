import ReportCore

/// Which reportconv made a stored report, recorded with each report and source so that
/// `archive reinterpret` can say which reports an upgrade changed.
///
/// The version `reportconv --version` prints.
public enum ArchiveProducer {
    public static let current = "reportconv " + ReportConvVersion.current
}
