import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written in the fourteenth round on transfer-payment and project forms: a target table's
/// 指标内容 column of names, the units of works and farming and per-person-and-month rates, and
/// rows of a web table copied one cell a line whose rows open with a bar alone. Hand-built text,
/// invented content.
@Suite struct RealPageShapeRound14FormsTests {
    // MARK: - 指标内容 names the indicators of a target table

    @Test func contentColumnHoldsTheNames() throws {
        let r = try buildFromLines("""
            绩效目标表
            （2023年度）
            项目名称 | 青禾县乡村学校校舍维修补助资金
            主管部门 | 青禾县教育局 | 实施单位 | 青禾县第二中学
            一级指标 | 二级指标 | 指标内容 | 指标值
            产出指标 | 数量指标 | 维修校舍面积 | ≥1200平方米
            产出指标 | 质量指标 | 维修工程验收合格率 | 100%
            满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90%
            """)
        #expect(r.indicators.map(\.name) == ["维修校舍面积", "维修工程验收合格率", "师生满意度"])
        #expect(r.indicators.first?.target?.value == 1200 && r.indicators.first?.level2 == "数量指标")
        #expect(ColumnRole.of(header: "指标内容") == .name)
    }

    @Test func contentColumnNegatives() throws {
        // Beside a 三级指标 column, 指标内容 describes the indicator: the names stay 三级指标's.
        let r = try buildFromLines("""
            一级指标 | 二级指标 | 三级指标 | 指标内容 | 指标值
            产出指标 | 数量指标 | 维修校舍面积 | 当年维修的校舍面积 | ≥1200平方米
            产出指标 | 质量指标 | 维修工程验收合格率 | 验收合格的工程占比 | 100%
            """)
        #expect(r.indicators.map(\.name) == ["维修校舍面积", "维修工程验收合格率"])
        // Words around it name other columns.
        #expect(ColumnRole.of(header: "指标内容说明") == .note)
        #expect(ColumnRole.of(header: "内容") != .name)
    }

    // MARK: - Units of works and farming, rates per person and month

    @Test func worksAndFarmingUnitsAreRead() {
        let w = ValueParser.target("≥50厘米")
        #expect(w.operator == .atLeast && w.value == 50 && w.unit == "厘米")
        #expect(ValueParser.actual("3200株").value == 3200)
        #expect(ValueParser.actual("120头").unit == "头")
        #expect(ValueParser.target("≤2.5平方公里").value == 2.5)
    }

    @Test func ratesPerPersonAndMonthAreRead() {
        let t = ValueParser.target(">=530元/人*月")
        #expect(t.operator == .atLeast && t.value == 530 && t.unit == "元/人*月")
        #expect(ValueParser.actual("583元/人·月").unit == "元/人·月")
        #expect(ValueParser.target("≤4800元/户·年").value == 4800)
        #expect(CompoundUnit.isRate("元/人×月"))
    }

    @Test func unitNegatives() {
        // Free text after the figure stays qualitative.
        #expect(ValueParser.target("5个乡镇以上完成").value == nil)
        #expect(ValueParser.target("2023年完成验收").value == nil)
        // A compound denominator of words that are no units is no unit.
        #expect(!CompoundUnit.isRate("元/人*次数"))
        #expect(!CompoundUnit.isRate("元/人*月*年"))
        #expect(!CompoundUnit.isRate("元/*月"))
        #expect(!CompoundUnit.isRate("项目/人*月"))
    }

    // MARK: - Rows opened by a bar alone

    /// One cell a line, each closed by a bar; each row opened by a bar alone; empty cells bars alone.
    static let barOpened = """
        临时生活救助补助资金绩效自评表
        |
        一级指标 |
        二级指标 |
        三级指标 |
        分值 |
        年度指标值 |
        全年实际值 |
        得分 |
        未完成原因及改进措施 |
        |
        产出指标(50分) |
        数量指标 |
        救助困难群众人次 |
        20 |
        >=300人次 |
        342人次 |
        20 |
        |
        |
        |
        |
        救助对象核查覆盖率 |
        10 |
        100% |
        100% |
        10 |
        |
        |
        |
        质量指标 |
        救助标准 |
        20 |
        >=500元/人*月 |
        560元/人*月 |
        20 |
        |
        |
        效益指标(30分) |
        社会效益指标 |
        困难群众基本生活保障率 |
        30 |
        100% |
        98% |
        27 |
        个别对象迁出本县 |
        """

    @Test func barOpenedRowsAreRead() throws {
        let r = try buildFromLines(Self.barOpened)
        #expect(r.indicators.map(\.name) == ["救助困难群众人次", "救助对象核查覆盖率", "救助标准", "困难群众基本生活保障率"])
        #expect(r.indicators.map(\.weight) == [20, 10, 20, 30])
        #expect(r.indicators.map(\.score) == [20, 10, 20, 27])
        #expect(r.indicators[1].level2 == "数量指标" && r.indicators[2].level2 == "质量指标")
        #expect(r.indicators[2].actual?.value == 560)
        #expect(r.indicators[3].note == "个别对象迁出本县" && r.indicators[3].level1 == "效益指标")
    }

