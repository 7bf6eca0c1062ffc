import Crypto
import Foundation
import ReportModel

/// Converts one input file to a `Report`: read, pick the plugin, decode, build.
public struct Converter: Sendable {
    public let registry: FormatRegistry

    public init(registry: FormatRegistry) { self.registry = registry }

    /// - Throws: `ConversionError` naming the file and the reason.
    public func convert(_ file: InputFile, forcedID: String? = nil) throws -> Report {
        let data: Data
        do {
            guard let read = try FileConversion.readWhole(FilePath(file.path)) else {
                throw ConversionError.io(file: file.path, reason: "larger than \(InputLimits.maximumFileBytes >> 20) MB, the most reportconv reads")
            }
            data = read
        } catch let error as SystemError {
            throw ConversionError.io(file: file.path, reason: error.description)
        }
        return try convert(data: data, fileName: file.fileName, path: file.path, forcedID: forcedID)
    }

    public func convert(data: Data, fileName: String, path: String, forcedID: String? = nil) throws -> Report {
        try convertKeepingParts(data: data, fileName: fileName, path: path, forcedID: forcedID).report
    }

    /// The same, with the parts `contentId` hashed kept encoded for the JSON export.
    public func convertKeepingParts(data: Data, fileName: String, path: String, forcedID: String? = nil) throws -> BuiltReport {
        guard !data.isEmpty else { throw ConversionError.empty(file: path) }
        let plugin = try registry.resolve(fileName: path, prefix: data.prefix(FormatRegistry.sniffLength), forcedID: forcedID)
        guard data.count <= plugin.maximumInputBytes else { throw InputLimits.tooLarge(data.count, path: path, plugin: plugin) }
        if let reader = plugin as? any InterpretedReportPlugin {
            return BuiltReport(report: try ReportReadBack.accept(data: data, reader: reader, fileName: fileName, path: path))
        }
        let document: Document
        do {
            document = try plugin.read(SourceInput(fileName: fileName, path: path, data: data))
        } catch let e as ConversionError {
            throw e.withFile(path)
        } catch {
            throw ConversionError.unreadable(file: path, format: plugin.id, reason: "\(error)")
        }
        let hasText = document.blocks.contains {
            if case .table = $0.kind { return true }
            if case .furniture = $0.kind { return false }
            return !$0.text.trimmingWhitespace().isEmpty
        }
        let digest = HexDigest.string(SHA256.hash(data: data))
        let source = SourceInfo(file: fileName, format: plugin.id, sha256: digest)
        guard hasText else {
            if document.diagnostics.contains(where: { $0.code == "no-text-layer" }) {
                var doc = document
                doc.diagnostics.append(ReportWarning(code: "no-text", severity: .error,
                                                     message: "no page has a text layer: the document is scanned images, not read by OCR"))
                throw ConversionError.noTextLayer(file: path, report: try ReportBuilder.build(doc, source: source))
            }
            throw ConversionError.noContent(file: path, reason: "the \(plugin.id) file holds no text")
        }
        return try ReportBuilder.buildKeepingParts(document, source: source)
    }
}

extension ConversionError {
    /// The same error naming the path the user gave rather than the bare file name.
    func withFile(_ path: String) -> ConversionError {
        switch self {
        case .unreadable(_, let format, let reason): return .unreadable(file: path, format: format, reason: reason)
        case .noContent(_, let reason): return .noContent(file: path, reason: reason)
        case .noTextLayer(_, let report): return .noTextLayer(file: path, report: report)
        case .empty: return .empty(file: path)
        case .io(_, let reason): return .io(file: path, reason: reason)
        case .unknownFormat(_, let known): return .unknownFormat(file: path, known: known)
        case .unknownFormatID: return self
        }
    }
}
