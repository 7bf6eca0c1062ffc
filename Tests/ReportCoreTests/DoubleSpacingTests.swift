import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// A text copy with an empty line after every line (a browser's copy of a page whose lines are
/// paragraphs). Hand-built text, invented content.
@Suite struct DoubleSpacingTests {
    /// The one-line rows of a form, double-spaced.
    static let rows = """
        青禾县医疗保障局2023年度部门整体支出绩效自评表

        年度预算资金（万元） 年初预算数 全年预算数 全年执行数 执行率

        年度资金总额 480.5 512.8 498.6 97.23%

        年度总体目标 预期目标 实际完成情况

        全县参保率稳定在95%以上，基金收支平衡。 全县参保率96.2%，基金收支平衡略有结余。

        绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分

        产出指标 数量指标 基本医保参保人数 ≥15万人 15.4万人 20 20

        满意度指标 服务对象满意度指标 参保群众满意度 ≥90% 93% 10 10

        """

    @Test func doubleSpacedRowsReadAsTheForm() throws {
        let r = try buildFromLines(Self.rows)
        #expect(r.goals.planned == ["全县参保率稳定在95%以上，基金收支平衡。"])
        #expect(r.goals.achieved == ["全县参保率96.2%，基金收支平衡略有结余。"])
        #expect(r.indicators.map(\.name) == ["基本医保参保人数", "参保群众满意度"])
        #expect(r.funding.first?.executed == 498.6)
    }

    /// The text's own blank line was doubled with the rest (three empty lines): one stays.
    @Test func aLongerRunOfEmptyLinesStaysOne() {
        let items = lines(["甲 1", "", "乙 2", "", "", "", "丙 3", "", "丁 4", "", "戊 5"])
        #expect(DoubleSpacing.spacing(of: items) == .lines)
        #expect(texts(DoubleSpacing.removed(from: items)) == ["甲 1", "乙 2", "", "丙 3", "丁 4", "戊 5"])
    }

    /// Negatives: a line directly under another means the empty lines are the text's own.
    @Test func aTextWithAdjacentLinesKeepsItsEmptyLines() {
        let items = lines(["一、基本情况", "本单位主要职责是医疗保障。", "", "二、绩效目标", "", "三、自评结论", "", "四、问题", "", "五、措施"])
        #expect(DoubleSpacing.spacing(of: items) == nil)
        #expect(DoubleSpacing.removed(from: items) == items)
    }

    /// A page that pasted the same rows one `<p>` a line: its header row on one line shows the
    /// paragraphs are a text copy of the form.
    @Test func rowsPastedOneParagraphALineReadAsTheForm() throws {
        let blocks = TextLines.split(Self.rows).filter { !$0.isEmpty }.map { Block.paragraph($0) }
        let r = try ReportBuilder.build(Document(blocks: blocks, encoding: "UTF-8"),
                                        source: SourceInfo(file: "t.html", format: "html", sha256: "0"))
        #expect(r.goals.planned == ["全县参保率稳定在95%以上，基金收支平衡。"])
        #expect(r.indicators.map(\.name) == ["基本医保参保人数", "参保群众满意度"])
    }

    /// Negatives: a page's paragraphs end in empty lines the structure pass adds; taking them out
    /// would let two paragraphs with pipes (`来源：… | 发布日期：…`) read as table rows.
    @Test func paragraphsOfAPageAreNotJudged() {
        let items = (0..<6).flatMap { k in
            [BodyItem.line(SourceLine(raw: "段落\(k) | 甲", origin: .paragraph, page: nil, emphasized: false, startsBlock: true)),
             BodyItem.line(SourceLine(raw: "", origin: .paragraph, page: nil, emphasized: false, startsBlock: false))]
        }
        #expect(DoubleSpacing.spacing(of: items) == nil)
    }

