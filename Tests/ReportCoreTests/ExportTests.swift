import Foundation
@testable import ReportCore
import ReportModel
import Testing

@Suite struct ExportTests {
    @Test func csvQuotesPerRFC4180() {
        #expect(CSVExporter.quote("a,b") == "\"a,b\"")
        #expect(CSVExporter.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExporter.quote("two\nlines") == "\"two\nlines\"")
        #expect(CSVExporter.quote("plain") == "plain")
    }

    @Test func csvBOMAndKeys() throws {
        let r = try buildFromLines(InterpretationTests.projectForm, file: "p.txt")
        let csv = CSVExporter.export([("a/p.txt", r), ("b/p.txt", r)], table: .indicators, bom: true)
        #expect(csv.hasPrefix("\u{FEFF}path,sha256,row,"))
        #expect(csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("a/p.txt,0,") }.count == 5)
        #expect(csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("b/p.txt,0,") }.count == 5)
    }

    @Test func markdownEscapesPipesAndBreaks() {
        #expect(MarkdownExporter.cell("a|b\nc") == "a\\|b<br>c")
    }

    @Test func jsonIsStableAndHasEveryField() throws {
        let r = try buildFromLines(InterpretationTests.projectForm)
        let a = try JSONExporter.export(r)
        let b = try JSONExporter.export(try buildFromLines(InterpretationTests.projectForm))
        #expect(a == b)
        for key in ["schemaVersion", "contentId", "source", "metadata", "funding", "indicators", "goals", "scores", "sections", "tables", "warnings"] {
            #expect(a.contains("\"\(key)\":"))
        }
        #expect(a.contains("\"encoding\": \"UTF-8\""))
        #expect(a.contains("\"pages\": null"))
    }

    @Test func contentIdIgnoresWhitespaceAndRowExtras() throws {
        var r = Report(source: SourceInfo(file: "a", format: "text", sha256: "0"))
        r.sections = [Section(number: "一、", title: "概况", level: 1, paragraphs: ["第一句，\n第二句。"])]
        r.indicators = [Indicator(name: "x", weight: 5, score: 4, met: true)]
        var other = r
        other.source = SourceInfo(file: "b.html", format: "html", sha256: "1")
        other.sections[0].paragraphs = ["第一句， 第二句。"]
        other.indicators[0].met = nil
        other.indicators[0].weight = nil
        other.tables = [Table(rows: [["a"]])]
        #expect(try ContentID.compute(for: r) == ContentID.compute(for: other))
        let payload = try ContentID.canonicalPayload(r)
        #expect(payload.hasPrefix("{\"funding\":[],\"indicators\":[{\"actual\":null,"))
        #expect(!payload.contains("\"met\":"))
        #expect(!payload.contains("\"weight\":"))
        #expect(try ContentID.compute(for: r).hasPrefix("sha256:"))
    }
}
