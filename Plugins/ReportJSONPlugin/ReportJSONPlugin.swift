import Foundation
import ReportCore
import ReportModel

/// reportconv's own canonical JSON (`convert --to json`, `archive export --to json`) as an input.
///
/// The report in it is already interpreted, so this plugin only decodes it (see
/// `InterpretedReportPlugin`); the source it names stays the original's, so exporting it gives
/// the same bytes as exporting the original did.
public struct ReportJSONPlugin: InterpretedReportPlugin {
    public let id = "report-json"
    public let name = "reportconv canonical JSON (read back)"
    public let fileExtensions = ["json"]
    public let mediaTypes = ["application/json"]

    public init() {}

    /// Claims a JSON object that names `schemaVersion` near its start, as every canonical
    /// export does on its second line. Other `.json` files come here by extension and are
    /// refused with the reason.
    public func sniff(_ prefix: Data) -> Bool {
        guard let first = prefix.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") else {
            return false
        }
        return prefix.prefix(256).range(of: Data("\"schemaVersion\"".utf8)) != nil
    }

    public func readReport(_ input: SourceInput) throws -> Report {
        func refuse(_ reason: String) -> ConversionError {
            .unreadable(file: input.fileName, format: id, reason: reason)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: input.data)
        } catch {
            throw refuse("not JSON: \((error as NSError).localizedDescription)")
        }
        guard let fields = object as? [String: Any] else {
            throw refuse("not a reportconv report: the JSON is not an object")
        }
        // The version is checked before decoding: a newer major may not decode at all, and its
        // fields would then be reported as missing rather than as too new.
        guard let version = fields["schemaVersion"] as? Int else {
            throw refuse("not a reportconv report: no integer 'schemaVersion'")
        }
        guard version <= Report.currentSchemaVersion else {
            throw refuse("written by a newer reportconv: schemaVersion \(version), this build reads up to \(Report.currentSchemaVersion)")
        }
        guard version >= 1 else { throw refuse("not a reportconv report: schemaVersion \(version)") }
        do {
            return try JSONDecoder().decode(Report.self, from: input.data)
        } catch let e as DecodingError {
            throw refuse("not a reportconv report: \(Self.describe(e))")
        }
    }

    /// A decoding error as a path and what was wrong there (`indicators[3].name: missing`).
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            let p = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.hasPrefix(".") ? String(p.dropFirst()) : (p.isEmpty ? "top level" : p)
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): null where \(type) is required"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
