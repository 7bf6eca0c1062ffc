import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Indicator rows with no header over them: cells run together (`GluedCells`), each row placed
/// by what its cells hold (`HeaderlessRow`), found in text (`HeaderlessRowsFinder`) and in
/// tables of any format (`TableSegmenter`). Invented content, positive and negative.
@Suite struct HeaderlessRowsTests {
    // MARK: - Cells run together

    @Test func gluedCellsAreCutAtTheTemplatesSeams() {
        #expect(GluedCells.split("产出指标数量指标到户补贴发放率=100%") == ["产出指标", "数量指标", "到户补贴发放率", "=100%"])
        #expect(GluedCells.split("产出指标(50分)质量指标验收合格率≥98%") == ["产出指标(50分)", "质量指标", "验收合格率", "≥98%"])
        #expect(GluedCells.split("满意度指标服务对象满意度指标村民满意度≥90%") == ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"])
        #expect(GluedCells.split("成本指标经济成本指标单位造价≤300元/平方米") == ["成本指标", "经济成本指标", "单位造价", "≤300元/平方米"])
        #expect(GluedCells.split("巡查频次不少于12次") == ["巡查频次", "不少于12次"])
        // A comparison inside brackets is the name's formula, not its target.
        #expect(GluedCells.split("结转率(结转数/预算数≤1)≤8%") == ["结转率(结转数/预算数≤1)", "≤8%"])
        #expect(GluedCells.split("合计100") == ["合计", "100"])
        #expect(GluedCells.split("总分96.5") == ["总分", "96.5"])
    }

    @Test func gluedCellsWithNoCertainSeamStayWhole() {
        // No comparison: where the name ends is not certain.
        #expect(GluedCells.split("培训人数1200人") == ["培训人数1200人"])
        // A comparison not starting a whole quantity.
        #expect(GluedCells.split("完成率=实际数/计划数") == ["完成率=实际数/计划数"])
        // A figure alone before the comparison is no name.
        #expect(GluedCells.split("2023≥95%") == ["2023≥95%"])
        // `产出` alone may begin a name; only the whole label with 指标 is cut.
        #expect(GluedCells.split("产出率≥90%") == ["产出率", "≥90%"])
        #expect(GluedCells.split("合计得分情况") == ["合计得分情况"])
        #expect(GluedCells.split("产出指标") == ["产出指标"])
    }

    // MARK: - One row placed by its cells

    private func placed(_ cells: [String]) -> [String?]? { HeaderlessRow.place(cells) }

