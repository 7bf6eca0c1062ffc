import Foundation
import ReportModel

/// The intermediate `Document` as JSON: what an out-of-process plugin prints for `read FILE`.
/// The schema is `docs/plugin-protocol.schema.json`:
///
/// ```json
/// {"blocks": [{"kind": "heading", "level": 1, "text": "一、基本情况"},
///             {"kind": "paragraph", "text": "…", "emphasized": false},
///             {"kind": "line", "text": "…"}, {"kind": "furniture", "text": "第 1 页"},
///             {"kind": "table", "rows": [["a", "b"]], "spans": [{"row": 0, "column": 0, "rowSpan": 1, "columnSpan": 2}],
///              "headerRows": 1, "positional": true}],
///  "encoding": "UTF-8", "pages": null,
///  "warnings": [{"code": "csv-ragged-rows", "severity": "warning", "message": "…"}]}
/// ```
///
/// Decoding checks what a Swift plugin gets from the type system: known kinds, a level for
/// headings, spans inside their table.
public enum DocumentJSON {
    public struct Invalid: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    private struct Wire: Codable {
        var blocks: [WireBlock]
        var encoding: String?
        var pages: Int?
        var warnings: [ReportWarning]?
    }

    private struct WireBlock: Codable {
        var kind: String
        var text: String?
        var level: Int?
        var page: Int?
        var emphasized: Bool?
        var rows: [[String]]?
        var spans: [CellSpan]?
        var headerRows: Int?
        var positional: Bool?
    }

    public static func decode(_ data: Data) throws -> Document {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: data)
        } catch DecodingError.dataCorrupted(let context) {
            throw Invalid(reason: "not JSON: \(context.underlyingError.map { "\($0)" } ?? context.debugDescription)")
        } catch DecodingError.keyNotFound(let key, let context) {
            throw Invalid(reason: "missing '\(key.stringValue)' at \(path(context))")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            throw Invalid(reason: "\(context.debugDescription) at \(path(context))")
        }
        var blocks: [Block] = []
        for (i, b) in wire.blocks.enumerated() {
            let text = b.text ?? ""
            switch b.kind {
            case "heading":
                guard let level = b.level, (1...9).contains(level) else {
                    throw Invalid(reason: "blocks[\(i)]: a heading needs a level from 1 to 9")
                }
                blocks.append(Block(.heading(level: level), text: text, page: b.page, emphasized: true))
            case "paragraph": blocks.append(Block(.paragraph, text: text, page: b.page, emphasized: b.emphasized ?? false))
            case "line": blocks.append(Block(.line, text: text, page: b.page, emphasized: b.emphasized ?? false))
            case "furniture": blocks.append(Block(.furniture, text: text, page: b.page))
            case "table":
                guard let rows = b.rows else { throw Invalid(reason: "blocks[\(i)]: a table needs 'rows'") }
                let grid = TableGrid(rows: rows, spans: b.spans ?? [], page: b.page, headerRowCount: max(0, b.headerRows ?? 0),
                                     positional: b.positional ?? true)
                for span in grid.spans where span.row < 0 || span.column < 0 || span.rowSpan < 1 || span.columnSpan < 1
                    || span.row + span.rowSpan > grid.rows.count || span.column + span.columnSpan > grid.columnCount {
                    throw Invalid(reason: "blocks[\(i)]: span at row \(span.row), column \(span.column) runs outside the table")
                }
                blocks.append(.table(grid))
            default:
                throw Invalid(reason: "blocks[\(i)]: unknown kind '\(b.kind)' (heading, paragraph, line, furniture, table)")
            }
        }
        return Document(blocks: blocks, encoding: wire.encoding, pages: wire.pages, diagnostics: wire.warnings ?? [])
    }

    /// The JSON a plugin would print for this document (used by tests and for writing plugins).
    public static func encode(_ document: Document) throws -> Data {
        let blocks = document.blocks.map { block -> WireBlock in
            var w = WireBlock(kind: "", text: block.text, page: block.page)
            switch block.kind {
            case .heading(let level): w.kind = "heading"; w.level = level
            case .paragraph: w.kind = "paragraph"; w.emphasized = block.emphasized
            case .line: w.kind = "line"
            case .furniture: w.kind = "furniture"
            case .table(let grid):
                w = WireBlock(kind: "table", page: grid.page, rows: grid.rows, spans: grid.spans,
                              headerRows: grid.headerRowCount, positional: grid.positional)
            }
            return w
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(Wire(blocks: blocks, encoding: document.encoding, pages: document.pages,
                                       warnings: document.diagnostics))
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
