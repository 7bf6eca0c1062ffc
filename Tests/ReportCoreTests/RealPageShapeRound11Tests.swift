import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published self-evaluation forms in the eleventh round of
/// reading them (a web table's cells on indented lines led by their pipes, a 实施进度 column, a
/// province's 项目完成指标 level 1, a page's metadata rows and its form in one table, a 内容概述
/// cell holding the form run together): each on hand-built lines with invented content, positive
/// and negative.
@Suite struct RealPageShapeRound11Tests {
    private func line(_ raw: String) -> BodyItem {
        .line(SourceLine(raw: raw, origin: .textLine, page: nil, emphasized: false, startsBlock: false))
    }

    private func raws(_ items: [BodyItem]) -> [String] {
        items.compactMap { if case .line(let l) = $0 { return l.raw } else { return nil } }
    }

    // MARK: - Cells on indented lines led by their pipes

    @Test func pipeLedLinesJoinIntoRows() {
        let items = ["绩效", "       指标", "        | 一级指标", "        | 二级指标", "        | 三级指标", "        | 指标值", "        | ",
                     "项目完成指标", "        | 数量指标", "        | 送戏场次", "        | ≥8场", "        | 已完成9场", "        | |"].map(line)
        let out = raws(PipeLedCells.join(items))
        #expect(out.count == 2)
        #expect(out[0].compacted == "绩效指标|一级指标|二级指标|三级指标|指标值|")
        #expect(out[1].compacted == "项目完成指标|数量指标|送戏场次|≥8场|已完成9场||")
    }

    @Test func pipeLedNegatives() {
        // A page that indents every line, no pipe leading any: as it was.
        let indented = ["    项目支出绩效自评表", "    项目名称 芦川县道路养护", "    主管部门 芦川县交通运输局", "    实施单位 芦川县公路段"].map(line)
        #expect(raws(PipeLedCells.join(indented)) == ["    项目支出绩效自评表", "    项目名称 芦川县道路养护", "    主管部门 芦川县交通运输局", "    实施单位 芦川县公路段"])
        // Fewer than four pipe-led lines: no such table; the lines stay.
        let few = ["项目名称", "        | 芦川县道路养护", "主管部门", "        | 芦川县交通运输局"].map(line)
        #expect(raws(PipeLedCells.join(few)).count == 4)
        // A blank line ends a row: what follows at the margin is a line of its own.
        let ended = ["一级指标", "        | 二级指标", "        | 三级指标", "        | 指标值", "        | 实际完成值", "", "二、资金使用情况"].map(line)
        let out = raws(PipeLedCells.join(ended))
        #expect(out.last == "二、资金使用情况")
        #expect(out.count == 3)
        // Pipe rows whose first cell is empty (` | 产出指标 | 数量指标 | …`) are rows of their own.
        let rows = ["年度总体目标 | 目标 | 完成情况", " | 目标1:建设服务站 | 建成服务站12个", " | 目标2:培训经办人员 | 培训300人次",
                    " | 目标3:宣传 | 宣传10场", " | 目标4:督查 | 督查4次"].map(line)
        #expect(raws(PipeLedCells.join(rows)).count == 5)
        // Cells written one a line with their bars after them, bars alone between: another shape.
        let bars = ["总分 |", "  |", "  |", "100 |", "99.5 |", "  |", "  |", "  |"].map(line)
        #expect(raws(PipeLedCells.join(bars)).count == 8)
    }

    @Test func pipeLedTableIsReadWithItsProgressColumn() throws {
        let r = try buildFromLines("""
            发布机构：芦川县文化和旅游局 发布日期：2022-03-10
            2021年度乡村书屋建设项目绩效自评报告
            绩效
                   指标
                    | 一级指标
                    | 二级指标
                    | 三级指标
                    | 指标值
                    | 实施进度
                    |
            项目完成指标
                    | 数量指标
                    | 新建书屋数量
                    | ≥6个
                    | 已完成7个
                    |
            项目效益指标
                    | 社会效益指标
                    | 借阅人次
                    | ≥2000人次
                    | 已完成2600人次
                    |
            """)
        #expect(r.indicators.count == 2)
        let first = try #require(r.indicators.first)
        #expect(first.name == "新建书屋数量" && first.level1 == "产出指标" && first.level2 == "数量指标")
        #expect(first.target?.raw == "≥6个" && first.actual?.raw == "已完成7个")
        #expect(r.indicators.last?.level1 == "效益指标")
    }

    // MARK: - 实施进度, and the province's level-1 words

