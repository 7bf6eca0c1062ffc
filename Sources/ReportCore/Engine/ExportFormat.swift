/// The export formats of a batch: one JSON and one Markdown file per report, and the CSV
/// tables combined over the batch.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    case json, csv, md

    public var fileExtension: String { rawValue }
}
