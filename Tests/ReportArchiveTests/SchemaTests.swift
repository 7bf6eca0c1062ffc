import Foundation
import ReportCore
import ReportModel
import Testing
import TestSupport

/// `schema/report.schema.json` and the Swift model must name the same fields, so neither can
/// drift: a report with every optional field filled and one of every list item is encoded, and
/// at every object the schema's `properties` and `required` must be exactly the encoded keys.
/// (scripts/check-schema.sh then validates real outputs with a real validator.)
@Suite struct SchemaTests {
    nonisolated(unsafe) static let schema: [String: Any] = {
        let url = repositoryRoot.appendingPathComponent("schema/report.schema.json")
        let data = try! Data(contentsOf: url)
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    /// Every field set, every list non-empty, a nested section: the widest report there is.
    static let full: Report = {
        let leaf = Section(number: "1.", title: "t", level: 2, paragraphs: ["p"])
        return Report(
            contentId: "sha256:" + String(repeating: "0", count: 64),
            source: SourceInfo(file: "a.txt", format: "text", sha256: String(repeating: "a", count: 64), encoding: "UTF-8", pages: 1, url: "https://example.gov.cn/a.html",
                                  ocr: OCRInfo(engine: "tesseract 5.3.0", languages: "chi_sim", pages: [1])),
            metadata: Metadata(title: "t", kind: .projectEvaluation, issuer: "i", year: 2022, publishedOn: "2023-01-02", indexNumber: "n"),
            funding: [FundingRow(item: "x", budget: 1, executed: 2, executionRate: 3)],
            indicators: [Indicator(level1: "a", level2: "b", name: "c", target: TargetValue(raw: "≥1人", operator: .atLeast, value: 1, unit: "人"),
                                   actual: ActualValue(raw: "2人", value: 2, unit: "人"), note: "n", weight: 1, score: 1, met: true)],
            goals: Goals(planned: ["p"], achieved: ["a"]),
            scores: Scores(items: [ScoreItem(name: "投入", max: 10, score: 9)], total: 9, grade: "优"),
            sections: [Section(number: "一、", title: "t", level: 1, paragraphs: ["p"], sections: [leaf])],
            tables: [Table(page: 1, rows: [["a"]], spans: [CellSpan(row: 0, column: 0, rowSpan: 1, columnSpan: 1)], rowPages: [1])],
            warnings: [ReportWarning(code: "c", message: "m", page: 1, row: 1)])
    }()

    @Test func schemaNamesExactlyTheModelsFields() throws {
        var checked = 0
        try compare(JSONTreeEncoder.encode(Self.full), Self.schema, path: "report", checked: &checked)
        // report, source, source.ocr, metadata, funding row, indicator, target, actual, goals,
        // scores, score item, two sections, table, span, warning.
        #expect(checked == 16)
    }

    @Test func schemaVersionIsTheModels() throws {
        let properties = try #require(Self.schema["properties"] as? [String: Any])
        let version = try #require(properties["schemaVersion"] as? [String: Any])
        #expect(version["const"] as? Int == Report.currentSchemaVersion)
    }

    /// Walks the encoded value and the schema side by side.
    private func compare(_ value: JSONValue, _ node: [String: Any], path: String, checked: inout Int) throws {
        let node = try resolve(node, for: value, path: path)
        switch value {
        case .object(let pairs):
            let properties = try #require(node["properties"] as? [String: [String: Any]], "\(path): no properties in schema")
            let keys = pairs.map(\.0)
            #expect(Set(properties.keys) == Set(keys), "\(path): schema properties \(properties.keys.sorted()) vs model \(keys.sorted())")
            #expect(Set(node["required"] as? [String] ?? []) == Set(keys), "\(path): required must list every field")
            #expect(node["additionalProperties"] as? Bool == false, "\(path): additionalProperties must be false")
            checked += 1
            for (key, child) in pairs {
                if let sub = properties[key] { try compare(child, sub, path: "\(path).\(key)", checked: &checked) }
            }
        case .array(let items):
            let itemSchema = try #require(node["items"] as? [String: Any], "\(path): no items in schema")
            for (i, item) in items.enumerated() { try compare(item, itemSchema, path: "\(path)[\(i)]", checked: &checked) }
        default:
            break
        }
    }

    /// Follows `$ref` and picks the non-null branch of a `oneOf`.
    private func resolve(_ node: [String: Any], for value: JSONValue, path: String) throws -> [String: Any] {
        if let ref = node["$ref"] as? String {
            let name = try #require(ref.split(separator: "/").last.map(String.init))
            let defs = try #require(Self.schema["$defs"] as? [String: [String: Any]])
            return try resolve(try #require(defs[name], "\(path): \(ref) missing"), for: value, path: path)
        }
        if let branches = node["oneOf"] as? [[String: Any]] {
            let nonNull = try #require(branches.first { ($0["type"] as? String) != "null" })
            return try resolve(nonNull, for: value, path: path)
        }
        return node
    }
}