    @Test func progressColumnIsTheActual() {
        #expect(ColumnRole.of(header: "实施进度") == .actual)
        #expect(ColumnRole.of(header: "完成进度") == .actual)
        // NEGATIVE: money's 执行进度 and the level-2 label 进度指标 are no actual column.
        #expect(ColumnRole.of(header: "执行进度") != .actual)
        #expect(ColumnRole.of(header: "进度指标") != .actual)
    }

    @Test func projectLevel1Words() {
        #expect(IndicatorLevels.level1(of: "项目完成指标") == "产出指标")
        #expect(IndicatorLevels.level1(of: "项目完成") == "产出指标")
        #expect(IndicatorLevels.level1(of: "项目效益指标") == "效益指标")
        #expect(IndicatorLevels.level1(of: "项目产出指标(50分)") == "产出指标")
        // NEGATIVE: `项目` alone, `项目决策`, an indicator's name starting with 项目: no level 1.
        #expect(IndicatorLevels.level1(of: "项目") == nil)
        #expect(IndicatorLevels.level1(of: "项目决策") == nil)
        #expect(IndicatorLevels.level1(of: "项目完成及时率") == nil)
    }

    // MARK: - The page's metadata rows and its form in one table

    @Test func metadataRowsAtTheTopOfAFormsTable() {
        let g = TableGrid(rows: [["索引号", "1134/2024-0001", "组配分类", "部门项目"],
                                 ["发布机构", "芦川市农业农村局", "发文日期", "2024-04-15 11:09"],
                                 ["发布文号", "无", "关键词", "部门项目"],
                                 ["信息来源", "芦川市农业农村局", "", ""],
                                 ["芦川市转移支付绩效目标自评表", "", "", ""],
                                 ["(2023年度)", "", "", ""],
                                 ["转移支付(项目)名称", "动物防疫补助", "", ""],
                                 ["中央主管部门", "农业农村部", "", ""],
                                 ["地方主管部门", "省农业农村厅", "", ""],
                                 ["资金使用单位", "芦川市农业农村局", "", ""]], positional: false)
        #expect(!MetadataLineReader.isMetadataTable(g))
        #expect(MetadataLineReader.metadataPrefix(g) == 4)
    }

    @Test func metadataPrefixNegatives() {
        // A form's own head rows are no metadata labels.
        let form = TableGrid(rows: [["项目名称", "道路养护", "主管部门", "芦川县交通运输局"],
                                    ["实施单位", "芦川县公路段", "", ""],
                                    ["年度资金总额", "10", "10", "100%"]], positional: false)
        #expect(MetadataLineReader.metadataPrefix(form) == 0)
        // Two labelled rows are no block.
        let two = TableGrid(rows: [["索引号", "1134/2024-0001"], ["发布机构", "芦川市农业农村局"],
                                   ["项目名称", "道路养护"], ["主管部门", "芦川县交通运输局"]], positional: false)
        #expect(MetadataLineReader.metadataPrefix(two) == 0)
        // A table whose first row is no label has no block at its top.
        let late = TableGrid(rows: [["项目名称", "道路养护"], ["索引号", "1"], ["发布机构", "芦川"], ["来源", "芦川"]], positional: false)
        #expect(MetadataLineReader.metadataPrefix(late) == 0)
    }

    // MARK: - A 内容概述 cell holding the form run together

    private let summary = "芦川市转移支付绩效目标自评表(2023年度)转移支付(项目)名称动物防疫补助中央主管部门农业农村部资金投入情况(万元)"
        + "全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:120.590.475.02%其中:中央财政资金"

    @Test func summaryCellHoldingAFormIsLifted() {
        let g = TableGrid(rows: [["索引号", "1134/2024-0001", "组配分类", "部门项目"],
                                 ["发布机构", "芦川市农业农村局", "发文日期", "2024-04-15"],
                                 ["信息来源", "芦川市农业农村局", "", ""],
                                 ["信息名称", "芦川市转移支付绩效目标自评表", "内容概述", summary]], positional: false)
        #expect(SummaryFormCell.summaries(g) == [summary])
        let out = SummaryFormCell.lift([.table(g)])
        #expect(out.count >= 2)
    }

    @Test func summaryCellNegatives() {
        // A summary that is a sentence about the page: stays a cell.
        let sentence = TableGrid(rows: [["索引号", "1134/2024-0001"], ["发布机构", "芦川市农业农村局"], ["信息来源", "芦川市农业农村局"],
                                        ["内容概述", "公开本局2023年度项目支出绩效自评结果,详见附件。"]], positional: false)
        #expect(SummaryFormCell.summaries(sentence).isEmpty)
        // A 内容概述 cell in a table that is no metadata block: not looked at.
        let body = TableGrid(rows: [["项目名称", "道路养护"], ["内容概述", summary]], positional: false)
        #expect(SummaryFormCell.summaries(body).isEmpty)
    }

