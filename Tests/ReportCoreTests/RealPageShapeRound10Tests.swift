import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published self-evaluation forms in the tenth round of
/// reading them (a form's title run into its head labels, funds figures run together, small-form
/// comparison signs, a department form named by its funds row, a mistyped level-2 label): each
/// on hand-built lines with invented content, positive and negative.
@Suite struct RealPageShapeRound10Tests {
    // MARK: - A form's title run into its head labels

    @Test func titleEndsWhereTheFormsHeadLabelsStart() {
        #expect(TitleFormHead.cut("2021年度财政项目绩效自评表单位名称芦川市第二医院填报日期2022年3月8日") == "2021年度财政项目绩效自评表")
        #expect(TitleFormHead.cut("2020年度渔船补贴项目自评表单位名称:农业科填报日期:") == "2020年度渔船补贴项目自评表")
        #expect(TitleFormHead.cut("项目支出绩效自评表(2022年度)填报单位芦川县水利局") == "项目支出绩效自评表(2022年度)")
    }

    @Test func titleFormHeadNegatives() {
        // No label after the form's name: the title as it is.
        #expect(TitleFormHead.cut("芦川县2022年度项目支出绩效自评表") == "芦川县2022年度项目支出绩效自评表")
        // A label inside a report's name, not after a form's ending: kept.
        #expect(TitleFormHead.cut("关于核对单位名称的绩效自评报告") == "关于核对单位名称的绩效自评报告")
        // A label after words that end no form's name: kept.
        #expect(TitleFormHead.cut("填报单位名称说明") == "填报单位名称说明")
    }

    @Test func runInTitleDropsAViewersPageCounter() {
        #expect(RunInTitle.title(startingLine: "1/1年学生资助项目绩效目标自评表填报日期:总分:分项目名称芦川学院学生资助项目") == "年学生资助项目绩效目标自评表")
        // NEGATIVE: a figure with a slash that a word follows is no counter before a title (no title here at all).
        #expect(RunInTitle.title(startingLine: "3/4的项目已完成绩效目标,其余项目正在推进") == nil)
    }

    @Test func headTitleAndUnitOfARunTogetherForm() throws {
        let r = try buildFromLines("""
            2021年度财政项目绩效自评表单位名称芦川市第二医院填报日期2022年3月8日.docx
            2021年度财政项目绩效自评表单位名称:芦川市第二医院填报日期:2022年3月8日项目名称新院区建设补助主管部门芦川市卫生健康委项目实施单位芦川市第二医院项目类别1、部门预算项目预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额800760.595.06%19
            """)
        #expect(r.metadata.title == "2021年度财政项目绩效自评表")
        #expect(r.metadata.issuer == "芦川市第二医院")
        #expect(r.metadata.year == 2021)
        let f = try #require(r.funding.first)
        #expect(f.item == "年度财政资金总额")
        #expect(f.budget == 800 && f.executed == 760.5 && f.executionRate == 95.06)
    }

    // MARK: - Glued head labels

    @Test func gluedLabelValuesEndAtTheNewLabels() {
        let t = "单位名称:芦川县农业科填报日期:2021年3月项目名称渔船补贴主管部门芦川县农业农村局项目实施单位芦川县农业科项目类别1、部门预算项目"
        #expect(GluedLabels.value(after: "单位名称", in: t) == "芦川县农业科")
        #expect(GluedLabels.value(after: "主管部门", in: t) == "芦川县农业农村局")
        #expect(GluedLabels.value(after: "实施单位", in: t) == "芦川县农业科")
        #expect(GluedLabels.value(after: "实施单位", in: "项目实施单位芦川县交通运输局芦川县交通运输局项目负责人张某") == "芦川县交通运输局")
    }

    @Test func undoubledNegatives() {
        // Halves that differ, an odd length, a short value: as written.
        #expect(GluedLabels.undoubled("芦川县交通局芦川县水利局") == "芦川县交通局芦川县水利局")
        #expect(GluedLabels.undoubled("芦川县交通运输局") == "芦川县交通运输局")
        #expect(GluedLabels.undoubled("科科") == "科科")
    }

