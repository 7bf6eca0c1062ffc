import Foundation
@testable import ReportCore
import ReportModel
import Testing

@Suite struct InterpretationTests {
    /// A form not among the samples: a project form with 分值/得分 columns, funds in 元,
    /// level labels spaced and weighted, a stated rate that is wrong, a missed target.
    static let projectForm = """
        某某县教育局2023年度项目支出绩效自评表
        项目名称 | 学生资助项目 | | | | |
        主管部门 | 某某县教育局 | 实施单位 | 某某县第一中学 | | |
        项目资金(元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
        年度资金总额 | 1,000,000 | 1,200,000 | 1,080,000 | 10 | 95.00% | 9
        其中:当年财政拨款 | 1,000,000 | 1,200,000 | 1,080,000 | | 90.00% |
        上年结转资金 | | | | | |
        一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
        产 出 指 标(50分) | 数量指标 | 资助学生人数 | ≥1200人 | 0.11万人 | 20 | 18 | 部分学生转学
        质量指标 | 资助准确率 | 100% | 100% | 15 | 15 | 无
        时效指标 | 资金发放及时率 | ≥95% | 90% | 15 | 10 | 发放延迟
        效益指标 | 社会效益指标 | 家庭负担减轻 | 有所减轻 | 明显减轻 | 20 | 20 |
        满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥90% | 96% | 10 | 10 |
        总分 | | | | | 100 | 82 |
        评价等级为“良”。本项目设置三级指标6个。
        """

    @Test func projectFormFields() throws {
        let r = try buildFromLines(Self.projectForm)
        #expect(r.metadata.kind == .projectEvaluation)
        #expect(r.metadata.issuer == "某某县教育局")
        #expect(r.metadata.year == 2023)

        #expect(r.funding.map(\.item) == ["年度资金总额", "当年财政拨款", "上年结转资金"])
        #expect(r.funding[0].budget == 120)
        #expect(r.funding[0].executed == 108)
        #expect(r.funding[0].executionRate == 95)
        #expect(r.funding[2].budget == nil)
        #expect(r.warnings.contains { $0.code == "funds-converted-from-yuan" })
        #expect(r.warnings.contains { $0.code == "rate-mismatch" && $0.row == 0 })

        #expect(r.indicators.map(\.name) == ["资助学生人数", "资助准确率", "资金发放及时率", "家庭负担减轻", "学生满意度"])
        let first = r.indicators[0]
        #expect(first.level1 == "产出指标")
        #expect(first.weight == 20)
        #expect(first.score == 18)
        #expect(first.note == "部分学生转学")
        #expect(first.met == false)  // 0.11万人 = 1100 < 1200
        #expect(r.indicators[1].level1 == "产出指标")
        #expect(r.indicators[1].note == nil)
        #expect(r.indicators[2].met == false)
        #expect(r.indicators[3].level1 == "效益指标")
        #expect(r.indicators[3].met == nil)
        #expect(r.indicators[4].level2 == "服务对象满意度指标")
        #expect(r.indicators[4].met == true)
        #expect(r.warnings.filter { $0.code == "target-missed" }.map(\.row) == [0, 2])
        #expect(r.warnings.contains { $0.code == "indicator-count-mismatch" })

        #expect(r.scores?.total == 82)
        #expect(r.scores?.grade == "良")
    }

    @Test func joinsTargetsAndResultsByName() throws {
        let r = try buildFromLines("""
            某县医疗保障局2022年度部门整体支出绩效自评报告
            一、目标
            一级指标 | 二级指标 | 三级指标 | 指标值
            产出指标 | 数量指标 | 参保人数 | ≥100人
            | 质量指标 | 知晓率 | ≥90%
            二、完成
            指标 | 完成情况
            知晓率 | 95%
            参保人数 | 120人
            群众满意度 | 98%
            """)
        #expect(r.indicators.map(\.name) == ["参保人数", "知晓率", "群众满意度"])
        #expect(r.indicators[0].actual?.value == 120)
        #expect(r.indicators[0].met == true)
        #expect(r.indicators[1].actual?.raw == "95%")
        #expect(r.indicators[2].target == nil)
        #expect(r.indicators[2].actual?.value == 98)
    }

    @Test func unitsThatDoNotConvertAreNotCompared() throws {
        let row = Indicator(name: "x", target: ValueParser.target("不低于30天"), actual: ValueParser.actual("不少于6个月"))
        #expect(CrossChecks.evaluate(row) == nil)
        let hours = Indicator(name: "y", target: ValueParser.target("≤2小时"), actual: ValueParser.actual("90分钟"))
        #expect(CrossChecks.evaluate(hours) == true)
    }

