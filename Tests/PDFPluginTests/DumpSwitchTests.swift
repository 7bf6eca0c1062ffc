import Foundation
import ReportCore
import Testing
@testable import PDFPlugin

/// The development dumps (`PDF_DUMP`, `PDF_LAYOUT`, `PDF_RULES`: set one to a PDF path to get
/// that file's blocks, page layouts or ruling segments while developing). Without a switch each
/// runs on the first seed and checks what it shows, so the dumps cannot rot unnoticed.
@Suite struct DumpSwitchTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = SampleFiles.url("\(SampleFiles.seeds[0]).pdf").path

    /// The blocks of `PDF_DUMP` (written to `<path>.blocks.txt`: the test runner does not pass a
    /// test's output through), or of the first seed.
    @Test func dumpDescribesBlocks() throws {
        let path = Self.environment["PDF_DUMP"] ?? Self.seed
        let url = URL(fileURLWithPath: path)
        let document = try PDFFormatPlugin().read(SourceInput(fileName: url.lastPathComponent, path: path,
                                                              data: try Data(contentsOf: url)))
        let dump = DocumentDump.describe(document)
        if Self.environment["PDF_DUMP"] != nil {
            try dump.write(toFile: path + ".blocks.txt", atomically: true, encoding: .utf8)
        } else {
            #expect(dump.contains("[p1 "), "the dump names pages")
            #expect(dump.contains("绩效"), "the seed's text is in the dump")
            #expect(dump.contains(" T "), "the seed's tables are in the dump")
        }
    }

    /// The lines and tables per page of `PDF_LAYOUT`, or of the first seed.
    @Test func layoutListsLinesAndTables() throws {
        let asked = Self.environment["PDF_LAYOUT"] != nil
        let path = Self.environment["PDF_LAYOUT"] ?? Self.seed
        let handle = try PopplerDocumentHandle(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        var lines = 0, tables = 0
        for index in 0..<handle.pageCount {
            guard let page = handle.page(at: index) else { continue }
            let layout = PageBuilder.build(page, number: index + 1)
            if asked { print("page \(index + 1): \(layout.items.count) items, text \(layout.hasText)") }
            for item in layout.items {
                switch item {
                case .line(let line):
                    lines += 1
                    if asked { print("  line y=\(Int(line.box.y0)) x=\(Int(line.box.x0))-\(Int(line.box.x1)) em=\(line.em) runs=\(line.runs.count) \(line.text)") }
                case .table(let table):
                    tables += 1
                    if asked { print("  table y=\(Int(table.box.y0)) \(table.rows.count)x\(table.columnCount)") }
                }
            }
        }
        if !asked {
            #expect(lines > 0 && tables > 0, "the seed has \(lines) lines and \(tables) tables")
        }
    }

    /// The ruling segments on page `PDF_RULES_PAGE` (default 1) of `PDF_RULES`, or of the first seed.
    @Test func rulesAreListed() throws {
        let path = Self.environment["PDF_RULES"] ?? Self.seed
        let handle = try PopplerDocumentHandle(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        let index = Int(Self.environment["PDF_RULES_PAGE"] ?? "1").map { $0 - 1 } ?? 0
        let scale = Double(Self.environment["PDF_RULES_SCALE"] ?? "1") ?? 1
        let page = try #require(handle.page(at: index))
        let ink = try #require(page.render(scale: scale))
        var glyphs = page.glyphs().glyphs
        Glyph.assignLineEms(&glyphs)
        let segments = RuleDetector.segments(in: ink, masking: glyphs)
        for s in Self.environment["PDF_RULES"] == nil ? [] : segments.sorted(by: { ($0.axis == .horizontal ? 0 : 1, $0.position, $0.start) < ($1.axis == .horizontal ? 0 : 1, $1.position, $1.start) }) {
            print("\(s.axis == .horizontal ? "H" : "V") at \(String(format: "%.1f", s.position)) \(String(format: "%.1f", s.start))-\(String(format: "%.1f", s.end))")
        }
        if Self.environment["PDF_RULES"] == nil {
            // The seed's first page holds a ruled form: rules in both directions.
            #expect(segments.contains { $0.axis == .horizontal } && segments.contains { $0.axis == .vertical })
        }
    }
}
