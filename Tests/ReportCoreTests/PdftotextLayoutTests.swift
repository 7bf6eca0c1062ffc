import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// `pdftotext -layout` dumps of printed forms whose cells wrap over lines (`WrappedLayoutForm`,
/// and the rules it adds to `LayoutRows`). Every form here is invented.
@Suite struct PdftotextLayoutTests {
    func items(_ text: String) -> [BodyItem] {
        TextLines.split(text).map { BodyItem.line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
    }

    func tables(_ text: String) -> [TableGrid] {
        WrappedLayoutForm.lift(items(text)).compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    @Test func tokensCountOneColumnACharacterOrByDisplayWidth() {
        let narrow = WrappedLayoutForm.tokens("产出指 数量指标  15", wide: false)
        #expect(narrow.map(\.text) == ["产出指", "数量指标", "15"])
        #expect(narrow.map(\.start) == [0, 4, 10])
        let wide = WrappedLayoutForm.tokens("产出指 数量指标  15", wide: true)
        #expect(wide.map(\.start) == [0, 7, 17])
    }

    @Test func columnSpansAreTheUnionOfOverlappingPieces() {
        let t = WrappedLayoutForm.tokens("一级指  偏差原", wide: false) + WrappedLayoutForm.tokens("标      因分析", wide: false)
        #expect(WrappedLayoutForm.spans(t) == [0..<3, 5..<10])
        // Pieces that do not overlap stay apart.
        #expect(WrappedLayoutForm.spans(WrappedLayoutForm.tokens("标 二级", wide: false)) == [0..<1, 2..<4])
    }

    /// A Word form printed with narrow columns: the header wraps, names wrap under their figures.
    let wordForm = """
        绩效   一级   二级   三级   指标     实际    分值   得分
        指标   指标   指标   指标   值      完成
                                   值
             产出   数量   巡查   ≥200   236   15   15
             指标   指标   家次   家次     家次
                       聘用   =14人   14人   10   10
                       人数
             满意   服务   群众   ≥90%   92%   10   10
             度指   对象   满意
              标   满意   度
                  度指
                   标
        评价结论：优。
        """

    @Test func wrappedWordFormIsReadByWhereItsCharactersStand() throws {
        let t = try #require(tables(wordForm).first)
        #expect(t.rows[0] == ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"])
        #expect(t.rows.count == 4)
        #expect(t.rows[1][1] == "产出指标" && t.rows[1][2] == "数量指标" && t.rows[1][3] == "巡查家次")
        #expect(t.rows[1][4] == "≥200家次" && t.rows[1][5] == "236家次")
        #expect(t.rows[2][3] == "聘用人数" && t.rows[2][1] == "产出指标")
        #expect(t.rows[3][1] == "满意度指标" && t.rows[3][2] == "服务对象满意度指标" && t.rows[3][3] == "群众满意度")
    }

    @Test func theWholeFormReadsItsIndicators() throws {
        let report = try buildFromLines("某县2023年度项目支出绩效自评表\n" + wordForm)
        #expect(report.indicators.map(\.name) == ["巡查家次", "聘用人数", "群众满意度"])
        #expect(report.indicators.first?.actual?.value == 236)
    }

    @Test func aHeaderOnOneLineIsLeftToTheLayoutReader() {
        // No column's words wrap: the one-line layout reader (`TextFormReader`) reads it.
        #expect(tables("""
            一级指标  二级指标  三级指标      指标值   实际完成值  分值  得分
            产出指标  数量指标  巡查家次      ≥200     236         15    15
            """).isEmpty)
    }

    @Test func wrappedWordsThatNameNoIndicatorColumnsAreNoForm() {
        #expect(tables("""
            序号   单位    联系
                   名称    电话
            1      某县    8888
            """).isEmpty)
        #expect(tables("""
            一级   说明
            指标   文字
            本段是正文，没有任何表格。
            """).isEmpty)
    }

    /// A spreadsheet printed: cells centred, so a name stands above and below its figures and the
    /// level label has a figure line between its pieces.
    @Test func centredCellsKeepTheirNamesAndSplitLabels() throws {
        let t = try #require(tables("""
            一级指    二级指    三级指    指标值      实际完
            标      标      标               成值

                          城乡居
                          民参保    ≥95%     95.4%
                   数量指    率
                   标
                          人均补
                          助标准    ≥640元    640元

                   社会效    困难群
                   益指标    众生活    稳步提      稳步提
                          水平     高        高
            """).first)
        #expect(t.rows.count == 4)
        #expect(t.rows[1][2] == "城乡居民参保率" && t.rows[1][3] == "≥95%")
        #expect(t.rows[2][2] == "人均补助标准")
        #expect(t.rows[3][2] == "困难群众生活水平" && t.rows[3][3] == "稳步提高")
    }

    @Test func aLineOfShortEndsUnderFiguresIsTheirWrap() {
        let columns = [LayoutRows.Column(name: "三级指标", role: .name, start: 0), LayoutRows.Column(name: "指标值", role: .target, start: 10),
                       LayoutRows.Column(name: "实际完成值", role: .actual, start: 20)]
        #expect(LayoutRows.isWrappedEnd([1: "人", 2: "万人"], columns: columns, anchorRoles: [.target, .actual]))
        // A figure, or a long text in a figure column, is a row of its own.
        #expect(!LayoutRows.isWrappedEnd([1: "≥90%", 2: "万人"], columns: columns, anchorRoles: [.target, .actual]))
        #expect(!LayoutRows.isWrappedEnd([1: "有所提升", 2: "明显"], columns: columns, anchorRoles: [.target, .actual]))
    }

    @Test func nameRunsFollowTopOrCentredNames() {
        let columns = [LayoutRows.Column(name: "三级指标", role: .name, start: 0), LayoutRows.Column(name: "分值", role: .weight, start: 10)]
        // Top-aligned: each run of name lines starts at its figures.
        let top: [[Int: String]] = [[0: "巡查", 1: "15"], [0: "家次"], [0: "聘用", 1: "10"], [0: "人数"]]
        var owner = [0, 0, 0, 1]
        LayoutRows.nameRuns(top, columns: columns, anchors: [0, 2], owner: &owner)
        #expect(owner == [0, 0, 1, 1])
        // Centred: the name above its figures belongs to them, not to the row above.
        let centred: [[Int: String]] = [[0: "巡查"], [1: "15"], [0: "家次"], [0: "聘用"], [1: "10"], [0: "人数"]]
        owner = [0, 0, 0, 0, 1, 1]
        LayoutRows.nameRuns(centred, columns: columns, anchors: [1, 4], owner: &owner)
        #expect(owner == [0, 0, 0, 1, 1, 1])
    }

    @Test func levelLabelPiecesMayStandAFigureLineApart() {
        let pieces = [(line: 0, text: "社会效"), (line: 2, text: "益指标")]
        #expect(LayoutRows.levelLabels(pieces, gap: 2).map(\.text) == ["社会效益指标"])
        // By default (a one-line layout) they are two labels.
        #expect(LayoutRows.levelLabels(pieces).count == 2)
    }

    @Test func wrappedPiecesJoinWithoutSpacesButFiguresOfALineKeepThem() {
        #expect(WrappedLayoutForm.joinWrapped("3.67", "万元", space: false) == "3.67万元")
        #expect(WrappedLayoutForm.joinWrapped("14", "人", space: true) == "14 人")
        #expect(WrappedLayoutForm.joinWrapped("定点", "医药", space: true) == "定点医药")
        #expect(WrappedLayoutForm.joinWrapped("DRG", "payment", space: false) == "DRG payment")
    }

    @Test func aPageBreakInsideTopSetNamesKeepsTheirRow() {
        // The block's first line holds figures: names start beside them. A blank line (a page
        // break) inside the second row's name does not give its end to the third row.
        let columns = [LayoutRows.Column(name: "三级指标", role: .name, start: 0), LayoutRows.Column(name: "分值", role: .weight, start: 10)]
        let lines: [[Int: String]] = [[0: "巡查", 1: "15"], [0: "家次"], [0: "康复", 1: "10"], [:], [0: "达标率"], [0: "聘用", 1: "10"]]
        var owner = [0, 0, 1, 1, 1, 2]
        LayoutRows.nameRuns(lines, columns: columns, anchors: [0, 2, 5], owner: &owner)
        #expect(owner == [0, 0, 1, 1, 1, 2])
        // Centred names: a blank line parts two rows' names.
        let centred: [[Int: String]] = [[0: "巡查"], [1: "15"], [0: "家次"], [:], [0: "聘用"], [1: "10"], [0: "人数"]]
        owner = [0, 0, 0, 0, 1, 1, 1]
        LayoutRows.nameRuns(centred, columns: columns, anchors: [1, 5], owner: &owner)
        #expect(owner == [0, 0, 0, 0, 1, 1, 1])
    }

    @Test func aNextPagePrintedAtAnotherScaleIsLeftOut() {
        let columns = [LayoutRows.Column(name: "三级指标", role: .name, start: 10, end: 14), LayoutRows.Column(name: "分值", role: .weight, start: 20, end: 22)]
        let fits = WrappedLayoutForm.tokens("          巡查家次      15", wide: false)
        let shifted = WrappedLayoutForm.tokens("                巡查家次  15", wide: false)
        #expect(WrappedLayoutForm.fittingPrefix([fits, fits, fits, shifted, shifted, shifted], columns) == 4)
        #expect(WrappedLayoutForm.fittingPrefix([fits, fits], columns) == 2)
    }

    /// A Word form's funds block: the caption set down the side on every row, figures cut by
    /// narrow columns.
    let fundsForm = """
        项目资             年初     全年     全年
        金（万             预算     预算     执行     执行率
         元）             数      数      数
        项目资  年度资金总额     1368.2 1452.8 1384.0 95.26
        金（万                    7      5      %
        项目资  其中：财政拨款    1318.2 1402.8 1334.0 95.09
        金（万                    7      5      %
        项目资  其他资金
        年度   年初设定目标
        """

    @Test func wrappedFundsBlockKeepsItsSourcesAndMendsCutFigures() throws {
        let t = try #require(tables(fundsForm).first)
        try #require(t.rows.count == 4, "\(t.rows)")
        #expect(t.rows[0] == ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
        #expect(t.rows[1] == ["年度资金总额", "1368.2", "1452.87", "1384.05", "95.26%"])
        #expect(t.rows[2] == ["其中：财政拨款", "1318.2", "1402.87", "1334.05", "95.09%"])
        #expect(t.rows[3] == ["其他资金", "", "", "", ""])
    }

    @Test func figureEndsAreShortDigitsOrSigns() {
        #expect(FundsLayout.isFigureEnd("7") && FundsLayout.isFigureEnd("%") && FundsLayout.isFigureEnd("7%"))
        #expect(!FundsLayout.isFigureEnd("1452.87") && !FundsLayout.isFigureEnd("其他") && !FundsLayout.isFigureEnd(""))
    }

    @Test func fundsWithoutASourceOfFundsAreNoFundsBlock() {
        #expect(tables("""
            序号                    年初    全年
                                    预算    预算    执行率
            一                      12      13      90%
            二                      14      15      95%
            """).isEmpty)
    }

    func goalsRows(_ text: String) throws -> [[String]] {
        let items = items(text)
        let (grid, _) = try #require(GoalsBlockFinder.find(items, at: 0, before: items.count, stop: { _ in false }))
        return Array(grid.rows.dropFirst())
    }

    @Test func goalsSideBySideArePartedAtTheColumnNoLineUses() throws {
        // The achieved label is centred over its cell: its text starts left of it, one space
        // after the planned text.
        let rows = try goalsRows("""
            年度总体目标    年初设定目标                    全年实际完成情况
                  1.参保率稳定在95%以上。 1.全市参保率达到95.4%。
                  2.人均补助640元。       2.补助已全部落实。
            """)
        #expect(rows.map { $0[1] } == ["1.参保率稳定在95%以上。", "2.人均补助640元。"])
        #expect(rows.map { $0[2] } == ["1.全市参保率达到95.4%。", "2.补助已全部落实。"])
    }

    @Test func goalsHeaderOfTheTwoLabelsAloneNamesTheBlock() throws {
        let rows = try goalsRows("""
                  年初设定目标                全年实际完成情况
            年度  1.参保率稳定在95%以上。 1.全市参保率达到95.4%。
            """)
        #expect(rows.first?[1] == "1.参保率稳定在95%以上。")
        #expect(rows.first?[0] == "年度")
        // Two words that are no planned and achieved labels name no block.
        let items = items("年初设定      其他情况\n文字 文字")
        #expect(GoalsBlockFinder.find(items, at: 0, before: items.count, stop: { _ in false }) == nil)
    }
}
