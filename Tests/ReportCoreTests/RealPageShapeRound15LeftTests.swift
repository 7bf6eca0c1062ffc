import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Shapes the fifteenth round's real pages left unread: goals a sentence of prose announces
/// under the goals heading (`实现以下目标：` then `一、…` `二、…`), and a form's funds row whose
/// column words stand between its label and its run-together figures. Hand-built text, invented
/// content.
@Suite struct RealPageShapeRound15LeftTests {
    // MARK: - Goals a sentence announces

    static let leadIn = """
        苇塘县中心医院设备购置项目绩效自评报告
        一、项目概况
        （一）项目基本情况
        本项目购置检验设备六台。
        （二）项目绩效目标
        为提升县域医疗服务能力，今年实现以下目标：
        一、新增检验设备6台；
        二、检验报告出具时间缩短20%；
        三、就诊患者满意度达到92%。
        二、项目资金使用情况
        项目资金全部到位。
        """

    @Test func goalsAnnouncedBySentenceAreRead() throws {
        let r = try buildFromLines(Self.leadIn)
        #expect(r.goals.planned == ["一、新增检验设备6台；", "二、检验报告出具时间缩短20%；", "三、就诊患者满意度达到92%。"])
        #expect(r.goals.achieved.isEmpty)
    }

    @Test func leadInWords() {
        #expect(LeadInGoalsList.isLeadIn("为提升县域医疗服务能力，今年实现以下目标："))
        #expect(LeadInGoalsList.isLeadIn("项目年度绩效目标如下:"))
        // Prose that announces nothing, or does not end in a colon.
        #expect(!LeadInGoalsList.isLeadIn("本项目的目标是提升县域医疗服务能力。"))
        #expect(!LeadInGoalsList.isLeadIn("主要做法有："))
        #expect(!LeadInGoalsList.isLeadIn("以下目标均已完成，具体情况见附表。"))
        // A numbered line is an item, not a lead-in.
        #expect(!LeadInGoalsList.isLeadIn("1.完成以下目标："))
    }

    @Test func leadInListEndsWhereItsNumberingBreaks() {
        let lines = ["一、新增设备6台；", "二、缩短时间20%。", "二、项目资金使用情况", "三、其他"]
        let (items, next) = LeadInGoalsList.items(lines, from: 0)
        #expect(items == ["一、新增设备6台；", "二、缩短时间20%。"])
        #expect(next == 2)
    }

    @Test func leadInNegatives() throws {
        // Prose under the heading that announces no list: the section's own parts that follow are
        // no goals.
        let r = try buildFromLines("""
            苇塘县中心医院设备购置项目绩效自评报告
            一、项目概况
            （二）项目绩效目标
            本项目旨在提升县域医疗服务能力，目标明确。
            1.新增检验设备6台；
            2.就诊患者满意度达到92%。
            二、项目资金使用情况
            """)
        #expect(r.goals.planned.isEmpty)
        // A list that does not start at one is not the announced list.
        #expect(LeadInGoalsList.items(["二、项目资金使用情况", "三、其他"], from: 0).0.isEmpty)
        // A goals-achieved heading with a lead-in is not read as the planned goals.
        let done = try buildFromLines("""
            苇塘县中心医院设备购置项目绩效自评报告
            一、项目概况
            （二）绩效目标完成情况
            全年实现以下目标：
            一、新增检验设备6台；
            二、就诊患者满意度达到92%。
            """)
        #expect(done.goals.planned.isEmpty)
    }

    // MARK: - Column words between a glued funds row's label and its figures

    @Test func columnWordsAfterTheLabelAreTheHeader() throws {
        let row = try #require(GluedFundsRow.read(line: "项目资金(万元)年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)52.452.450.396%年度总体目标"))
        #expect(row.budget == 52.4 && row.executed == 50.3 && row.executionRate == 96)
        // The 年初预算数 column's 预算 garbled by the extract: `年初` alone names it.
        let garbled = try #require(GluedFundsRow.read(line: "年度资金总额年初预匏数调整预算将,A、全年执行数(B)执行率(B/A)38.738.738.7100%"))
        #expect(garbled.budget == 38.7 && garbled.executed == 38.7 && garbled.executionRate == 100)
    }

