@testable import ReportCore
import ReportModel
import Testing

@Suite struct ValueParserTests {
    @Test(arguments: [
        ("≥636万人", ComparisonOperator.atLeast, 636.0, "万人"), (">=20", .atLeast, 20, nil), ("不低于30天", .atLeast, 30, "天"),
        ("不少于6个月", .atLeast, 6, "个月"), ("≤60分钟", .atMost, 60, "分钟"), ("不超过5%", .atMost, 5, "%"),
        ("小于等于30分钟", .atMost, 30, "分钟"), ("=100%", .equal, 100, "%"), ("90%以上", .atLeast, 90, "%"),
        ("高于80分", .greater, 80, "分"), ("低于1%", .less, 1, "%"), ("1,286.40万元", nil, 1286.4, "万元"),
    ] as [(String, ComparisonOperator?, Double, String?)])
    func quantities(raw: String, op: ComparisonOperator?, value: Double, unit: String?) throws {
        let t = ValueParser.target(raw)
        #expect(t.raw == raw)
        #expect(t.operator == op)
        #expect(t.value == value)
        #expect(t.unit == unit)
    }

    @Test(arguments: ["有所提升", "逐步推开", "药品网采率≥90%,高值医用耗材网采率≥80%", "国谈药品落地数据报送及时率100%", "2023年完成"])
    func qualitativeKeepsRaw(raw: String) {
        let t = ValueParser.target(raw)
        #expect(t.raw == raw)
        #expect(t.value == nil)
        #expect(t.operator == nil)
    }

    /// Counted things the templates' unit list lacks, whole after their figure; the same word
    /// heading a longer one is no unit (`12组织…`, `1根据…`).
    @Test func countWordsAreUnitsOnlyAfterAFigureAlone() {
        #expect(ValueParser.target("≥3000卷").unit == "卷")
        #expect(ValueParser.target("≥3000卷").value == 3000)
        #expect(ValueParser.actual("12支").unit == "支")
        #expect(ValueParser.actual("1850千瓦时").value == 1850)
        #expect(ValueParser.target("12组织培训").value == nil)
        #expect(ValueParser.target("1根据实际").value == nil)
    }

    @Test func actualHasNoOperator() {
        let a = ValueParser.actual("小于20分钟")
        #expect(a.value == 20)
        #expect(a.unit == "分钟")
    }

    @Test func amountsAndRates() {
        #expect(ValueParser.amount("3359.62万") == 3359.62)
        #expect(ValueParser.amount("1,286.40") == 1286.4)
        #expect(ValueParser.amount("2746.35万元") == 2746.35)
        #expect(ValueParser.amount("") == nil)
        #expect(ValueParser.percent("81.80%") == 81.8)
    }
}