    /// A sheet flattened out of order puts header words and weights where names go: none of
    /// them is an indicator, and each such row is said in a warning.
    @Test func headerWordsAndWeightsAreNoIndicatorNames() throws {
        #expect(IndicatorReader.isHeaderFragment("(50分"))
        #expect(IndicatorReader.isHeaderFragment("（30分）"))
        #expect(IndicatorReader.isHeaderFragment("完成值"))
        #expect(IndicatorReader.isHeaderFragment("实 际"))
        #expect(!IndicatorReader.isHeaderFragment("目标完成率"))
        #expect(!IndicatorReader.isHeaderFragment("满意度90分以上人数"))
        let r = try buildFromLines("""
            某某县2022年度项目支出绩效自评表
            一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
            产出指标 | 数量指标 | 参保人数 | 8000人 | 7900人 | 15 | 14
            产出指标 | 质量指标 | (50分 | 某某县医疗保险服务中心 | | |
            产出指标 | 质量指标 | 完成值 | 指标值 | | |
            满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10
            """)
        #expect(r.indicators.map(\.name) == ["参保人数", "群众满意度"])
        #expect(r.warnings.filter { $0.code == "indicator-row-unread" }.count == 2)
    }

    @Test func levelInferredFromLevel2() {
        #expect(IndicatorLevels.level1(of: "产") == "产出指标")
        #expect(IndicatorLevels.level1(of: "产 出\n指 标") == "产出指标")
        #expect(IndicatorLevels.level1(of: "效益指标(30分)") == "效益指标")
        #expect(IndicatorLevels.level2Parent(of: "社会效益") == "效益指标")
        #expect(IndicatorLevels.level2Parent(of: "服务对象") == "满意度指标")
        #expect(IndicatorLevels.level2Parent(of: "数量指标（20分）") == "产出指标")
        #expect(IndicatorLevels.level2Parent(of: "社 会 公 众") == "满意度指标")
        #expect(IndicatorLevels.level2Parent(of: "数") == nil)
        #expect(IndicatorLevels.level2Parent(of: "完成率") == nil)
        #expect(IndicatorLevels.stripped("产出指标 (50分) ") == "产出指标")
        #expect(IndicatorLevels.stripped("指标 50分") == "指标")
        #expect(IndicatorLevels.stripped("满意度 ") == "满意度")
        #expect(IndicatorLevels.level2Parent(of: "经济成本指标") == "成本指标")
    }
}

@Suite struct TableSegmenterTests {
    /// A 一级指标 misread (a scan's OCR) is one of the contract's four names or null, never the
    /// misreading itself.
    @Test func level1IsOneOfTheFourNamesOrNull() throws {
        #expect(IndicatorLevels.nearestLevel1(of: "产山指标") == "产出指标")
        #expect(IndicatorLevels.nearestLevel1(of: "满意度指木(10分)") == "满意度指标")
        #expect(IndicatorLevels.nearestLevel1(of: "数量指标") == nil)
        #expect(IndicatorLevels.nearestLevel1(of: "工作成效") == nil)
        let r = try buildFromLines("""
            一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值
            效益捐标 | 社会效益指标 | 群众就医负担减轻 | 有所减轻 | 明显减轻
            “数量指标 | 数量指标 | 培训人次 | ≥300人次 | 320人次
            蓝色 | 其他 | 宣传册发放 | 500份 | 520份
            """)
        #expect(r.indicators.map(\.level1) == ["效益指标", "产出指标", nil])
        #expect(r.warnings.contains { $0.code == "indicator-level1-corrected" && $0.message.contains("效益捐标") })
        #expect(r.warnings.filter { $0.code == "indicator-level1-unknown" }.count == 2)
    }

    @Test func sentenceMentioningBudgetIsNotAHeader() {
        #expect(TableSegmenter.headerKind(["执行准确性", "按照上级下达和本级预算安排的金额执行,不存在执行数偏离预算数较多的问题。"]) == nil)
        #expect(TableSegmenter.headerKind(["资金投入情况", "全年预算数(A)", "全年执行数(B)", "预算执行率"]) == .funds)
        #expect(TableSegmenter.headerKind(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]) == .indicators)
        #expect(TableSegmenter.headerKind(["年度总体目标", "年初设定目标", "全年实际完成情况"]) == .goals)
        #expect(TableSegmenter.headerKind(["一级指标", "指标分值", "自评得分"]) == .scores)
        #expect(TableSegmenter.headerKind(["说明", "无"]) == .notes)
    }
}