    @Test func aFullRowIsPlacedInTheTemplatesColumns() {
        #expect(placed(["产出指标", "数量指标", "建成便民站点", "≥15个", "16个", "20", "19", "一处延期验收"])
                == ["产出指标", "数量指标", "建成便民站点", "≥15个", "16个", "20", "19", "一处延期验收"])
        // A lone bare number is the weight; the score left empty vanished.
        #expect(placed(["站点覆盖率", "=100%", "12.5"]) == [nil, nil, "站点覆盖率", "=100%", nil, "12.5", nil, nil])
        // Three bare numbers: the actual written without its unit, the weight, the score.
        #expect(placed(["维修次数", "≥40次", "42", "10", "10"]) == [nil, nil, "维修次数", "≥40次", "42", "10", "10", nil])
        // Qualitative target and actual.
        #expect(placed(["效益指标", "社会效益指标", "居民出行条件", "有所改善", "明显改善", "10", "9"])
                == ["效益指标", "社会效益指标", "居民出行条件", "有所改善", "明显改善", "10", "9", nil])
        // A quantity target with a qualitative actual.
        #expect(placed(["资料归档", "=100%", "达标", "5", "5"]) == [nil, nil, "资料归档", "=100%", "达标", "5", "5", nil])
        // A level-2 word followed by a target is the name.
        #expect(placed(["服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10"])
                == [nil, "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", nil])
        #expect(placed(["合计", "90", "87.5"]) == [nil, nil, "合计", nil, nil, "90", "87.5", nil])
        #expect(placed(["效益指标"]) == ["效益指标", nil, nil, nil, nil, nil, nil, nil])
    }

    @Test func cellsThatAreNoIndicatorRowArePlacedNowhere() {
        #expect(placed(["项目名称", "农村道路养护"]) == nil)
        #expect(placed(["20", "20", "18"]) == nil)
        #expect(placed(["养护里程", "32公里"]) == [nil, nil, "养护里程", "32公里", nil, nil, nil, nil])
        #expect(placed(["全年共完成养护里程32公里，超出计划。", "≥30公里"]) == nil)
        // A name with no target after it.
        #expect(placed(["产出指标", "数量指标", "养护里程"]) == nil)
        // A qualitative word alone after a name is no certain target.
        #expect(placed(["群众反映", "较好"]) == nil)
        // A header row.
        #expect(placed(["三级指标", "年度指标值", "实际完成值"]) == nil)
    }

    // MARK: - In text

    /// The whole body on one line, cells run together, a lone weight a row, a closing total
    /// and the form's closing lines after it: every row read; the closing lines stay text.
    @Test func rowsRunTogetherOnOneLine() throws {
        let r = try buildFromLines("""
            产出指标数量指标护林员补助发放率=100% 25 巡山天数≥200天 25 时效指标补助按月发放率≥95% 20 效益指标生态效益指标林区火灾发生率(火灾次数/巡护次数)≤1% 20 合计100 评价结论补助按时发放。存在问题无改进措施无项目负责人:财务负责人:
            """)
        #expect(r.indicators.map(\.name) == ["护林员补助发放率", "巡山天数", "补助按月发放率", "林区火灾发生率(火灾次数/巡护次数)"])
        #expect(r.indicators.map(\.level1) == ["产出指标", "产出指标", "产出指标", "效益指标"])
        #expect(r.indicators.map(\.level2) == ["数量指标", "数量指标", "时效指标", "生态效益指标"])
        #expect(r.indicators[1].target == TargetValue(raw: "≥200天", operator: .atLeast, value: 200, unit: "天"))
        #expect(r.indicators.map(\.weight) == [25, 25, 20, 20])
        #expect(r.indicators.allSatisfy { $0.score == nil && $0.actual == nil })
        // 合计 100 adds up the weights: no score.
        #expect(r.scores?.total == nil)
        #expect(r.sections.flatMap(\.paragraphs).contains { $0.hasPrefix("评价结论补助按时发放。") })
    }

    /// Rows one a line, spaced, indented where the merged labels were: read, with their
    /// actuals, weights, scores, a note, and the total's score.
    @Test func spacedRowsWithNoHeader() throws {
        let r = try buildFromLines("""
            芦川县水利局2023年度农村供水维修养护资金绩效自评表

            产出指标 数量指标 维修供水工程 ≥45处 47处 20 20
                              水质检测次数 ≥4次 4次 10 10
                     质量指标 维修工程验收合格率 =100% 100% 20 20
            效益指标 社会效益指标 农村供水保障水平 有所提升 明显提升 20 18 个别工程水源不稳
            满意度指标 服务对象满意度指标 受益群众满意度 ≥90% 92% 10 10
            合计 80 78
            """)
        #expect(r.indicators.count == 5)
        #expect(r.indicators.map(\.level2) == ["数量指标", "数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"])
        #expect(r.indicators[1].actual == ActualValue(raw: "4次", value: 4, unit: "次"))
        #expect(r.indicators[3].actual?.raw == "明显提升")
        #expect(r.indicators[3].score == 18)
        #expect(r.indicators[3].note == "个别工程水源不稳")
        #expect(r.scores?.total == 78)
    }

    /// A layout dump's rows with no header: cells split by runs of spaces, a name and a cut
    /// level label wrapped onto lines of their own, which join the row above.
    @Test func layoutRowsWithWrappedCells() throws {
        let r = try buildFromLines("""
                产出指标      数量指标      新建公共厕所              ≥30座       31座        20     20
                                            改造公共厕所              ≥50座       50座        10     10
                效益指标      社会效益指标  农村人居环境整治成效      有所提升    明显提升    20     19
                                            情况
                满意度指标    服务对象满    村民满意度                ≥90%        94%         10     10
                              意度指标
            """)
        #expect(r.indicators.map(\.name) == ["新建公共厕所", "改造公共厕所", "农村人居环境整治成效情况", "村民满意度"])
        #expect(r.indicators[3].level2 == "服务对象满意度指标")
        #expect(r.indicators[3].level1 == "满意度指标")
        #expect(r.indicators[2].score == 19)
    }

    /// A target split into its sign, figure and unit (the 运算符 / 指标值 / 度量单位 columns),
    /// an actual with its unit apart: joined as the contract writes them.
    @Test func splitTargetsAreJoined() throws {
        let r = try buildFromLines("""
            产出指标 数量指标 培训基层医务人员 ≥ 300 人次 312 人次 10 10
            质量指标 培训考核合格率 ≥ 90 % 96% 10 9
            """)
        #expect(r.indicators.count == 2)
        #expect(r.indicators[0].target == TargetValue(raw: "≥300人次", operator: .atLeast, value: 300, unit: "人次"))
        #expect(r.indicators[0].actual == ActualValue(raw: "312人次", value: 312, unit: "人次"))
        #expect(r.indicators[1].target?.raw == "≥90%")
        #expect(r.indicators[1].score == 9)
    }

    /// Prose naming a level, and a single row with no header, make no table.
    @Test func proseAndASingleRowAreNoTable() throws {
        let prose = try buildFromLines("""
            产出指标完成情况良好，全年维修供水工程47处，水质检测4次，均达到年初目标。
            效益指标方面，农村供水保障水平明显提升。
            """)
        #expect(prose.indicators.isEmpty)
        #expect(prose.tables.isEmpty)
        let single = try buildFromLines("""
            产出指标 数量指标 维修供水工程 ≥45处 47处 20 20
            以上为本年度主要指标完成情况。
            """)
        #expect(single.indicators.isEmpty)
    }

    // MARK: - In tables

    /// A table continued after a page break without its header (a second markup table): its
    /// rows are read under the templates' columns, joined to the first table's.
    @Test func aTableContinuedWithoutItsHeader() throws {
        let first = TableGrid(rows: [
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "补贴农户", "≥300户", "312户", "20", "20"],
        ], headerRowCount: 1, positional: true)
        let second = TableGrid(rows: [
            ["效益指标", "经济效益指标", "户均增收", "≥500元", "520元", "20", "19"],
            ["", "社会效益指标", "农机化水平", "有所提升", "明显提升", "10", "10"],
            ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "95%", "20", "20"],
        ], positional: true)
        let r = try ReportBuilder.build(Document(blocks: [.table(first), .table(second)]),
                                        source: SourceInfo(file: "c.html", format: "html", sha256: "0"))
        #expect(r.indicators.map(\.name) == ["补贴农户", "户均增收", "农机化水平", "农户满意度"])
        #expect(r.indicators[2].level1 == "效益指标")
        #expect(r.indicators[3].score == 20)
        #expect(r.tables.count == 2)
    }

    /// A table of figures with names but no level label anywhere is not read as indicators.
    @Test func aTableWithNoLevelLabelIsNotRead() throws {
        let grid = TableGrid(rows: [
            ["培训人次", "≥300人次", "320人次"],
            ["发放资料", "≥1000份", "1200份"],
        ], positional: true)
        let r = try ReportBuilder.build(Document(blocks: [.table(grid)]), source: SourceInfo(file: "t.html", format: "html", sha256: "0"))
        #expect(r.indicators.isEmpty)
    }

    // MARK: - A head block run together

    /// `…主管部门某县某局实施单位某股项目资金(万元)…`: the value is what stands between its label
    /// and the next head label; a label in prose with no head label after it gives nothing.
    @Test func headLabelsRunTogetherWithTheirValues() throws {
        let head = "2023年度县级专项资金绩效目标自评表专项资金名称县级应急物资储备负责人及电话王某某县级主管部门芦川县应急管理局实施单位物资保障股项目资金(万元)全年预算数(A)全年执行数(B)"
        #expect(GluedLabels.value(after: "主管部门", in: head) == "芦川县应急管理局")
        #expect(GluedLabels.value(after: "实施单位", in: head) == "物资保障股")
        #expect(GluedLabels.value(after: "主管部门", in: "项目资金由主管部门审核后拨付到位。") == nil)
        #expect(!GluedLabels.holdsProjectHead(head))
        let project = "绩效目标自评表(2023年度)项目名称芦川县小型水库除险加固项目负责人及电话李某主管部门芦川县水利局实施单位芦川县水利局资金情况(万元)全年预算数(A)"
        #expect(GluedLabels.holdsProjectHead(project))
        #expect(!GluedLabels.holdsProjectHead("项目名称、主管部门" + String(repeating: "及其他说明文字", count: 30) + "实施单位"))
        let long = String(repeating: "现将自评情况报告如下。", count: 4)
        let r = try buildFromLines(long + project + "年度资金总额:2020100%")
        #expect(r.metadata.kind == .projectEvaluation)
        #expect(r.metadata.issuer == "芦川县水利局")
    }

    /// A text going on right under the last row, with no blank line between, starts its next
    /// section with a numbered heading: that is no wrapped end of the last row's name.
    @Test func aNumberedHeadingUnderTheLastRowIsNoWrap() throws {
        let r = try buildFromLines(Self.rowsThenHeading)
        #expect(r.indicators.map(\.name) == ["接收进馆档案", "档案数字化合格率", "查档群众满意度"])
        #expect(r.sections.map(\.title) == ["绩效指标完成情况", "存在的问题"])
        #expect(!HeaderlessRowsFinder.isWrap(["二、存在的问题"]))
        #expect(!HeaderlessRowsFinder.isWrap(["（三）其他"]))
        #expect(HeaderlessRowsFinder.isWrap(["人数"]))
    }

    /// Headerless rows with the next section's heading right under the last (shared with
    /// `DoubleSpacingTests`, which pastes them one `<p>` a line).
    static let rowsThenHeading = """
        青禾县档案馆2023年度部门整体支出绩效自评报告
        一、绩效指标完成情况
        产出指标 数量指标 接收进馆档案 ≥3000卷 3260卷 20 20
        质量指标 档案数字化合格率 ≥98% 99% 20 20
        满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10 10
        二、存在的问题
        库房面积不足。
        """
}
