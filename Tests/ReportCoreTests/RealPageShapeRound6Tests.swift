import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published pages in the sixth round of reading them: each on
/// hand-built lines or cells, with invented content, positive and negative.
@Suite struct RealPageShapeRound6Tests {
    // MARK: - A header of two rows, copied one row after the other

    /// `绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差… | 一级指标 | 二级指标 | 三级指标 | 指标性质 |
    /// 指标值 | 度量单位`: the lower row's columns first, then the upper row's words that span both
    /// rows; 年度指标值 over the split target heads no column of its own.
    @Test func lowerHeaderRowFirst() {
        let twoRows = ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                       "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
        #expect(FormHeader.lowerRowFirst(twoRows) == ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                                      "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        // Without a split target in the lower row, the upper row's target is its own column.
        #expect(FormHeader.lowerRowFirst(["年度指标值", "实际完成值", "一级指标", "二级指标", "三级指标"])
            == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"])
        // NEGATIVE: a header that starts with its levels is one row.
        let oneRow = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
        #expect(FormHeader.lowerRowFirst(oneRow) == oneRow)
        // NEGATIVE: words before a lone name column that hold no value column after it.
        #expect(FormHeader.lowerRowFirst(["年度指标值", "三级指标", "实际完成值"]) == ["年度指标值", "三级指标", "实际完成值"])
    }

    /// The form as a copy of its markup gives it: each line the end of one row and the start of
    /// the next, the header's two rows and the first body row on one line, merged cells gone.
    @Test func twoRowHeaderFormAsPipeLines() throws {
        let r = try buildFromLines("""
            2023年度项目支出绩效自评表 | 部门:苇塘县青石中学 |
            | 项目名称 | 学生营养餐补助资金 | 主管部门 | 苇塘县教育体育局 | 实施单位 | 苇塘县青石中学 | 项目资金 (元) |
            | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |
            | 254300.5 | 254300.5 | 10 | 100% | 10 | 其他资金 | — | — | — | — |
            | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 受助学生人数 | ≧ | 512 | 人 | 530 | 20 | 20 |
            | 质量指标 | 供餐合格率 | ═ | 100 | % | 100% | 20 | 18 |
            | 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≧ | 90 | % | 96% | 20 | 20 |
            | 其他需要说明事项 | 无 | 总分 | 100 | 93 | 优 |
            """)
        #expect(r.indicators.map(\.name) == ["受助学生人数", "供餐合格率", "家长满意度"])
        #expect(r.indicators.first?.target?.raw == "≧512人")
        #expect(r.indicators.first?.actual?.raw == "530")
        #expect(r.indicators[1].target?.operator == .equal)
        #expect(r.indicators[1].target?.value == 100)
        #expect(r.indicators[1].score == 18)
        #expect(r.indicators[2].level1 == "满意度指标")
        #expect(r.scores?.total == 93)
        #expect(r.scores?.grade == "优")
        #expect(r.metadata.issuer == "苇塘县青石中学")
        #expect(r.funding.first?.budget == 25.43005)
        #expect(r.funding.first?.executed == 25.43005)
    }

    // MARK: - `═` for `=`

    /// A form that writes ≧ for ≥ writes the box-drawing `═` for `=`; a rule of such bars is none.
    @Test func boxDrawingEquals() {
        #expect(ValueParser.operatorSign("═") == .equal)
        #expect(CellKind.of("═") == .operatorSign)
        #expect(ValueParser.target("═100%").operator == .equal)
        #expect(ValueParser.target("═100%").value == 100)
        #expect(ValueParser.operatorSign("══════") == nil)
        #expect(CellKind.of("══════") != .operatorSign)
    }

    // MARK: - Funds figures packed past a blank 年初预算数