    @Test func barOpenedRowsJoinIntoPipeRows() {
        let items = TextLines.split(Self.barOpened).map { BodyItem.line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
        let joined = BarOpenedRows.join(items).compactMap { item -> String? in if case .line(let l) = item { return l.text } else { return nil } }
        #expect(joined.contains("| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及改进措施 |"))
        #expect(joined.contains("|  |  | 救助对象核查覆盖率 | 10 | 100% | 100% | 10 |  |"))
    }

    @Test func barOpenedRowsNegatives() {
        func joined(_ text: String) -> [String] {
            let items = TextLines.split(text).map { BodyItem.line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
            return BarOpenedRows.join(items).compactMap { item -> String? in if case .line(let l) = item { return l.text } else { return nil } }
        }
        // Bars that only close cells, no opening bar: the count fails, the lines stay.
        let closedOnly = """
            一级指标 |
            二级指标 |
            三级指标 |
            指标值 |
            实际完成值 |
            产出指标 |
            数量指标 |
            培训人次 |
            ≥200人次 |
            236人次 |
            |
            质量指标 |
            培训合格率 |
            ≥90% |
            95% |
            """
        #expect(joined(closedOnly) == TextLines.split(closedOnly).map { $0.trimmingWhitespace() })
        // A header of words that are no indicator header (a staff list) is no table of this shape.
        let staff = """
            |
            姓名 |
            职务 |
            单位 |
            电话 |
            |
            张某 |
            组长 |
            某局 |
            1234 |
            |
            李某 |
            成员 |
            某局 |
            5678 |
            """
        #expect(joined(staff) == TextLines.split(staff).map { $0.trimmingWhitespace() })
        // The rows drift: the second row's first line is no bar, so no rows are joined.
        let drifting = """
            |
            一级指标 |
            二级指标 |
            三级指标 |
            指标值 |
            |
            产出指标 |
            数量指标 |
            培训人次 |
            ≥200人次 |
            质量指标 |
            培训合格率 |
            ≥90% |
            |
            """
        #expect(joined(drifting) == TextLines.split(drifting).map { $0.trimmingWhitespace() })
    }
    // MARK: - Points-only rows, told by the form's total

    /// The older national form with its target and result left blank where the name says them.
    static func pointsOnlyForm(total: String, lastPair: String = "10 10") -> String {
        """
        项目支出绩效自评表
        项目名称 农村河道清淤经费
        主管部门 青禾县水利局
        一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
        产出指标 数量指标 指标1:清淤河道条数 4 4 20 20
        质量指标 指标1:清淤工程验收合格 20 20
        时效指标 指标1:汛前完工率100% 20 18
        效益指标 社会效益指标 指标1:沿河村组排涝安全 \(lastPair)
        满意度指标 服务对象满意度指标 指标1:沿河群众满意度 90% 96% 20 20
        总分 \(total)
        """
    }

    @Test func barePairsAreThePointsWhereTheTotalSaysSo() throws {
        let r = try buildFromLines(Self.pointsOnlyForm(total: "100 98"))
        #expect(r.indicators.map(\.name) == ["指标1:清淤河道条数", "指标1:清淤工程验收合格", "指标1:汛前完工率100%", "指标1:沿河村组排涝安全", "指标1:沿河群众满意度"])
        #expect(r.indicators.map(\.weight) == [20, 20, 20, 10, 20])
        #expect(r.indicators.map(\.score) == [20, 20, 18, 10, 20])
        #expect(r.indicators[1].target == nil && r.indicators[2].actual == nil)
        // The row with its own four figures keeps its target and actual.
        #expect(r.indicators[0].target?.value == 4 && r.indicators[0].actual?.value == 4)
    }

    @Test func barePairsNegatives() throws {
        // The stated weights alone make the total: the pairs are the rows' target and actual.
        let alone = try buildFromLines(Self.pointsOnlyForm(total: "40 40"))
        #expect(alone.indicators[1].target?.value == 20 && alone.indicators[1].weight == nil)
        // No reading makes the total: left as read.
        let neither = try buildFromLines(Self.pointsOnlyForm(total: "77 70"))
        #expect(neither.indicators[1].target?.value == 20 && neither.indicators[1].weight == nil)
        // A pair with units is a target and a result, whatever the total.
        #expect(!PointsOnlyRows.isBarePair(Indicator(level1: nil, level2: nil, name: "清淤河道条数",
                                                     target: ValueParser.target("4条"), actual: ValueParser.actual("4条"))))
        #expect(!PointsOnlyRows.isBarePair(Indicator(level1: nil, level2: nil, name: "验收合格率",
                                                     target: ValueParser.target("≥90"), actual: ValueParser.actual("95"))))
    }

    // MARK: - A numbered indicator slot is no score item

    @Test func slotNamesAreNoScoreItems() {
        #expect(!ScoresReader.isItemName("指标6:举办健康教育宣传咨询活动"))
        #expect(!ScoresReader.isItemName("指标12：孕产妇访视数"))
        // Negatives: score items and names that merely hold 指标.
        #expect(ScoresReader.isItemName("产出指标"))
        #expect(ScoresReader.isItemName("指标完成情况"))
        #expect(ScoresReader.isItemName("项目决策"))
        #expect(!NumberedSlotRows.startsWithSlot("产出指标1:"))
    }
}
