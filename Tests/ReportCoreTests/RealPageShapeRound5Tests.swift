import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published pages in the fifth round of reading them: each on
/// hand-built lines or cells, with invented content, positive and negative.
@Suite struct RealPageShapeRound5Tests {
    // MARK: - Header words carrying their points

    /// `分值(10分)`, `得分 (20分*执行率)`: the column's points in brackets after its word. A
    /// level's label with its weight stays no header word; units and column letters stay.
    @Test func headerWordsWithPoints() {
        #expect(ColumnRole.withoutPoints("分值(10分)") == "分值")
        #expect(ColumnRole.withoutPoints("得分(20分*执行率)") == "得分")
        #expect(ColumnRole.withoutPoints("全年预算数(万元)") == "全年预算数(万元)")
        #expect(ColumnRole.withoutPoints("执行率(B/A)") == "执行率(B/A)")
        #expect(ColumnRole.withoutPoints("分值（12.5分）") == "分值")
        #expect(ColumnRole.withoutPoints("分值(12.分)") == "分值(12.分)")
        #expect(ColumnRole.withoutPoints("得分(满分10分)") == "得分(满分10分)")
        #expect(ColumnRole.isHeaderWord("分值(10分)"))
        #expect(ColumnRole.of(header: "分值（10分）") == .weight)
        #expect(ColumnRole.of(header: "得分 (20分*执行率)") == .score)
        #expect(FundsReader.column("得分 (20分*执行率)") == .score)
        #expect(!ColumnRole.isHeaderWord("产出指标(50分)"))
        #expect(ColumnRole.of(header: "产出指标(50分)") == .other)
    }

    /// A pipe funds block headed `… | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法`,
    /// a row broken over two lines: every row read. The contract's budget is the 全年预算数 (or
    /// 调整后预算数), never the 年初预算数, even when it is the form's only budget column: null.
    @Test func fundsHeaderWithPointsAndOnlyAnInitialBudget() throws {
        let r = try buildFromLines("""
            部门整体支出绩效自评表 | |||||
            部门(单位)名称 | 芦川县白沙镇人民政府 | |||||
            部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 | ||
            年度资金总额: | 846.2 | 903.5 | 10 | 10 | 执行率*该指标分值 | |||
            基本支出 | 702.6 | 688.1 |
            10 | 10 | ||||
            项目支出 | 143.6 | 215.4 | 10 | 10 | ||||
            其他 | |||||||
            年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | ||||
            """)
        #expect(r.funding.map(\.item) == ["年度资金总额", "基本支出", "项目支出", "其他"])
        #expect(r.funding.allSatisfy { $0.budget == nil })
        #expect(r.funding.first?.executed == 903.5)
        #expect(r.funding[1].executed == 688.1)
        #expect(r.funding[2].executed == 215.4)
    }

    /// `得分计算方法` says how a score is computed: in an indicator block a criterion column, so its
    /// formula text takes no value's place; in the funds block no figure of the row.
    @Test func scoreFormulaColumn() throws {
        #expect(ColumnRole.of(header: "得分计算方法") == .criterion)
        #expect(FundsReader.column("得分计算方法") == .other)
        let r = try buildFromLines("""
            部门整体支出绩效自评表
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值(A) | 全年实际值(B) | 分值(90分) | 得分 | 得分计算方法 | |
            产出指标 | 数量指标 | 农村道路养护里程 | ≥30公里 | 32公里 | 30 | 30 | 全年实际值/年度指标值*该指标分值 | |
             | 质量指标 | 养护路段优良率 | ≥85% | 88% | 30 | 30 | 全年实际值/年度指标值*该指标分值 | |
            """)
        #expect(r.indicators.map(\.name) == ["农村道路养护里程", "养护路段优良率"])
        #expect(r.indicators.first?.actual?.raw == "32公里")
        #expect(r.indicators.last?.score == 30)
        #expect(r.indicators.last?.note == nil)
    }

    /// NEGATIVE: beside a 全年预算数 the 年初预算数 is no budget.
    @Test func initialBudgetBesideAYearBudget() throws {
        let r = try buildFromLines("""
            项目支出绩效自评表
            项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
            年度资金总额 | 40 | 52.5 | 50.4 | 10 | 96% | 9.6
            """)
        #expect(r.funding.first?.budget == 52.5)
    }

    // MARK: - A rate written as a fraction of one

