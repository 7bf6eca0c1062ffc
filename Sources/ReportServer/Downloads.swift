import Foundation
import Hummingbird
import ReportArchive
import ReportCore
import ReportModel

/// `/source/{sha256}/…`: a stored source file's original bytes and its report's exports, found by
/// the sha256 the archive stores it under and nothing else.
enum Downloads {
    static func base(_ sha256: String) -> String { "/source/" + sha256 }

    /// What may follow `/source/{sha256}/`: a fixed list, never a path.
    enum Artifact: Sendable {
        case original, json, markdown, csv(CSVTable)

        init?(_ name: String) {
            switch name {
            case "original": self = .original
            case "report.json": self = .json
            case "report.md": self = .markdown
            default:
                guard name.hasSuffix(".csv"), let table = CSVTable(rawValue: String(name.dropLast(4))) else { return nil }
                self = .csv(table)
            }
        }
    }

    /// The original as an attachment of unknown type, so a stored HTML page is saved, never shown
    /// as a page of this site.
    static func original(file: String, data: Data) -> Response {
        attachment(Data(data), name: file, type: "application/octet-stream")
    }

    static func export(_ artifact: Artifact, report: Report, path: String) throws -> Response {
        let stem = report.source.file
        switch artifact {
        case .original:
            preconditionFailure("the original is not an export")
        case .json:
            return attachment(Data(try JSONExporter.export(report).utf8), name: stem + ".json", type: "application/json; charset=utf-8")
        case .markdown:
            return attachment(Data(MarkdownExporter.export(report).utf8), name: stem + ".md", type: "text/markdown; charset=utf-8")
        case .csv(let table):
            return attachment(Data(CSVExporter.export([(path: path, report: report)], table: table).utf8),
                              name: stem + "." + table.rawValue + ".csv", type: "text/csv; charset=utf-8")
        }
    }

    static func attachment(_ data: Data, name: String, type: String) -> Response {
        Response(status: .ok,
                 headers: [.contentType: type, .contentDisposition: disposition(name)],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// RFC 6266: an ASCII stand-in for old clients and the real (Chinese) name in `filename*`.
    static func disposition(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(QueryParameters.percentEncode(name))"
    }
}