@Suite struct MetadataBlockTests {
    /// A printed page's metadata block arrives as a table: it feeds metadata like label lines do.
    @Test func metadataTableFeedsMetadata() throws {
        let grid = TableGrid(rows: [["索引号", "11331022MB1686075F/2023-115183", "文号", ""],
                                    ["成文日期", "2023-07-27", "发布机构", "县医疗保障局"],
                                    ["公开方式", "主动公开", "有效性", ""]], positional: true)
        let doc = Document(blocks: [
            .paragraph("首页 >> 政务公开"), .table(grid),
            .heading("三门县医疗保障局2023年上半年工作总结", level: 1),
            .paragraph("2023-10-25 16:36 来源:县医疗保障局"),
            .paragraph("一、上半年工作总结"), .paragraph("正文。"),
        ])
        let r = try ReportBuilder.build(doc, source: SourceInfo(file: "a.pdf", format: "pdf", sha256: "0"))
        #expect(r.metadata.indexNumber == "11331022MB1686075F/2023-115183")
        #expect(r.metadata.publishedOn == "2023-10-25")
        #expect(r.metadata.issuer == "三门县医疗保障局")
        #expect(r.metadata.title == "三门县医疗保障局2023年上半年工作总结")
        #expect(r.sections.map(\.title) == ["上半年工作总结"])
        #expect(r.tables.count == 1)
    }

    @Test func labelLinesInEveryLayout() {
        var reader = MetadataLineReader()
        for line in ["索引号11331022MB1686075F/2023-115183 文号", "成文日期2023-07-27 发布机构县医疗保障局", "• 发布日期", "    2023-04-26"] {
            let consumed = reader.consume(line)
            #expect(consumed, "\(line)")
        }
        #expect(reader.values[.indexNumber] == "11331022MB1686075F/2023-115183")
        #expect(reader.values[.writtenOn] == "2023-07-27")
        #expect(reader.values[.issuer] == "县医疗保障局")
        #expect(reader.values[.publishedOn] == "2023-04-26")
        let heading = reader.consume("一、部门基本情况")
        #expect(!heading)
    }
}

@Suite struct TitleTests {
    @Test func wrappedTitleIsJoined() throws {
        let r = try buildFromLines("""
            泸西县医疗保障局2022年度部门整体支出绩效自评
            报告
            一、部门基本情况
            正文。
            """)
        #expect(r.metadata.title == "泸西县医疗保障局2022年度部门整体支出绩效自评报告")
        #expect(r.sections.count == 1)
        #expect(r.metadata.issuer == "泸西县医疗保障局")
    }

    @Test func issuerAfterGuanYu() {
        #expect(MetadataInterpreter.leadingOrganization("关于某某县财政局2023年度项目支出绩效自评报告") == "某某县财政局")
    }
}

@Suite struct FundsReaderTests {
    @Test func placeholderIsNotALabel() {
        #expect(!FundsReader.isWordy("—"))
        #expect(!FundsReader.isWordy("12.5"))
        #expect(FundsReader.isWordy("上年结转资金"))
    }

    /// A blank funds row whose 分值/得分 cells hold `—` keeps its own label.
    @Test func blankRowWithPlaceholders() {
        let grid = TableGrid(rows: [["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                                    ["年度资金总额", "100", "120", "108", "10", "90%", "9"],
                                    ["上年结转资金", "", "", "", "—", "", "—"],
                                    ["其他资金", "", "", "", "—", "", "—"]], positional: true)
        let view = TableView(grid)
        let segment = TableSegmenter.segments(of: view)[0]
        var warnings: [ReportWarning] = []
        let rows = FundsReader.read(view, segment, warnings: &warnings)
        #expect(rows.map(\.item) == ["年度资金总额", "上年结转资金", "其他资金"])
        #expect(rows[0].budget == 120)
        #expect(rows[1].budget == nil)
    }
}

@Suite struct GoalsReaderTests {
    @Test func blockLabelIsNotTheAchievedColumn() {
        let grid = TableGrid(rows: [["总体目标完成情况", "总体目标", "全年实际完成情况"], ["", "提升服务能力。", "已提升服务能力。"]],
                             spans: [CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1)], positional: true)
        let view = TableView(grid)
        let segment = TableSegmenter.segments(of: view)[0]
        let goals = GoalsReader.read(view, segment)
        #expect(goals.planned == ["提升服务能力。"])
        #expect(goals.achieved == ["已提升服务能力。"])
    }

    @Test func kindFollowsTheFormTheTitleNames() throws {
        let r = try buildFromLines("某县2023年基本公共卫生服务补助资金项目支出绩效自评表\n正文。")
        #expect(r.metadata.kind == .projectEvaluation)
        let t = try buildFromLines("某省2023年医疗服务与保障能力提升补助资金绩效自评表\n正文。")
        #expect(t.metadata.kind == .transferPaymentEvaluation)
    }
}
