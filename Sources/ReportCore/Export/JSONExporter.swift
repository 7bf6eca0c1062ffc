import ReportModel

/// The archival export: the contract's JSON, pretty-printed, keys in contract order,
/// byte-identical across runs.
public enum JSONExporter {
    /// - Parameter parts: the report's parts already encoded for its `contentId`
    ///   (`ContentID.hashedParts(of:)`), written as they are.
    public static func export(_ report: Report, reusing parts: [String: JSONValue] = [:]) throws -> String {
        JSONWriter.pretty(try JSONTreeEncoder.encode(report, reusing: parts))
    }
}
