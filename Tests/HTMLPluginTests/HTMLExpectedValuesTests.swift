import Foundation
import HTMLPlugin
import ReportCore
import TextPlugin
import Testing

/// The extra HTML samples (`Samples/extra/`) against their hand-checked expected values in
/// `Tests/Eval/extra-gold/<sample>.json` (the seeds-gold format: `_accept` lists other correct values).
///
/// Fields are compared as the evaluation scorer does: strings NFC with white space removed,
/// numbers within 0.01, indicator rows matched by name.
@Suite struct HTMLExpectedValuesTests {
    static let expectedDirectory = SampleFiles.repository.appendingPathComponent("Tests/Eval/extra-gold")

    static var expectedFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: expectedDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".html.json") }.sorted()
    }

    /// The cases below come from a folder listing: a moved or unreadable folder must fail here,
    /// not pass as zero cases.
    @Test func expectedValuesAreFound() {
        #expect(Self.expectedFiles.count >= 2, "found \(Self.expectedFiles) in \(Self.expectedDirectory.path)")
    }

    @Test(arguments: HTMLExpectedValuesTests.expectedFiles)
    func sampleMatchesExpectedValues(_ expectedFile: String) throws {
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: HTMLExpectedValuesTests.expectedDirectory.appendingPathComponent(expectedFile))) as! [String: Any]
        let sample = (expected["source"] as! [String: Any])["file"] as! String
        let input = try SampleFiles.input("extra/\(sample)")
        let converter = Converter(registry: FormatRegistry([HTMLFormatPlugin(), TextFormatPlugin()]))
        let report = try converter.convert(data: input.data, fileName: input.fileName, path: input.path)
        #expect(report.source.format == "html")
        let actual = try JSONSerialization.jsonObject(with: Data(JSONExporter.export(report).utf8)) as! [String: Any]
        let accept = expected["_accept"] as? [String: [Any]] ?? [:]

        // Metadata, field by field.
        let em = expected["metadata"] as! [String: Any], am = actual["metadata"] as! [String: Any]
        for (key, value) in em {
            let alternatives = accept["metadata.\(key)"] ?? [value]
            #expect(alternatives.contains { same($0, am[key]) }, "\(sample) metadata.\(key): \(String(describing: am[key]))")
        }

        // Funding rows by item.
        let checkFunding = {
            let af = actual["funding"] as! [[String: Any]]
            for row in expected["funding"] as! [[String: Any]] {
                let item = row["item"] as! String
                let match = af.first { same($0["item"], item) }
                #expect(match != nil, "\(sample) funding: no row '\(item)'")
                for key in ["budget", "executed", "executionRate"] where match != nil {
                    #expect(same(row[key], match?[key]), "\(sample) funding '\(item)'.\(key)")
                }
            }
            #expect(af.count == (expected["funding"] as! [Any]).count, "\(sample): funding row count")
        }
        checkFunding()

        // Indicators by name, every contract field.
        let ai = actual["indicators"] as! [[String: Any]]
        let ei = expected["indicators"] as! [[String: Any]]
        #expect(ai.count == ei.count, "\(sample): indicator count")
        for row in ei {
            let name = row["name"] as! String
            guard let match = ai.first(where: { same($0["name"], name) }) else {
                Issue.record("\(sample): no indicator '\(name)'")
                continue
            }
            for path in ["level1", "level2", "note", "target.raw", "target.operator", "target.value", "target.unit",
                         "actual.raw", "actual.value", "actual.unit"] {
                #expect(same(value(row, path), value(match, path)), "\(sample) '\(name)'.\(path): \(String(describing: value(match, path)))")
            }
        }

        // Scores and section titles.
        let es = expected["scores"] as? [String: Any], asc = actual["scores"] as? [String: Any]
        #expect((es == nil) == (asc == nil), "\(sample): scores presence")
        if let es, let asc {
            #expect(same(es["total"], asc["total"]) && same(es["grade"], asc["grade"]), "\(sample): scores")
            let items = (asc["items"] as? [[String: Any]]) ?? []
            for item in (es["items"] as? [[String: Any]]) ?? [] {
                let match = items.first { same($0["name"], item["name"]) }
                #expect(same(match?["max"], item["max"]) && same(match?["score"], item["score"]), "\(sample): score item \(item)")
            }
        }
        let titles = ((actual["sections"] as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String }
        for section in (expected["sections"] as? [[String: Any]]) ?? [] {
            #expect(titles.contains { same($0, section["title"]) }, "\(sample): section \(section["title"] ?? "")")
        }
    }

    private func value(_ row: [String: Any], _ path: String) -> Any? {
        var current: Any? = row
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        return current
    }

    /// Equal after the scorer's light normalisation: NFC, white space removed, numbers within 0.01.
    private func same(_ a: Any?, _ b: Any?) -> Bool {
        let a = a is NSNull ? nil : a, b = b is NSNull ? nil : b
        switch (a, b) {
        case (nil, nil): return true
        case (let x as NSNumber, let y as NSNumber):
            return abs(x.doubleValue - y.doubleValue) < 0.01
        case (let x as String, let y as String): return light(x) == light(y)
        default: return false
        }
    }

    private func light(_ s: String) -> String {
        String(String.UnicodeScalarView(s.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
