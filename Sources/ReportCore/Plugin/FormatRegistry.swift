import Foundation

/// The set of format plugins a run knows, looked up by id, by content, then by extension.
///
/// A value built once from an explicit list (the executable's composition root); there is no
/// global registry to mutate.
public struct FormatRegistry: Sendable {
    /// How many leading bytes `sniff` sees.
    public static let sniffLength = 4096

    public let plugins: [any FormatPlugin]

    public init(_ plugins: [any FormatPlugin]) {
        self.plugins = plugins
    }

    public var ids: [String] { plugins.map(\.id) }

    public func plugin(id: String) -> (any FormatPlugin)? {
        plugins.first { $0.id == id.lowercased() }
    }

    /// Picks the plugin for a file: `--from` wins, then content sniffing, then the extension.
    ///
    /// Content beats the name, so a PDF called `.txt` is read as PDF. Plugins are asked in list
    /// order, so more specific formats (PDF, HTML) must come before catch-alls (plain text).
    /// - Throws: `ConversionError.unknownFormat` naming the file and the known formats.
    public func resolve(fileName: String, prefix: Data, forcedID: String? = nil) throws -> any FormatPlugin {
        if let forcedID {
            guard let plugin = plugin(id: forcedID) else {
                throw ConversionError.unknownFormatID(forcedID, known: ids)
            }
            return plugin
        }
        if let sniffed = plugins.first(where: { $0.sniff(prefix) }) {
            return sniffed
        }
        if let byExtension = plugin(forExtension: fileName) {
            return byExtension
        }
        throw ConversionError.unknownFormat(file: fileName, known: ids)
    }

    /// The plugin that claims the file's extension, if any.
    public func plugin(forExtension fileName: String) -> (any FormatPlugin)? {
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard !ext.isEmpty else { return nil }
        return plugins.first { $0.fileExtensions.contains(ext) }
    }
}
