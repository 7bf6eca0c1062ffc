import Foundation

/// A format plugin: decodes one file format into the shared intermediate `Document`.
///
/// Plugins decode; they do not interpret. Headings by numbering, furniture, metadata labels,
/// tables in plain lines, funds and 绩效指标 are decided once, in core, by `ReportBuilder`, so the
/// same report in any format ends as the same `Report`.
///
/// To add a format: make a target under `Plugins/`, conform a type to this protocol, and list
/// it in the executable's `BuiltinPlugins`.
public protocol FormatPlugin: Sendable {
    /// Short stable id, used by `--from` and written to `source.format` (`text`, `html`, `pdf`).
    var id: String { get }
    /// Human name for `reportconv formats`.
    var name: String { get }
    /// File extensions claimed, lowercase, without the dot.
    var fileExtensions: [String] { get }
    /// Media types claimed (`text/html`).
    var mediaTypes: [String] { get }
    /// Whether `prefix` (the first bytes of a file, up to `FormatRegistry.sniffLength`) looks like
    /// this format. Must be side-effect free and cheap; a plugin that cannot tell returns false.
    func sniff(_ prefix: Data) -> Bool
    /// Decodes the whole input.
    ///
    /// - Throws: `ConversionError` (usually `.unreadable`) when the file cannot be read as this format.
    func read(_ input: SourceInput) throws -> Document
    /// The largest input this plugin is handed, in bytes; a larger one is refused with that
    /// reason. What the plugin holds per input byte decides it (`InputLimits`).
    var maximumInputBytes: Int { get }
}

extension FormatPlugin {
    public var maximumInputBytes: Int { InputLimits.maximumFileBytes }
}
