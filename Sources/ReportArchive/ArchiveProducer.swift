/// Which reportconv made a stored report, recorded with each report and source so that
/// `archive reinterpret` can say which reports an upgrade changed.
///
/// Bump with every release whose interpretation can differ from the one before.
public enum ArchiveProducer {
    public static let current = "reportconv 0.6.0"
}