    @Test func summaryFormGivesTheFundsRowAndTheYear() throws {
        let r = try buildFromLines("""
            索引号 | 11340000000000000X/202404-00031 | 组配分类 | 部门项目 |
            发布机构 | 芦川市农业农村局 | 发文日期 | 2024-04-15 11:09 |
            发布文号 | 无 | 关键词 | 部门项目 |
            信息来源 | 芦川市农业农村局 | 主题导航 | 三农 |
            信息名称 | 芦川市转移支付绩效目标自评表 | 内容概述 | \(summary) |
            芦川市转移支付绩效目标自评表 | | | |
            (2023年度) | | | |
            转移支付(项目)名称 | 动物防疫补助 | | |
            中央主管部门 | 农业农村部 | | |
            地方主管部门 | 省农业农村厅 | | |
            """)
        #expect(r.metadata.indexNumber == "11340000000000000X/202404-00031")
        #expect(r.metadata.publishedOn == "2024-04-15")
        #expect(r.metadata.year == 2023)
        let f = try #require(r.funding.first)
        #expect(f.item == "年度资金总额")
        #expect(f.budget == 120.5 && f.executed == 90.4 && f.executionRate == 75.02)
    }

    // MARK: - A page's own summary above the form's caption

    @Test func proseParagraphIsNoChrome() {
        #expect(HeadReader.isProseParagraph("芦川县文化服务项目绩效自评综述:根据年初设定的绩效目标,项目绩效自评得分为91分。全年预算数为80万元,执行数为76万元,完成预算的95%。项目开展活动40场,群众满意度达到设定的指标值。"))
        // NEGATIVE: a short sentence, a long line of menu words without a sentence's stop.
        #expect(!HeadReader.isProseParagraph("当前位置:首页 > 信息公开 > 财政信息。"))
        #expect(!HeadReader.isProseParagraph(String(repeating: "首页 政务公开 政策文件 解读回应 互动交流 办事服务 数据发布 ", count: 3)))
    }

    @Test func summaryAboveTheCaptionStaysInTheBody() throws {
        let r = try buildFromLines("""
            芦川县文化馆2021年文化惠民资金使用情况
            浏览次数: 信息来源:县文化馆 发布时间:2022-04-11 10:05

            文化惠民项目绩效自评综述:根据年初设定的绩效目标,项目绩效自评得分为91分。全年预算数为80万元,执行数为76万元,完成预算的95%。项目开展活动40场,群众满意度达到设定的指标值。

            项目支出绩效自评表
            (2021年度)
            项目名称 | 文化惠民活动 | 主管部门 | 芦川县文化和旅游局 | 实施单位 | 芦川县文化馆
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
            年度资金总额 | 80 | 80 | 76 | 10 | 95% | 9
            """)
        #expect(r.metadata.title == "项目支出绩效自评表")
        #expect(r.scores?.total == 91)
        // NEGATIVE: the lines above the caption that are no paragraph (the headline, the page's
        // counters) are still dropped as chrome.
        let md = MarkdownExporter.export(r)
        #expect(!md.contains("文化惠民资金使用情况"))
    }

    @Test func subDistrictOfficesAndSupplyCooperativesAreBodies() {
        #expect(OrganizationNames.isOrganization("芦川市雨湖区东塘街道办事处"))
        #expect(OrganizationNames.isOrganization("芦川县供销合作社联合社"))
        #expect(OrganizationNames.isOrganization("芦川县供销社"))
        // NEGATIVE: a sentence ending in 处, a cooperative of farmers is no 联合社 or 供销社.
        #expect(!OrganizationNames.isOrganization("具体办法由各乡镇自行处"))
        #expect(!OrganizationNames.isOrganization("芦川县绿源牧业专业合作社"))
    }

    // MARK: - A cover's 部门(单位)名称 run together

    @Test func coverUnitLabelNamesTheBody() throws {
        let r = try buildFromLines("""
            1、芦川区东塘街道2021年度单位项目支出绩效评价自评报告部门(单位)名称:芦川市芦湖区东塘街道办事处项目名称:社区治理专项支出报告日期:2022年4月8日芦湖区财政局(制)项目支出绩效报告表项目基本情况项目名称社区治理支出
            """)
        #expect(r.metadata.issuer == "芦川市芦湖区东塘街道办事处")
        // NEGATIVE: the label with no body's name after it (a sentence) gives none.
        let n = try buildFromLines("""
            1、芦川区东塘街道2021年度单位项目支出绩效评价自评报告部门(单位)名称:请按要求填写完整的单位全称并加盖公章项目名称:社区治理专项支出报告日期:2022年4月8日项目支出绩效报告表
            """)
        #expect(n.metadata.issuer != "请按要求填写完整的单位全称并加盖公章")
    }
}
