import Foundation
import ReportCore
import ReportModel

/// A stable, readable text form of a decoded `Document`, for golden files and failure messages.
enum BlockDump {
    static func render(_ document: Document) -> String {
        var out = ["encoding: \(document.encoding ?? "nil")"]
        for w in document.diagnostics {
            out.append("diagnostic \(w.code) \(w.severity.rawValue): \(w.message)")
        }
        for block in document.blocks {
            out.append(render(block))
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func render(_ block: Block) -> String {
        let text = block.text.replacingOccurrences(of: "\n", with: "⏎")
        switch block.kind {
        case .heading(let level): return "[H\(level)] \(text)"
        case .paragraph: return (block.emphasized ? "[P*] " : "[P] ") + text
        case .line: return "[L] \(text)"
        case .furniture: return "[F] \(text)"
        case .table(let grid):
            var lines = ["[T \(grid.rows.count)x\(grid.columnCount) header=\(grid.headerRowCount) positional=\(grid.positional)]"]
            for row in grid.rows {
                lines.append("  | " + row.map { $0.replacingOccurrences(of: "\n", with: "⏎") }.joined(separator: " | "))
            }
            let spans = grid.spans.map { "(\($0.row),\($0.column) \($0.rowSpan)x\($0.columnSpan))" }
            if !spans.isEmpty { lines.append("  spans: " + spans.joined(separator: " ")) }
            return lines.joined(separator: "\n")
        }
    }
}