    /// A form written one cell a line ends each cell in an empty line itself: a single empty line
    /// stays (it keeps two goal cells apart), a doubled copy's three become one.
    @Test func aFormOneCellALineKeepsOneEmptyLineAfterEachCell() throws {
        let cells = ["年度总体目标", "预期目标", "实际完成情况", "保障机关正常运转。", "完成阵地改造4处。",
                     "一级指标", "二级指标", "三级指标", "产出指标", "数量指标", "改造阵地数量"]
        let single = lines(Array(cells.flatMap { [$0, ""] }.dropLast()))
        #expect(DoubleSpacing.spacing(of: single) == .cellsPerLine)
        #expect(DoubleSpacing.removed(from: single) == single)
        let doubled = lines(Array(cells.flatMap { [$0, "", "", ""] }.dropLast(3)))
        #expect(texts(DoubleSpacing.removed(from: doubled)) == texts(single))
    }

    /// A form whose cells a copy ran together, pasted one `<p>` a line: its header row run
    /// together (`一级指标二级指标指标内容`) still shows the paragraphs are a form's rows.
    @Test func runTogetherRowsPastedOneParagraphALineReadAsTheForm() throws {
        let r = try buildFromParagraphs("""
            青禾县2023年度农村公路养护补助资金绩效目标自评表
            绩效指标一级指标二级指标指标内容指标值全年实际完成值
            产出指标数量指标养护里程≥120公里126公里
            质量指标路况优良率≥80%83%
            满意度指标服务对象满意度指标沿线群众满意度≥90%92%
            """)
        #expect(r.indicators.map(\.name) == ["养护里程", "路况优良率", "沿线群众满意度"])
        #expect(r.indicators.first?.actual?.raw == "126公里")
    }

    /// Rows pasted one `<p>` a line with no header row: the first opens with its level-1 and
    /// level-2 labels, which shows the paragraphs are a form's rows.
    @Test func headerlessRowsPastedOneParagraphALineReadAsTheForm() throws {
        let r = try buildFromParagraphs(HeaderlessRowsTests.rowsThenHeading)
        #expect(r.indicators.map(\.name) == ["接收进馆档案", "档案数字化合格率", "查档群众满意度"])
    }

    /// Negatives: prose naming the levels, and a header of one level, are no form's rows.
    @Test func proseNamingTheLevelsIsNoRow() {
        #expect(!DoubleSpacing.isRowOpening("产出指标中的数量指标全部完成。"))
        #expect(!DoubleSpacing.isRowOpening("产出指标：数量指标4个，质量指标2个。"))
        #expect(!DoubleSpacing.isRowOpening("数量指标 参保人数 ≥15万人"))
        #expect(DoubleSpacing.isRowOpening("产出指标 数量指标 参保人数 ≥15万人 15.4万人"))
        #expect(DoubleSpacing.isRowOpening("效益指标社会效益指标群众负担有所减轻"))
        #expect(!DoubleSpacing.isHeaderRow("一级指标和二级指标由主管部门确定。"))
        #expect(DoubleSpacing.isHeaderRow("一级指标二级指标三级指标指标值"))
        #expect(DoubleSpacing.isHeaderRow("一级指标 二级指标 指标名称 指标值"))
        let prose = ["一、基本情况", "产出指标中的数量指标全部完成。", "二、问题", "一级指标和二级指标由主管部门确定。", "三、措施", "加强管理。"]
        let items = prose.flatMap { text in
            [BodyItem.line(SourceLine(raw: text, origin: .paragraph, page: nil, emphasized: false, startsBlock: true)),
             BodyItem.line(SourceLine(raw: "", origin: .paragraph, page: nil, emphasized: false, startsBlock: false))]
        }
        #expect(DoubleSpacing.spacing(of: items) == nil)
    }

    private func buildFromParagraphs(_ text: String) throws -> Report {
        let blocks = TextLines.split(text).filter { !$0.isEmpty }.map { Block.paragraph($0) }
        return try ReportBuilder.build(Document(blocks: blocks, encoding: "UTF-8"),
                                       source: SourceInfo(file: "t.html", format: "html", sha256: "0"))
    }

    private func lines(_ raws: [String]) -> [BodyItem] {
        raws.map { .line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
    }

    private func texts(_ items: [BodyItem]) -> [String] {
        items.map { if case .line(let l) = $0 { return l.raw } else { return "<table>" } }
    }
}