    /// `0.1` for 94 of 650 (14.5%, written to one decimal), `1` for all of it: percentages. A
    /// fraction the row's figures do not confirm, or a figure above 1, is left alone.
    @Test func rateAsAFraction() {
        #expect(FundsReader.rateAsPercent("0.1", budget: 650, executed: 94) == 10)
        #expect(FundsReader.rateAsPercent("1", budget: 20, executed: 20) == 100)
        #expect(FundsReader.rateAsPercent("0.87", budget: 100, executed: 87.2) == 87)
        #expect(FundsReader.rateAsPercent("0.1", budget: 100, executed: 50) == nil)
        #expect(FundsReader.rateAsPercent("96.5", budget: 100, executed: 96.5) == nil)
        #expect(FundsReader.rateAsPercent("1", budget: 100, executed: 1) == nil)
        #expect(FundsReader.rateAsPercent("0.5", budget: nil, executed: 3) == nil)
    }

    /// The Yunnan-style block `预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率)`.
    @Test func fractionRateInAForm() throws {
        let r = try buildFromLines("""
            项目支出绩效自评表 |
            预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
            ||
            年度财政资金总额 | 420 | 378 | 0.9 | 18 | ||
            年度绩效目标1 (80分) |
            一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
            产出指标 | 数量指标 | 培训农户人数(人) | 300 | 312 | 20 | |
            """)
        #expect(r.funding.first?.budget == 420)
        #expect(r.funding.first?.executed == 378)
        #expect(r.funding.first?.executionRate == 90)
    }

    // MARK: - Titles

    /// `绩效指标(90分)`, `预算执行情况(10分)`: a block of the form with its points is no title; a
    /// title with a bracket after its ending still is one.
    @Test func blockLabelsWithPointsAreNoTitles() {
        #expect(TitleWords.strength("绩效指标(90分)") == nil)
        #expect(TitleWords.strength("预算执行情况（10分）") == nil)
        #expect(TitleWords.strength("芦川县2023年度部门整体支出绩效自评报告") == .strong)
        #expect(TitleWords.strength("青苗种薯繁育项目绩效自评表(2023年度)") == .strong)
    }

    /// A copy that starts inside one form and holds the next: the next form's caption, among the
    /// pipe rows of the first one's conclusion, is the title; its year is the year.
    @Test func captionAmongTheRowsOfATable() throws {
        let r = try buildFromLines("""
            绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
            产出指标 | 数量指标 | 维修桥梁座数 | ≥ | 4 | 座 | 4 | 90 | 90 | ||
            评价结论 | 按计划完成维修。 | ||||||
            项目负责人:王某 | 财务负责人:李某 | |||||||
            部门预算项目支出绩效自评表(2023年度) | ||||||||
            项目名称 | 51000000-桥梁维修项目 | |||||||
            主管部门 | 芦川县交通运输局 | 实施单位 | 芦川县交通运输局 | |||||
            """)
        #expect(r.metadata.title == "部门预算项目支出绩效自评表(2023年度)")
        #expect(r.metadata.year == 2023)
        #expect(r.indicators.map(\.name) == ["维修桥梁座数"])
    }

