import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published pages in the fourth round of reading them: each on
/// hand-built lines or cells, with invented content, positive and negative.
@Suite struct RealPageShapeRound4Tests {
    // MARK: - A title run into the text after it

    /// The start of a line up to where a report's or a form's name ends, when text follows it.
    @Test func titleRunIntoTheText() {
        #expect(RunInTitle.title(startingLine: "附件3芦川县2023年中央食品监管专项转移支付绩效自评报告为进一步规范资金管理，现将自评情况报告如下")
            == "芦川县2023年中央食品监管专项转移支付绩效自评报告")
        #expect(RunInTitle.title(startingLine: "芦川县第二中学2023年度生均公用经费项目支出绩效自评报告一、基本情况（一）项目概况")
            == "芦川县第二中学2023年度生均公用经费项目支出绩效自评报告")
        #expect(RunInTitle.title(startingLine: "青苗种薯繁育项目绩效目标自评表(2022年度)项目总得分96分项目名称青苗种薯繁育项目")
            == "青苗种薯繁育项目绩效目标自评表(2022年度)")
        #expect(RunInTitle.title(startingLine: "1、2022年度县级医疗保障专项资金绩效目标自评表专项资金名称医疗保障服务能力建设资金")
            == "2022年度县级医疗保障专项资金绩效目标自评表")
    }

    /// Not a title: a line that is one already, a cited file name, a sentence before the name, a
    /// name with no 绩效.
    @Test func noTitleRunIntoTheText() {
        #expect(RunInTitle.title(startingLine: "芦川县2023年度部门整体支出绩效自评报告") == nil)
        #expect(RunInTitle.title(startingLine: "《芦川县第二中学绩效自评报告.docx》由会员分享，可在线阅读") == nil)
        #expect(RunInTitle.title(startingLine: "芦川县第二中学绩效自评报告.docx由会员分享") == nil)
        #expect(RunInTitle.title(startingLine: "根据要求，我局编制了2023年度部门整体支出绩效自评报告并按时报送") == nil)
        #expect(RunInTitle.title(startingLine: "芦川县2023年度工作报告一、总体情况全年完成各项任务") == nil)
        #expect(RunInTitle.title(startingLine: "二、绩效自评报告编制过程严格按照要求开展") == nil)
    }

    /// The whole report on one line under a sharing site's file line: the title is found, and the
    /// kind follows it.
    @Test func runInTitleOfAReport() throws {
        let r = try buildFromLines("""
            《芦川县第二中学2023年度生均公用经费项目支出绩效自评报告.docx》由会员分享，可在线阅读。
            芦川县第二中学2023年度生均公用经费项目支出绩效自评报告一、基本情况我校2023年生均公用经费共计186.4万元。二、自评结论项目绩效自评得分为93分。
            """)
        #expect(r.metadata.title == "芦川县第二中学2023年度生均公用经费项目支出绩效自评报告")
        #expect(r.metadata.kind == .projectEvaluation)
        #expect(r.metadata.issuer == "芦川县第二中学")
    }

    // MARK: - Names that are no names

    /// `我区财政厅` speaks of a body by its relation to the writer; a field label inside a
    /// candidate is form cells run together. A body's name ending in 部门 is still one.
    @Test func selfReferencesAndRunTogetherLabelsAreNoNames() {
        #expect(OrganizationNames.clean("我区财政厅") == nil)
        #expect(OrganizationNames.clean("我县财政局") == nil)
        #expect(OrganizationNames.clean("月市县财政部门苇塘县财政局") == nil)
        #expect(OrganizationNames.clean("负责人苇塘县实施单位农业农村局") == nil)
        #expect(OrganizationNames.clean("苇塘县财政局") == "苇塘县财政局")
        #expect(OrganizationNames.clean("芦川县第二中学") == "芦川县第二中学")
        #expect(OrganizationNames.clean("苇塘县医疗保障局部门") == "苇塘县医疗保障局")
    }

    // MARK: - A funds label wrapped over rows

    /// The pieces of a wrapped label are told by their brackets; a numbered item is no piece.
    @Test func wrappedLabelPieces() {
        #expect(FundsLabelWrap.isOpen("（包括以前年度结转资"))
        #expect(!FundsLabelWrap.isOpen("其他资金（包括以前年度结转资金）"))
        #expect(FundsLabelWrap.qualifiesPrevious("（包括以前年度结转资"))
        #expect(!FundsLabelWrap.qualifiesPrevious("（一）财政拨款"))
        #expect(!FundsLabelWrap.qualifiesPrevious("(1)中央资金"))
        #expect(!FundsLabelWrap.qualifiesPrevious("其他资金"))
    }

    /// `其他资金` / `（包括以前年度结转资` / `金） 412.6 398.6 96.61%`: one item with the figures.
    @Test func wrappedFundsLabelIsOneItem() throws {
        let r = try buildFromLines("""
            就业补助资金绩效目标自评表
            资金投入情况（万元） 全年预算数（A） 全年执行数（B） 执行率（B/A）
            年度资金总额 1846.2 1762.9 95.49%
            其中：中央财政资金 1130 1098.6 97.22%
            其他资金
            （包括以前年度结转资
            金） 412.6 398.6 96.61%
            绩效指标 一级指标 二级指标 三级指标 指标值 全年实际完成值 未完成原因和改进措施
            产出指标 数量指标 城镇新增就业人数 ≥1100人 1187人
            """)
        #expect(r.funding.map(\.item) == ["年度资金总额", "中央财政资金", "其他资金（包括以前年度结转资金）"])
        #expect(r.funding.last?.budget == 412.6)
        #expect(r.funding.last?.executed == 398.6)
        #expect(r.funding.last?.executionRate == 96.61)
    }

    /// NEGATIVE: two labels without figures and without brackets stay two items; a closed
    /// `（万元）` under a label is the block's unit, not a piece of it.
    @Test func unbracketedEmptyRowsStayItems() throws {
        let r = try buildFromLines("""
            就业补助资金绩效目标自评表
            资金投入情况（万元） 全年预算数（A） 全年执行数（B） 执行率（B/A）
            年度资金总额 1846.2 1762.9 95.49%
            上年结转资金
            其他资金
            绩效指标 一级指标 二级指标 三级指标 指标值 全年实际完成值 未完成原因和改进措施
            产出指标 数量指标 城镇新增就业人数 ≥1100人 1187人
            """)
        #expect(r.funding.map(\.item) == ["年度资金总额", "上年结转资金", "其他资金"])
    }

    // MARK: - A template's unfilled slots

    /// A long note before a template's `指标2` / `……` slots stays in its note cell: the slots
    /// stand in the name column of the rows they start.
    @Test func unfilledSlotsStandInTheNameColumn() {
        let roles: [ColumnRole] = [.level1, .level2, .name, .target, .actual, .weight, .score, .note]
        let cells = ["产出指标", "数量指标", "指标1维修面积", "3200", "3200", "20", "20", "工程已完工，质保金6.46万元未付，待质保期满后支付。",
                     "", "", "质量指标", "指标1验收合格率", "100", "100", "20", "20"]
        var kinds = cells.map(CellKind.of)
        kinds[8] = .unfilledName
        kinds[9] = .unfilledName
        let rows = RowAligner(roles: roles).alignStream(cells, kinds: kinds)
        #expect(rows.first?[7] == "工程已完工，质保金6.46万元未付，待质保期满后支付。")
        #expect(rows.last?[2] == "指标1验收合格率")
        #expect(rows.last?[6] == "20")
    }

    /// A bare `0` in the 偏差原因 column is no note; a note with a figure in it is one.
    @Test func zeroIsNoNote() {
        #expect(IndicatorReader.note("0") == nil)
        #expect(IndicatorReader.note("质保金0.5万元未付") == "质保金0.5万元未付")
        #expect(IndicatorReader.note("10") == "10")
    }

    // MARK: - Units

    /// `≥100百分比`: the unit written out in words.
    @Test func percentWrittenOut() {
        let t = ValueParser.target("≥100百分比")
        #expect(t.operator == .atLeast)
        #expect(t.value == 100)
        #expect(t.unit == "百分比")
    }
}