    /// `254300.5 | 254300.5 | 10 | | 100% | 10` under 年初 | 全年 | 执行 | 分值 | 执行率 | 得分: the
    /// 执行率 says the figures stand one column on. Figures that agree with the rate, a 分值 cell
    /// that is filled, or a move the rate does not confirm leave the row as placed.
    @Test func fundsFiguresPastAVanishedInitialBudget() {
        typealias C = FundsReader.Column
        func row(_ cells: [String]) -> [(C, String)] { Array(zip([C.initialBudget, .budget, .executed, .weight, .rate, .score], cells)) }
        func texts(_ r: [(C, String)]) -> [String] { r.map(\.1) }
        let shifted = FundsReader.shiftedPastVanishedCell(row(["254300.5", "254300.5", "10", "", "100%", "10"]))
        #expect(texts(shifted) == ["", "254300.5", "254300.5", "10", "100%", "10"])
        let agreeing = row(["120", "130", "117", "", "90%", "9"])
        #expect(texts(FundsReader.shiftedPastVanishedCell(agreeing)) == texts(agreeing))
        let weighted = row(["254300.5", "254300.5", "10", "10", "100%", "10"])
        #expect(texts(FundsReader.shiftedPastVanishedCell(weighted)) == texts(weighted))
        let unconfirmed = row(["300", "254.3", "10", "", "100%", "10"])
        #expect(texts(FundsReader.shiftedPastVanishedCell(unconfirmed)) == texts(unconfirmed))
        let noRate = row(["254.3", "254.3", "10", "", "", "10"])
        #expect(texts(FundsReader.shiftedPastVanishedCell(noRate)) == texts(noRate))
    }

    // MARK: - A grade in the total row

    /// `总分 | 100 | 96 | 优`: the 自评等级 column's grade after the total's figures. A grade word
    /// in a row that is no total, or a total row with figures only, gives none.
    @Test func gradeInTheTotalRow() {
        #expect(ScoresReader.grade(in: [], tables: [TableGrid(rows: [["其他需要说明事项", "无", "总分", "100", "96", "优"]], positional: false)]) == "优")
        #expect(ScoresReader.grade(in: [], tables: [TableGrid(rows: [["合计", "100", "84", "良好"]], positional: false)]) == "良")
        #expect(ScoresReader.grade(in: [], tables: [TableGrid(rows: [["总分", "100", "96"]], positional: false)]) == nil)
        #expect(ScoresReader.grade(in: [], tables: [TableGrid(rows: [["服务对象满意度", "≥90%", "优"]], positional: false)]) == nil)
        #expect(ScoresReader.isGradeWord("优秀"))
        #expect(!ScoresReader.isGradeWord("优化"))
        #expect(!ScoresReader.isGradeWord("96"))
    }

    // MARK: - Issuers

