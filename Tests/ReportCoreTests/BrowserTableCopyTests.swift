import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// A web form copied out of a browser: rows as tab-separated lines without the cells merged
/// cells cover, and, where the cells hold paragraphs, each cell's text on lines of its own.
/// Hand-built text, invented content.
@Suite struct BrowserTableCopyTests {
    /// Cells of plain text: a row a line, the level-1 and level-2 labels' covered cells left out,
    /// empty trailing cells kept.
    static let plainCells = [
        "白沙县2023年度乡村道路养护项目支出绩效自评表",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分",
        "年度资金总额\t300\t320\t310.4\t97.00%\t9.7",
        "其他资金\t\t\t\t\t",
        "年度总体目标\t预期目标\t实际完成情况",
        "完成养护120公里。\t完成养护126公里。",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
        "产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t30\t30\t",
        "质量指标\t路况优良率\t≥80%\t83%\t30\t30\t",
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t\t20\t18\t未开展调查",
        "总分\t100\t87.7\t",
    ].joined(separator: "\n")

    @Test func aCopyOfPlainCellsKeepsItsColumns() throws {
        let r = try buildFromLines(Self.plainCells)
        #expect(r.funding.map(\.item) == ["年度资金总额", "其他资金"])
        #expect(r.funding.first?.budget == 320)
        #expect(r.funding.first?.executed == 310.4)
        #expect(r.goals.planned == ["完成养护120公里。"])
        #expect(r.goals.achieved == ["完成养护126公里。"])
        #expect(r.indicators.map(\.name) == ["养护里程", "路况优良率", "沿线群众满意度"])
        #expect(r.indicators.map(\.level2) == ["数量指标", "质量指标", "服务对象满意度指标"])
        #expect(r.indicators[1].level1 == "产出指标")
        // The blank result stays blank: the points do not slide into its place.
        #expect(r.indicators[2].actual == nil)
        #expect(r.indicators[2].score == 18)
        #expect(r.scores?.total == 87.7)
    }

    /// A copy in which no row ends in an empty cell looks like a trimming spreadsheet writer's;
    /// its short rows' rates fall under the rate column, and its level names under theirs,
    /// only aligned on the right.
    @Test func aCopyWithNoEmptyCellAtARowsEndIsStillABrowsers() throws {
        let text = [
            "项目资金（万元）\t\t全年预算数\t全年执行数\t执行率",
            "年度资金总额\t158\t146.2\t92.53%",
            "其中：财政拨款\t120\t112.6\t93.83%",
            "年度总体目标\t年初设定目标\t全年实际完成情况",
            "完成平台接入。\t平台全面接入。",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产出指标\t数量指标\t接入机构数\t≥210家\t226家",
            "质量指标\t测评结果\t通过\t通过",
        ].joined(separator: "\n")
        let items = text.split(separator: "\n").map { BodyItem.line(SourceLine(raw: String($0), origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
        #expect(TabSeparatedRows.block(items, from: 0) == nil)
        let r = try buildFromLines(text)
        #expect(r.funding.first?.executed == 146.2)
        #expect(r.goals.planned == ["完成平台接入。"])
        #expect(r.goals.achieved == ["平台全面接入。"])
        #expect(r.indicators.map(\.level2) == ["数量指标", "质量指标"])
        // A trimming writer's rows keep their cells in place: left-aligned, they agree.
        #expect(!BrowserTableCopy.alignsRight([["项目资金（万元）", "", "全年预算数", "全年执行数", "执行率"],
                                                ["", "年度资金总额", "158", "146.2", "92.53%"],
                                                ["", "其他资金"]]))
    }

    /// The same form from a page whose cells hold paragraphs: a blank line before and after each
    /// cell's text, a line holding only a tab between cells, rows a run of blank lines apart;
    /// the page's title one blank line above the first cell, a signature line one below the last.
    static func paragraphCells(_ rows: [[String]], before: String, after: String) -> String {
        var text = before + "\n\n"
        text += rows.map { cells in
            cells.map { $0.split(separator: "\n").joined(separator: "\n\n") }.joined(separator: "\n\n\t\n\n")
        }.joined(separator: "\n\n\n\n\n")
        return text + "\n\n" + after + "\n"
    }