    // MARK: - Funds figures run together

    @Test func gluedFundsRowCutWhereTheRateAgrees() throws {
        let national = try #require(GluedFundsRow.read(line: "年初预算数全年预算数全年执行数分值执行率得分年度资金总额1320.51320.51300.21098.46%10"))
        #expect(national.item == "年度资金总额")
        #expect(national.budget == 1320.5 && national.executed == 1300.2 && national.executionRate == 98.46)
        let short = try #require(GluedFundsRow.read(line: "预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额1010100%20"))
        #expect(short.budget == 10 && short.executed == 10 && short.executionRate == 100)
        let points = try #require(GluedFundsRow.read(line: "全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:606010100.00%10"))
        #expect(points.budget == 60 && points.executed == 60 && points.executionRate == 100)
    }

    @Test func gluedFundsRowNegatives() {
        // No % after the figures: no rate to check a cut against.
        #expect(GluedFundsRow.read(line: "预算数(A)执行数(B)执行率(B/A)得分年度财政资金总额1.561.56120") == nil)
        // No column words before the row: nothing says what the figures are.
        #expect(GluedFundsRow.read(line: "年度资金总额1010100%20") == nil)
        // No cut gives a rate that agrees with its amounts.
        #expect(GluedFundsRow.read(line: "预算数(A)执行数(B)执行率(B/A)得分年度财政资金总额123456%20") == nil)
        // Without a 分值 column, `1450`: 1|4|50, 1|45|0, 14|5|0: no rate agrees.
        #expect(GluedFundsRow.read(line: "预算数(A)执行数(B)执行率(B/A)年度资金总额1450%") == nil)
    }

    @Test func gluedFundsRowOnlyWhereNoTableGaveFunds() throws {
        let r = try buildFromLines("""
            芦川县某局2022年度项目支出绩效自评表
            项目名称 | 某项目 | 主管部门 | 芦川县某局 | 实施单位 | 芦川县某局
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
            年度资金总额 | 50 | 50 | 45 | 10 | 90% | 9
            备注:年初预算数全年预算数全年执行数分值执行率得分年度资金总额10010010100%10
            """)
        #expect(r.funding.count == 1)
        #expect(r.funding.first?.budget == 50)
    }

    // MARK: - Small-form comparison signs

    @Test func smallFormSignsAreComparisons() throws {
        #expect(ValueParser.parseQuantity("﹦100%")?.op == .equal)
        #expect(ValueParser.parseQuantity("﹥5人")?.op == .greater)
        #expect(CellKind.of("﹦") == .operatorSign)
        // NEGATIVE: the sign alone is no quantity.
        #expect(ValueParser.parseQuantity("﹦") == nil)
    }

    @Test func formWithSmallEqualsInItsSignColumn() throws {
        let r = try buildFromLines("""
            2020年度项目支出绩效自评表
            项目名称 | 卫片执法补助经费 | 主管部门 | 芦川市自然资源局 | 实施单位 | 芦川市古镇区自然资源局
            一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分
            产出指标 | 数量指标 | 执法补助经费 | ﹦ | 62400 | 元 | 62400 | 10 | 9
            质量指标 | 项目验收合格率 | ﹦ | 100 | % | 100 | 20 | 19
            效益指标 | 社会效益指标 | 违法行为制止率 | ≥ | 95 | % | 95 | 30 | 27
            """)
        let rows = r.indicators
        #expect(rows.map(\.name) == ["执法补助经费", "项目验收合格率", "违法行为制止率"])
        #expect(rows[1].level1 == "产出指标" && rows[1].level2 == "质量指标")
        #expect(rows[1].target?.operator == .equal)
        #expect(rows[1].target?.raw == "﹦100%")
        #expect(rows[1].weight == 20 && rows[1].score == 19)
    }

    // MARK: - Level-2 labels

    @Test func timelinessLabelEitherWayAndOneSlip() {
        #expect(IndicatorLevels.level2Parent(of: "时效性指标") == "产出指标")
        #expect(IndicatorLevels.level2Parent(of: "日效性指标") == "产出指标")
        #expect(IndicatorLevels.level2Parent(of: "社会效宜指标") == "效益指标")
    }