    /// `2021 年某市某局`: a year's word a space cut from its figures; `对某县某局…`: a preposition
    /// before the name. Neither is part of the name; a place that holds 年 keeps it.
    @Test func nameAfterAYearWordOrAPreposition() {
        #expect(OrganizationNames.clean("年苇塘市发展和改革局") == "苇塘市发展和改革局")
        #expect(OrganizationNames.clean("年度苇塘市发展和改革局") == "苇塘市发展和改革局")
        #expect(OrganizationNames.clean("对苇塘县医疗保障局") == "苇塘县医疗保障局")
        #expect(OrganizationNames.clean("万年县财政局") == "万年县财政局")
        #expect(OrganizationNames.find(in: ["2021 年苇塘市发展和改革局整体支出 绩效自评报告"]).compactMap(OrganizationNames.clean)
            == ["苇塘市发展和改革局"])
    }

    /// `评价单位(公章):某镇人民政府` on a report's cover and `部门:某县某中学` on a form's caption
    /// line name the body; `单位:元` names none.
    @Test func coverAndCaptionUnitLabels() {
        let cells = MetadataInterpreter.unitCells([["评价单位(公章):苇塘市青石镇人民政府"], ["部门:苇塘县青石中学"], ["单位:元"]],
                                                  kind: .departmentEvaluation)
        #expect(cells.map(\.name) == ["苇塘市青石镇人民政府", "苇塘县青石中学"])
    }

    // MARK: - A body's own year

    /// `某镇人民政府2024年度绩效自评报告`: the body's whole year is evaluated, a department's
    /// evaluation. A fund or project named before 绩效 decides otherwise; a body with no year
    /// says nothing.
    @Test func bodysOwnYearIsADepartmentEvaluation() {
        #expect(MetadataInterpreter.isBodysOwnYear("青石镇人民政府2024年度"))
        #expect(MetadataInterpreter.isBodysOwnYear("苇塘市医疗保障局2023年度部门"))
        #expect(!MetadataInterpreter.isBodysOwnYear("苇塘市医疗保障局"))
        #expect(!MetadataInterpreter.isBodysOwnYear("2024年度"))
        #expect(!MetadataInterpreter.isBodysOwnYear("苇塘市医疗保障局2023年度医疗救助"))
        #expect(MetadataInterpreter.kind(title: "青石镇人民政府2024年度绩效自评报告", lines: [], tables: []) == .departmentEvaluation)
        #expect(MetadataInterpreter.kind(title: "苇塘市医疗保障局2023年度医疗救助补助资金绩效自评报告", lines: [], tables: [])
            == .transferPaymentEvaluation)
        #expect(MetadataInterpreter.kind(title: "苇塘市医疗保障局2023年度信息系统运维项目绩效自评报告", lines: [], tables: [])
            == .projectEvaluation)
    }

    // MARK: - The report a title-less copy names in its opening sentence

    /// `…，现将2022年某局某资金项目绩效自评总结报告如下：` names the report; `现将有关情况报告如下`
    /// and a clause that runs on past a comma name none. Asked only when nothing else gives a title.
    @Test func titleStatedInTheOpeningSentence() throws {
        #expect(RunInTitle.stated(in: ["为做好项目绩效管理工作，现将2022年苇塘县交通运输局农村公路建设资金项目绩效自评总结报告如下:"])
            == "2022年苇塘县交通运输局农村公路建设资金项目绩效自评总结报告")
        #expect(RunInTitle.stated(in: ["根据通知要求，现将有关情况报告如下："]) == nil)
        #expect(RunInTitle.stated(in: ["现将我局开展绩效自评工作，形成的自评报告如下："]) == nil)
        let r = try buildFromLines("""
            为做好资金绩效管理工作，现将2022年苇塘县交通运输局农村公路建设资金项目绩效自评总结报告如下:
            一、绩效目标分解下达情况
            项目计划投资860万元。
            """)
        #expect(r.metadata.title == "2022年苇塘县交通运输局农村公路建设资金项目绩效自评总结报告")
        let titled = try buildFromLines("""
            苇塘县交通运输局2022年度部门整体支出绩效自评报告
            为做好绩效管理工作，现将2022年苇塘县交通运输局农村公路建设资金项目绩效自评总结报告如下:
            """)
        #expect(titled.metadata.title == "苇塘县交通运输局2022年度部门整体支出绩效自评报告")
    }

    // MARK: - The template's instruction in a goal cell

    /// `对照年度目标，说明相关任务目标的完成情况（100字以内）` left unfilled is no goal; a goal that
    /// names a length is one.
    @Test func templateInstructionIsNoGoal() {
        #expect(GoalsReader.isTemplateGuidance("对照年度目标，说明相关任务目标的完成情况（100字以内）"))
        #expect(GoalsReader.isTemplateGuidance("简要说明项目实施内容及过程(200字以内)"))
        #expect(!GoalsReader.isTemplateGuidance("编印政策宣传册（100字以内）"))
        #expect(!GoalsReader.isTemplateGuidance("说明会召开3场，覆盖参保群众1200人。"))
        let r = try? buildFromLines("""
            项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 |
            保障聘用人员工资按时足额发放。 | 对照年度目标,说明相关任务目标的完成情况(100字以内) |
            2.项目实施内容及过程概述 | |
            """)
        #expect(r?.goals.planned == ["保障聘用人员工资按时足额发放。"])
        #expect(r?.goals.achieved == [])
    }
}
