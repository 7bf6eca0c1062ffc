import ReportModel

/// The archival export: the contract's JSON, pretty-printed, keys in contract order,
/// byte-identical across runs.
public enum JSONExporter {
    public static func export(_ report: Report) throws -> String {
        JSONWriter.pretty(try JSONTreeEncoder.encode(report))
    }
}