    static let paragraphRows: [[String]] = [
        ["项目资金（万元）", "\u{00A0}", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
        ["年度资金总额", "300", "320", "310.4", "97.00%", "9.7"],
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["1.完成养护120公里；\n2.路况优良率80%以上。", "1.完成养护126公里；\n2.路况优良率83%。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "30", "30", "\u{00A0}"],
        ["质量指标", "路况优良率", "≥80%", "83%", "30", "30", "\u{00A0}"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "\u{00A0}", "20", "18", "未开展调查"],
        ["总分", "100", "87.7", "\u{00A0}"],
    ]

    @Test func aCopyOfParagraphCellsReadsAsTheForm() throws {
        let text = Self.paragraphCells(Self.paragraphRows, before: "白沙县2023年度乡村道路养护项目支出绩效自评表",
                                       after: "填表人：林青")
        let r = try buildFromLines(text)
        #expect(r.metadata.title == "白沙县2023年度乡村道路养护项目支出绩效自评表")
        #expect(r.funding.first?.budget == 320)
        #expect(r.goals.planned == ["1.完成养护120公里；", "2.路况优良率80%以上。"])
        #expect(r.goals.achieved == ["1.完成养护126公里；", "2.路况优良率83%。"])
        #expect(r.indicators.map(\.name) == ["养护里程", "路况优良率", "沿线群众满意度"])
        #expect(r.indicators[2].actual == nil)
        #expect(r.indicators[2].score == 18)
        #expect(r.scores?.total == 87.7)
    }

    /// A row a line; the title above the first cell and the note below the last row's last
    /// cell (no other cell of that row holds two paragraphs) are lines of their own.
    @Test func paragraphCellsBecomeOneRowALine() {
        let text = Self.paragraphCells(Array(Self.paragraphRows.prefix(2)), before: "标题", after: "填表人：林青")
        let out = ParagraphCellRows.joined(lines(text.components(separatedBy: "\n"))).compactMap { item -> String? in
            if case .line(let l) = item { return l.raw } else { return nil }
        }
        #expect(out == [
            "标题",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分",
            "年度资金总额\t300\t320\t310.4\t97.00%\t9.7",
            "填表人：林青", "",
        ])
        let goals = Self.paragraphCells(Array(Self.paragraphRows[2...4]), before: "标题", after: "填表人：林青")
        let goalLines = ParagraphCellRows.joined(lines(goals.components(separatedBy: "\n"))).compactMap { item -> String? in
            if case .line(let l) = item { return l.raw } else { return nil }
        }
        #expect(goalLines.contains("\"1.完成养护120公里；"))
        #expect(goalLines.contains("2.路况优良率80%以上。\"\t\"1.完成养护126公里；"))
        #expect(goalLines.contains("2.路况优良率83%。\""))
    }

    /// A cell's `<br>` lines come out unquoted: a goal cell of numbered items breaks its row
    /// where its items do, and the items' numbers join it again.
    @Test func numberedItemsOfOneCellJoinTheirRow() throws {
        let text = [
            "项目资金（万元）\t\t全年预算数\t全年执行数\t执行率",
            "年度资金总额\t158\t146.2\t92.53%",
            "年度总体目标\t年初设定目标\t全年实际完成情况",
            "年度总体目标\t目标1：完成平台接入。",
            "目标2：完成等保测评。\t1.平台全面接入。",
            "2.通过等保三级测评。",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t备注",
            "产出指标\t数量指标\t接入机构数\t≥210家\t226家\t",
            "质量指标\t测评结果\t通过\t通过\t",
        ].joined(separator: "\n")
        let r = try buildFromLines(text)
        #expect(r.goals.planned == ["目标1：完成平台接入。", "目标2：完成等保测评。"])
        #expect(r.goals.achieved == ["1.平台全面接入。", "2.通过等保三级测评。"])
        #expect(r.indicators.map(\.name) == ["接入机构数", "测评结果"])
    }

    /// A label broken by `<br>` (`一级` / `指标`, `产出` / `指标`) breaks its row too: the rest of
    /// the word joins it, without the line break, and the row's further cells follow.
    @Test func aLabelCutByALineBreakJoinsItsRow() throws {
        let text = [
            "\t绩效指标\t一级",
            "指标\t二级指标\t三级指标\t年度指标值\t全年完成值\t备注",
            "\t产出",
            "指标\t数量指标\t宣传活动次数\t≥4次\t8次\t",
            "\t质量指标\t检查覆盖率\t100%\t100%\t",
            "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t",
        ].joined(separator: "\n")
        let r = try buildFromLines(text)
        #expect(r.indicators.map(\.name) == ["宣传活动次数", "检查覆盖率", "群众满意度"])
        #expect(r.indicators.map(\.level1) == ["产出指标", "产出指标", "满意度指标"])
        #expect(r.indicators.map { $0.actual?.raw } == ["8次", "100%", "92%"])
        #expect(!CutFormWords.completes("一级", with: "二级指标"))
        #expect(!CutFormWords.completes("数量指标", with: "指标"))
    }