    /// `第五部分 附件 某局…报告 一、…`: the part's number and the attachment's mark both go.
    @Test func runInTitleAfterAPartAndAnAttachmentMark() {
        #expect(RunInTitle.title(startingLine: "第三部分 附件 芦川县医疗保障局2022年度部门整体支出绩效评价报告 一、部门概况 （一）基本情况")
            == "芦川县医疗保障局2022年度部门整体支出绩效评价报告")
    }

    /// A page titled only `2023年度绩效自评` over a summary table of projects (项目名称 | 项目实施单位)
    /// and the department's own report title: a department's evaluation.
    @Test func reportTitleLineOverALayoutGuess() throws {
        let r = try buildFromLines("""
            芦川县医疗保障局
            2023年度绩效自评
            发布时间:2024-05-20    来源:医疗保障局
            部门绩效自评结果公开汇总表
            主管部门:               单位:万元
            序号 项目名称 项目实施单位 预算数(调整后) 执行数 结余数 自评得分
            1 医疗救助补助资金 芦川县医疗保障局 120.5 120.5 0 100
            2 经办服务经费 芦川县医疗保障局 8 8 0 100
            附件3
            芦川县医疗保障局
            2023年度整体支出绩效自评报告
            为贯彻落实预算绩效管理要求，现将自评情况报告如下。
            """)
        #expect(r.metadata.kind == .departmentEvaluation)
        #expect(r.metadata.publishedOn == "2024-05-20")
    }

    /// A 绩效目标申报表 declares targets: no evaluation, whatever its layout; a 自评表 is one.
    @Test func targetDeclarationIsNoEvaluation() {
        #expect(MetadataInterpreter.kind(title: "财政支出绩效目标申报表(2021年度)", lines: ["项目名称", "主管部门名称", "项目实施单位"], tables: []) == .other)
        #expect(MetadataInterpreter.kind(title: "项目支出绩效目标申报表", lines: [], tables: []) == .other)
        #expect(MetadataInterpreter.kind(title: "项目支出绩效自评表(2021年度)", lines: [], tables: []) == .projectEvaluation)
    }

    // MARK: - Metadata

    /// `公开目录 | 绩效评价 | 发布日期 | 2022-08-03 |`: a Yunnan site's catalogue label is a label,
    /// so the date after it is read.
    @Test func catalogueLabelInAPipeRow() throws {
        let r = try buildFromLines("""
            索引号 | 01520000-3-/2022-0801001 | 发布机构 | 芦川县农业农村局 |
            公开目录 | 绩效评价 | 发布日期 | 2022-08-03 |
            文号 | 浏览量 | 31 |
            芦川县农业农村局2021年度项目支出绩效自评报告
            一、自评结论
            """)
        #expect(r.metadata.publishedOn == "2022-08-03")
        #expect(r.metadata.indexNumber == "01520000-3-/2022-0801001")
    }

    /// The body that made the template (`某市财政局制` on a cover) is no candidate; `制定` goes on.
    @Test func templateMakerIsNoName() {
        #expect(OrganizationNames.find(in: ["苇塘市财政局制"]).isEmpty)
        #expect(OrganizationNames.find(in: ["苇塘市财政局（制）"]).isEmpty)
        #expect(OrganizationNames.find(in: ["苇塘市财政局制定了管理办法"]) == ["苇塘市财政局"])
    }

    /// A township named by its place alone (a page's 发布机构) is its government; `(公章)` after a
    /// name is dropped.
    @Test func townshipGovernment() {
        #expect(OrganizationNames.townshipGovernment("苇塘市青石镇") == "苇塘市青石镇人民政府")
        #expect(OrganizationNames.townshipGovernment("苇塘县柳河乡") == "苇塘县柳河乡人民政府")
        #expect(OrganizationNames.townshipGovernment("苇塘市财政局") == nil)
        #expect(OrganizationNames.townshipGovernment("乡镇") == nil)
        #expect(OrganizationNames.clean("青石镇人民政府(公章)") == "青石镇人民政府")
    }

    /// A cover page: 发布机构 a township, `部门(单位)全称:` its government, the finance bureau that
    /// made the template under it. The issuer is the township's government, in full.
    @Test func coverPageIssuer() throws {
        let r = try buildFromLines("""
            索 引 号: 13500000/2023-01234 | 主题分类: 财政 | 发布机构: 苇塘市青石镇 |
            成文日期: 2023-07-11 | 文件编号: | 有 效 性: 有效 |
            部门整体支出绩效评价自评报告
            ( 2022 年度)
            部门(单位)全称: 青石镇人民政府 (公章)
            填报日期 年 月 日
            苇塘市财政局制
            一、部门基本情况
            青石镇人民政府负责全镇经济社会发展。
            """)
        #expect(r.metadata.issuer == "苇塘市青石镇人民政府")
        #expect(r.metadata.year == 2022)
    }

    // MARK: - Score items

    /// A score row's label is an item's name only when it is words: a figure, a label wholly in
    /// brackets (a level's weight whose name was lost) or a note's sentence is none.
    @Test func scoreItemNames() {
        #expect(ScoresReader.isItemName("可行性"))
        #expect(ScoresReader.isItemName("投入"))
        #expect(!ScoresReader.isItemName("95%"))
        #expect(!ScoresReader.isItemName("(20分)"))
        #expect(!ScoresReader.isItemName("（特性指标70分）"))
        #expect(!ScoresReader.isItemName("新增死亡人员，导致有偏差"))
    }

    // MARK: - Grades and totals in prose

    /// `绩效评分98分，自评为优`, `评价结果为:优秀`: the total and the grade; `自评为中央…` is none.
    @Test func gradeAndTotalSaidOfTheSelfEvaluation() {
        #expect(ScoresReader.grade(in: ["项目严格按方案实施，绩效评分98分，自评为优。"], tables: []) == "优")
        #expect(ScoresReader.grade(in: ["通过客观公正的评价，得出综合评价结果为:优秀。"], tables: []) == "优")
        #expect(ScoresReader.grade(in: ["本项目自评为“良好”等次。"], tables: []) == "良")
        #expect(ScoresReader.grade(in: ["该资金自评为中央补助资金的一部分。"], tables: []) == nil)
        #expect(ScoresReader.proseTotal(in: ["项目严格按方案实施，绩效评分98分，自评为优。"]) == 98)
        #expect(ScoresReader.proseTotal(in: ["绩效评分标准：满分100分"]) == nil)
    }

    // MARK: - A report run into one line

    /// A report whose sections a copy ran into one long line, no title: `一、转移支付基本情况…`
    /// opening it is the transfer-payment report's first section. A line that opens with
    /// another section, or that names 转移支付 only later, says nothing of the kind.
    @Test func transferPaymentSectionOpeningALongLine() {
        let tail = String(repeating: "资金按进度拨付到位，项目按计划推进，群众满意度较高，", count: 4)
        let transfer = "一、转移支付基本情况2022年省级下达青岚市农村道路养护补助共1520万元," + tail
        #expect(transfer.count > 80)
        #expect(MetadataInterpreter.kind(title: nil, lines: [transfer], tables: []) == .transferPaymentEvaluation)
        let project = "一、项目基本情况本年度青岚市开展农村道路养护,资金来源为转移支付," + tail
        #expect(!MetadataInterpreter.opensWithTransferPaymentSection(project))
        #expect(MetadataInterpreter.kind(title: nil, lines: [project], tables: []) != .transferPaymentEvaluation)
        #expect(!MetadataInterpreter.opensWithTransferPaymentSection("转移支付基本情况说明如下," + tail))
    }

    // MARK: - Bodies named by level alone

    /// `…社会保障厅、自治区财政厅关于印发…`: a body named by its autonomous level alone, its
    /// region's name left out, is no body the running text names (as `县财政局` is none); a
    /// full name (`云岭藏族自治州民政局`) still is.
    @Test func bodyNamedByAutonomousLevelAlone() {
        let found = OrganizationNames.find(in: ["按照省人力资源厅、自治区财政厅关于印发管理办法的通知要求执行,"])
        #expect(!found.contains("自治区财政厅"))
        #expect(OrganizationNames.find(in: ["、云岭藏族自治州民政局下达资金"]) == ["云岭藏族自治州民政局"])
        #expect(OrganizationNames.startsWithBareLevel("自治州民政局"))
        #expect(!OrganizationNames.startsWithBareLevel("云岭藏族自治州民政局"))
    }

    // MARK: - A row cut short

    /// `产出指标 | 质量指标 | 某名称 | = | 100 |`, the rest of the row lost: the value after the
    /// 指标性质 sign is the target, not the actual (ending at either costs the same; the earlier
    /// end wins). A whole row still puts its actual in the 完成值 column.
    @Test func rowCutShortAfterItsTarget() {
        let header = ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"]
        let roles = header.map(ColumnRole.of)
        let aligner = RowAligner(roles: roles)
        let target = roles.firstIndex(of: .target)!, actual = roles.firstIndex(of: .actual)!
        let cut = aligner.alignRow(["产出指标", "质量指标", "巡查路段验收合格率", "=", "100"])
        #expect(cut[target] == "100")
        #expect(cut[actual] == nil)
        let whole = aligner.alignRow(["产出指标", "质量指标", "巡查路段验收合格率", "≥", "95", "%", "98", "10", "10"])
        #expect(whole[target] == "95")
        #expect(whole[actual] == "98")
    }

    // MARK: - A 合计 row's lone figure

    /// `合计 | 100 |` under a form with 权重 and 得分 columns, its rows scoring 45 of 45: the
    /// form's full points the template prints in the weight cell, no score. A lone figure other
    /// than 100, or a lone 100 the rows' scores add up to, stays the score; two figures are the
    /// weight and the score.
    @Test func loneFullPointsInATotalRow() {
        let roles = ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"].map(ColumnRole.of)
        func row(_ w: Double, _ s: Double) -> Indicator {
            Indicator(name: "养护里程", weight: w, score: s)
        }
        let rows = [row(45, 45)]
        let lone = IndicatorReader.total(["合计", "100", nil, nil, nil, nil, nil], roles: roles, rows: rows)
        #expect(lone.weight == 100 && lone.score == nil)
        let other = IndicatorReader.total(["合计", "92", nil, nil, nil, nil, nil], roles: roles, rows: rows)
        #expect(other.weight == nil && other.score == 92)
        let perfect = IndicatorReader.total(["合计", "100", nil, nil, nil, nil, nil], roles: roles, rows: [row(60, 60), row(40, 40)])
        #expect(perfect.score == 100)
        let both = IndicatorReader.total(["合计", nil, nil, nil, nil, "100", "93"], roles: roles, rows: rows)
        #expect(both.weight == 100 && both.score == 93)
    }
}
