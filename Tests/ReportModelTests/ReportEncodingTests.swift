import Foundation
import ReportModel
import Testing

@Suite struct ReportEncodingTests {
    @Test func nilFieldsAreWrittenAsNull() throws {
        let report = Report(source: SourceInfo(file: "a.txt", format: "text", sha256: "00"))
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"scores\":null"))
        #expect(json.contains("\"encoding\":null"))
        #expect(json.contains("\"title\":null"))
        #expect(json.contains("\"indexNumber\":null"))
    }

    @Test func decodesWhatItEncodes() throws {
        var report = Report(source: SourceInfo(file: "a.txt", format: "text", sha256: "00", encoding: "UTF-8"))
        report.indicators = [Indicator(level1: "产出指标", name: "参保人数",
                                       target: TargetValue(raw: "≥636万人", operator: .atLeast, value: 636, unit: "万人"),
                                       actual: ActualValue(raw: "636.71万人", value: 636.71, unit: "万人"), met: true)]
        report.scores = Scores(items: [ScoreItem(name: "投入", max: 15, score: 14.98)], total: 98.98, grade: "优")
        let back = try JSONDecoder().decode(Report.self, from: try JSONEncoder().encode(report))
        #expect(back == report)
    }

    @Test func operatorsUseContractSpelling() {
        #expect(ComparisonOperator.allCases.map(\.rawValue) == [">=", "<=", ">", "<", "="])
        #expect(ReportKind.allCases.map(\.rawValue) == [
            "department-evaluation", "project-evaluation", "transfer-payment-evaluation", "work-summary", "other",
        ])
    }
}
