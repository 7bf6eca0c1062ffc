/// What a run knows about one input's outputs in an output folder: written after the outputs,
/// so its presence means they are whole. A rerun skips an input whose record matches its bytes,
/// the reportconv version and the settings; the CSV tables are rebuilt from the records.
struct OutputRecord: Codable, Sendable {
    var path: String
    var sha256: String
    var version: String
    /// The options that change outputs (`--from`, `--bom`), as one string.
    var settings: String
    var format: String?
    var formats: [ExportFormat]
    /// Error-severity warnings (the file counts as converted with errors).
    var errorWarnings: [String]
    var csvRows: [String: String]
}