    /// A narrow cell's `<br>` lines cut a word over several lines (`绩` / `效` / `指` / `标`,
    /// `年度` / `总体` / `目标`), and a note's sentence goes on after a clause mark: the pieces
    /// join their cell, and the rows after them stay in the block.
    @Test func piecesOfAWordAndAnOpenSentenceJoinTheirCell() throws {
        let text = [
            "项目资金",
            "（万元）\t\t全年预算数\t全年执行数\t执行率",
            "年度资金总额\t300\t290\t96.67%",
            "年度",
            "总体",
            "目标\t预期目标\t实际完成情况",
            "完成养护120公里。\t完成养护126公里。",
            "绩",
            "效",
            "指",
            "标\t一级",
            "指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因",
            "产出",
            "指标\t数量指标\t养护里程\t≥120公里\t110公里\t雨季延误，",
            "下一步加快进度。",
            "质量指标\t路况优良率\t≥80%\t83%\t",
        ].joined(separator: "\n")
        let r = try buildFromLines(text)
        #expect(r.funding.first?.budget == 300)
        #expect(r.goals.planned == ["完成养护120公里。"])
        #expect(r.indicators.map(\.name) == ["养护里程", "路况优良率"])
        #expect(r.indicators.first?.note == "雨季延误，\n下一步加快进度。" || r.indicators.first?.note == "雨季延误，下一步加快进度。")
        #expect(r.indicators.last?.level1 == "产出指标")
        #expect(CutFormWords.continues("绩效", with: "指"))
        #expect(!CutFormWords.continues("绩效", with: "评价"))
        #expect(!CutFormWords.continues("一级指标", with: "指标"))
    }

    @Test func anItemGoesOnOnlyWithTheNextNumberOfItsStyle() {
        #expect(EnumeratedItem.follows("2.通过测评。", "1.平台接入。"))
        #expect(EnumeratedItem.follows("（3）第三项", "（1）第一项\n（2）第二项"))
        #expect(EnumeratedItem.follows("目标2：完成测评。", "目标1：完成接入。"))
        #expect(!EnumeratedItem.follows("3.通过测评。", "1.平台接入。"))
        #expect(!EnumeratedItem.follows("（2）通过测评。", "1.平台接入。"))
        #expect(!EnumeratedItem.follows("2.通过测评。", "平台接入。"))
        #expect(!EnumeratedItem.follows("二、存在的问题", "一、基本情况"))
        #expect(!EnumeratedItem.follows("指标2：满意度", "指标1：覆盖率"))
    }

    /// A row of one cell across the funds table (`按支出性质分：`) stays between its rows, and a
    /// note one blank line under an empty last cell (`&nbsp;`) is a line after the table.
    @Test func aOneCellRowStaysAndANoteUnderAnEmptyCellLeaves() throws {
        let rows: [[String]] = [
            ["项目资金（万元）", "\u{00A0}", "全年预算数", "全年执行数", "执行率"],
            ["年度资金总额", "300", "290", "96.67%"],
            ["按支出性质分：\u{0001}"],
            ["其中：基本支出", "200", "195", "97.50%"],
            ["项目支出", "100", "95", "95.00%"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "备注"],
            ["产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "\u{00A0}"],
            ["质量指标", "路况优良率", "≥80%", "83%", "\u{00A0}"],
        ]
        // A row of one cell has no tab: its text alone between the rows' blank lines.
        let text = Self.paragraphCells(rows, before: "白沙县部门整体支出绩效自评表", after: "注：面积以核实数为准。")
            .replacingOccurrences(of: "\u{0001}", with: "")
        let r = try buildFromLines(text)
        #expect(r.funding.map(\.item) == ["年度资金总额", "基本支出", "项目支出"])
        #expect(r.funding.last?.executed == 95)
        #expect(r.indicators.map(\.note) == [nil, nil])
    }

    /// Negatives: tab-stop alignment (no header of the templates' words, no empty cell at a row's
    /// end), words only tabs separate, a row of one cell (a title across the table: not moved to
    /// the last column), and a text with two tab-only lines (no paragraph-cell copy).
    @Test func lookAlikesAreLeftAlone() {
        let aligned = lines(["项目名称\t\t农村公路养护", "主管部门\t\t\t青禾县交通运输局", "实施单位\t青禾县公路段\t", "联系电话\t\t0000-1234567"])
        #expect(BrowserTableCopy.block(aligned, from: 0) == nil)
        let packed = lines(["一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t养护里程\t≥120公里",
                            "质量指标\t路况优良率\t≥80%", "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%"])
        #expect(BrowserTableCopy.block(packed, from: 0) == nil)
        #expect(BrowserTableCopy.aligned([["一级指标", "二级指标", "三级指标"], ["二、产出情况"], ["质量指标", "优良率"]])
                == [["一级指标", "二级指标", "三级指标"], ["二、产出情况"], ["", "质量指标", "优良率"]])
        let twoTabs = lines(["甲", "", "\t", "", "乙", "", "", "", "丙", "", "\t", "", "丁"])
        #expect(ParagraphCellRows.joined(twoTabs) == twoTabs)
    }

    private func lines(_ raws: [String]) -> [BodyItem] {
        raws.map { .line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
    }
}