    @Test func mistypedLevel2Negatives() {
        // Near two labels (数量指标, 质量指标): none.
        #expect(IndicatorLevels.level2Parent(of: "产量指标") == nil)
        // No 指标 after it: an indicator's name, not a label.
        #expect(IndicatorLevels.level2Parent(of: "日效性") == nil)
        // A name further off than one character.
        #expect(IndicatorLevels.level2Parent(of: "群众投诉处理指标") == nil)
    }

    // MARK: - A department form named by its funds row

    @Test func departmentFormWithNoTitle() throws {
        let r = try buildFromLines("""
            单位名称:芦川镇政府 填报日期:2021.5.18
            单位名称 | 芦川镇人民政府 | ||||||||
            预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
            部门整体支出总额 | 640.5 | 640.5 | 100% | 20 |
            年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
            产出指标 | 数量指标 | 办结信访案件 | 120起 | 120起 | 20 |
            日效性指标 | 解决群众问题时间 | 3天以内 | 3天以内 | 20 |
            满意度指标 | 群众满意度指标 | 群众满意度 | ≥90% | 96% | 40 |
            """)
        #expect(r.metadata.kind == .departmentEvaluation)
        let late = try #require(r.indicators.first { $0.name == "解决群众问题时间" })
        #expect(late.level1 == "产出指标")
        #expect(late.level2 == "日效性指标")
    }

    @Test func projectFormIsNotDepartmentForm() throws {
        // NEGATIVE: a project form whose funds row is a project's: no department.
        let r = try buildFromLines("""
            单位名称:芦川镇政府 填报日期:2021.5.18
            项目名称 | 村道维修 | 主管部门 | 芦川镇人民政府 | 实施单位 | 芦川镇人民政府
            预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分
            年度财政资金总额 | 40 | 40 | 100% | 20
            """)
        #expect(r.metadata.kind != .departmentEvaluation)
    }

    // MARK: - Totals

    @Test func gluedTotalBeforeTheClosingLabel() {
        #expect(ScoresReader.gluedTotal(in: ["产出指标质量指标监测数据合格率100%100%10服务对象满意度指标总分96.5偏差大或目标未完成原因分析无"]) == 96.5)
        #expect(ScoresReader.gluedTotal(in: ["得分(20分*执行率)年度财政资金总额2.52.5100%20", "满意度90%95%40总分100偏差大或目标未完成原因分析无备注:得分=权重*B/A"]) == 100)
    }

    @Test func gluedTotalNegatives() {
        // A form with a 权重 column above: a lone figure may be its full points.
        #expect(ScoresReader.gluedTotal(in: ["一级指标二级指标三级指标权重得分", "满意度90%95%1010总分100偏差大或目标未完成原因分析无"]) == nil)
        // No closing label after the figure: where it ends is not said (`总分10098`).
        #expect(ScoresReader.gluedTotal(in: ["满意度90%96%10总分10098"]) == nil)
        // A figure over 100 is no total of points.
        #expect(ScoresReader.gluedTotal(in: ["总分120说明无"]) == nil)
    }

    @Test func totalRowWithThePointsWord() throws {
        let r = try buildFromLines("""
            芦川县某镇2020年度部门整体支出绩效自评表
            一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
            产出指标 | 数量指标 | 办结信访案件 | 120起 | 120起 | 40 |
            满意度指标 | 群众满意度指标 | 群众满意度 | ≥90% | 96% | 40 |
            总分 | 80分 | | | | |
            """)
        #expect(r.scores?.total == 80)
        #expect(IndicatorReader.pointsFigure("98.5分") == 98.5)
        // NEGATIVE: a level's weight in brackets or words with 分 are no figure of points.
        #expect(IndicatorReader.pointsFigure("(50分)") == nil)
        #expect(IndicatorReader.pointsFigure("满分") == nil)
    }

    // MARK: - The provincial 项目自评表 run together