    @Test func columnWordsAfterTheLabelNegatives() {
        // A 得分 column after the rate: its `(20分…)` would be taken for figures.
        #expect(GluedFundsRow.read(line: "年度财政资金总额预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)285.84285.84100%20") == nil)
        // Words that are not the header (no 执行率 column) between the label and the figures.
        #expect(GluedFundsRow.read(line: "年度资金总额其中财政拨款64.864.8100%") == nil)
        // A rate that no cut of the figures checks.
        #expect(GluedFundsRow.read(line: "年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)64.864.864.880%") == nil)
        // The figures right after the label, as before: the header before the label is read.
        let before = GluedFundsRow.read(line: "年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10")
        #expect(before?.budget == 2456.18 && before?.executionRate == 100)
    }

    // MARK: - The body a report names once, describing itself

    @Test func selfDescribedBodyIsTheIssuer() throws {
        let r = try buildFromLines("""
            财政资金项目支出绩效自评报告
            根据省财政厅关于开展绩效自评工作的通知要求，我中心对本年度政策研究专项经费的支出情况进行了绩效自评。
            一、项目基本情况
            省经济信息研究中心是省人民政府直属的事业单位，主要负责经济运行监测分析。
            二、绩效目标完成情况
            全年完成课题12项。
            """)
        #expect(r.metadata.issuer == "省经济信息研究中心")
    }

    @Test func selfDescribedBodyNegatives() {
        // The report does not call itself by the type the sentence's name ends in.
        #expect(SelfNamedIssuer.name(in: ["我局对项目开展了自评。", "省经济信息研究中心是省人民政府直属的事业单位。"]) == nil)
        // No 我 at all: a sentence about some body is not the writer's self-description.
        #expect(SelfNamedIssuer.name(in: ["该项目由市财政局负责。", "市财政局是本级预算主管部门。"]) == nil)
        // A pronoun is no name; a sentence saying no kind of body is no self-description.
        #expect(SelfNamedIssuer.selfDescription("本中心是省人民政府直属的事业单位") == nil)
        #expect(SelfNamedIssuer.selfDescription("省经济信息研究中心是本年度完成课题最多的") == nil)
        #expect(SelfNamedIssuer.selfDescription("县疾控中心是县卫生健康局所属公益一类事业单位") == "县疾控中心")
    }

    // MARK: - Rows made of a form header's pieces

    static func row(_ name: String, _ t: String, _ a: String, score: Double? = nil) -> Indicator {
        var i = Indicator(name: name)
        i.target = TargetValue(raw: t)
        i.actual = ActualValue(raw: a)
        i.score = score
        return i
    }

    @Test func headerPiecesAreNoRows() {
        #expect(HeaderPieceRows.isHeaderPieces(Self.row("数量指标", "年度", "绩效")))
        #expect(HeaderPieceRows.isHeaderPieces(Self.row("目标", "(80", "分)")))
        #expect(HeaderPieceRows.isHeaderPieces(Self.row("产出指标", "（60", "分）")))
    }

    @Test func headerPiecesNegatives() {
        // A value of its own, or a score: a row.
        #expect(!HeaderPieceRows.isHeaderPieces(Self.row("受益人数", "年度", "320人")))
        #expect(!HeaderPieceRows.isHeaderPieces(Self.row("培训场次", "(8", "分)", score: 5)))
        #expect(!HeaderPieceRows.isHeaderPieces(Self.row("培训场次", "8场", "8场")))
        #expect(!HeaderPieceRows.isHeaderPieces(Self.row("覆盖率", "(80", "90%")))
    }

    // MARK: - The headline publishing a body's own-level accounts

    @Test func ownLevelAccountsHeadlineIsTheTitle() throws {
        let r = try buildFromLines("""
            2022年苇塘县文化旅游局本级决算公开
            来源: 发布时间:2023-09-20 浏览次数:0 次
            苇塘县文旅局2022年度本级决算
            第一部分 部门概况
            一、主要职责
            负责全县文化和旅游工作。
            """)
        #expect(r.metadata.title == "2022年苇塘县文化旅游局本级决算公开")
        #expect(r.metadata.kind == .other)
        #expect(r.metadata.issuer == "苇塘县文化旅游局")
    }

    @Test func ownLevelAccountsHeadlineNegatives() throws {
        // The document's shorter heading alone is no title (the body's short name would be the issuer).
        #expect(TitleWords.strength("苇塘县文旅局2022年度本级决算") == nil)
        // A performance form published on such a page keeps its own title, and its kind.
        let r = try buildFromLines("""
            苇塘县青石乡人民政府2022年度本级决算公开
            附件二
            2022年度部门整体支出绩效自评表
            预算部门、单位名称 | 苇塘县青石乡人民政府
            """)
        #expect(r.metadata.title == "2022年度部门整体支出绩效自评表")
        #expect(r.metadata.kind == .departmentEvaluation)
    }
}
