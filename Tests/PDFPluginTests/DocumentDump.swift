import Foundation
import ReportCore
@testable import PDFPlugin

/// Renders a document's blocks as readable text: used by failing expectations and by the
/// `PDF_DUMP` switch (set it to a PDF path to print that file's blocks while developing).
enum DocumentDump {
    static func describe(_ document: Document) -> String {
        var out: [String] = []
        for block in document.blocks {
            let page = block.page.map { "p\($0)" } ?? "p?"
            switch block.kind {
            case .heading(let level): out.append("[\(page) H\(level)] \(block.text)")
            case .paragraph: out.append("[\(page) P\(block.emphasized ? "*" : "")] \(block.text)")
            case .line: out.append("[\(page) L] \(block.text)")
            case .furniture: out.append("[\(page) F] \(block.text)")
            case .table(let grid):
                out.append("[\(page) T \(grid.rows.count)x\(grid.columnCount) header=\(grid.headerRowCount)] spans=\(grid.spans.map { "(\($0.row),\($0.column) \($0.rowSpan)x\($0.columnSpan))" }.joined())")
                for row in grid.rows {
                    out.append("    | " + row.map { $0.replacingOccurrences(of: "\n", with: "⏎") }.joined(separator: " | "))
                }
            }
        }
        for warning in document.diagnostics { out.append("[warning \(warning.code)] \(warning.message)") }
        return out.joined(separator: "\n")
    }
}