    @Test func secondTargetBlockWithItsOwnHeader() throws {
        let cells = try #require(RunTogetherForm.cells(
            "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标质量指标检测报告合格率100%100%10"
            + "进度指标完成年度汇编100%100%10满意度指标服务对象满意度指标资料审核满意度96%96%19.2"
            + "年度绩效目标2(40分)一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标质量指标资料整编合格率100%100%20"))
        #expect(cells.contains("19.2"))
        #expect(!cells.contains { $0.contains("年度绩效目标") || $0 == "(" })
        #expect(cells.filter { $0 == "一级指标" }.count == 1)
        #expect(cells.suffix(6) == ["产出指标", "质量指标", "资料整编合格率", "100%", "100%", "20"])
        #expect(IndicatorLevels.level2Parent(of: "进度指标") == "产出指标")
    }

    @Test func yearUnitNegative() throws {
        // NEGATIVE: `年` after a figure is still a unit where no 度 follows (`使用年限15年`).
        let cells = try #require(RunTogetherForm.cells("一级指标二级指标三级指标年度指标值实际完成值分值得分效益指标可持续影响指标设备使用年限≥8年10年1010"))
        #expect(cells.contains("≥8年") && cells.contains("10年"))
    }

    @Test func copyrightNoticeIsASharingSitesViewerLine() {
        #expect(SharingSiteChunks.isViewerLine("版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领"))
        // NEGATIVE: a report's own sentence about a document.
        #expect(!SharingSiteChunks.isViewerLine("本文档由我局负责解释"))
    }

    // MARK: - Goals either side of a dot leader

    @Test func goalsEitherSideOfADotLeader() throws {
        let r = try buildFromLines("""
            项目支出绩效自评表 (2022年度) 项目名称 村级运转经费 主管部门 芦川县某镇人民政府 实施单位 芦川县某镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 120 120 118 10 98.33% 9.8 年度总体目标 预期目标 实际完成情况 本项目共申请资金120万元,其中村级组织运转60万元,村干部 报酬60万元。 .. ........ 本项目共完成资金118万元,其中村级组织运转58万元,村干部 报酬60万元。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 补助村数量 =8个 8 10 10
            """)
        #expect(r.goals.planned.first?.hasPrefix("本项目共申请资金120万元") == true)
        #expect(r.goals.planned.first?.hasSuffix("报酬60万元。") == true)
        #expect(r.goals.achieved.first?.hasPrefix("本项目共完成资金118万元") == true)
        #expect(GoalsReader.isLeader("......") && GoalsReader.isLeader("……"))
        // NEGATIVE: a figure with a point, a single dot, words: no leader.
        #expect(!GoalsReader.isLeader("1.5") && !GoalsReader.isLeader(".") && !GoalsReader.isLeader("完成。"))
    }

    // MARK: - A year's target on a row of its own

    @Test func numberedTargetRowIsAPlannedGoal() throws {
        let r = try buildFromLines("""
            单位名称:芦川镇政府 填报日期:2021.5.18
            预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
            部门整体支出总额 | 640.5 | 640.5 | 100% | 20 |
            年度目标1:(80分) | 提升乡镇治理效能、改善人居环境 | | | | |
            年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
            产出指标 | 数量指标 | 办结信访案件 | 120起 | 120起 | 40 |
            满意度指标 | 群众满意度指标 | 群众满意度 | ≥90% | 96% | 40 |
            """)
        #expect(r.goals.planned == ["提升乡镇治理效能、改善人居环境"])
        #expect(NumberedGoalRows.isLabel("年度绩效目标2(40分)"))
    }

    @Test func numberedTargetRowNegatives() {
        // The block's label over a goals header, a label with no number, a row with more cells.
        #expect(!NumberedGoalRows.isLabel("年度总体目标"))
        #expect(!NumberedGoalRows.isLabel("年度目标"))
        let grid = TableGrid(rows: [["年度目标1:(80分)", "120起"], ["年度目标2", "一级指标"], ["年度目标3", "完成改造", "完成"]], headerRowCount: 0, positional: false)
        #expect(NumberedGoalRows.planned(in: [grid]).isEmpty)
    }
}
