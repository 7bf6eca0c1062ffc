import Foundation
import ReportCore
import Testing
@testable import PDFPlugin

/// Writes the blocks of the PDF named by `PDF_DUMP` to `<that path>.blocks.txt` (a development aid;
/// passes without it).
@Test func dumpWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["PDF_DUMP"] else { return }
    let url = URL(fileURLWithPath: path)
    let document = try PDFFormatPlugin().read(SourceInput(fileName: url.lastPathComponent, path: path,
                                                          data: try Data(contentsOf: url)))
    // Written to a file: the test runner does not pass a test's output through.
    try DocumentDump.describe(document).write(toFile: path + ".blocks.txt", atomically: true, encoding: .utf8)
}

/// Prints the page layouts (lines and tables per page) of the PDF named by `PDF_LAYOUT`.
@Test func layoutWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["PDF_LAYOUT"] else { return }
    let handle = try PopplerDocumentHandle(data: try Data(contentsOf: URL(fileURLWithPath: path)))
    for index in 0..<handle.pageCount {
        guard let page = handle.page(at: index) else { continue }
        let layout = PageBuilder.build(page, number: index + 1)
        print("page \(index + 1): \(layout.items.count) items, text \(layout.hasText)")
        for item in layout.items {
            switch item {
            case .line(let line): print("  line y=\(Int(line.box.y0)) x=\(Int(line.box.x0))-\(Int(line.box.x1)) em=\(line.em) runs=\(line.runs.count) \(line.text)")
            case .table(let table): print("  table y=\(Int(table.box.y0)) \(table.rows.count)x\(table.columnCount)")
            }
        }
    }
}

/// Prints the ruling segments found on page `PDF_RULES_PAGE` (default 1) of `PDF_RULES`.
@Test func rulesWhenAsked() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let path = environment["PDF_RULES"] else { return }
    let handle = try PopplerDocumentHandle(data: try Data(contentsOf: URL(fileURLWithPath: path)))
    let index = Int(environment["PDF_RULES_PAGE"] ?? "1").map { $0 - 1 } ?? 0
    let scale = Double(environment["PDF_RULES_SCALE"] ?? "1") ?? 1
    guard let page = handle.page(at: index), let ink = page.render(scale: scale) else { return }
    var glyphs = page.glyphs().glyphs
    Glyph.assignLineEms(&glyphs)
    let segments = RuleDetector.segments(in: ink, masking: glyphs)
    for s in segments.sorted(by: { ($0.axis == .horizontal ? 0 : 1, $0.position, $0.start) < ($1.axis == .horizontal ? 0 : 1, $1.position, $1.start) }) {
        print("\(s.axis == .horizontal ? "H" : "V") at \(String(format: "%.1f", s.position)) \(String(format: "%.1f", s.start))-\(String(format: "%.1f", s.end))")
    }
}
