@testable import ReportCore
import ReportModel
import Testing

/// The 年度总体目标 block of a form copied as lines of text, in each shape a copy gives it (all
/// content invented): the goals are the same whatever the shape.
@Suite struct GoalsBlockTests {
    static let planned = ["1.完成乡镇医保工作站标准化建设；", "2.医保电子凭证激活率达到80%以上。"]
    static let achieved = ["1.建成标准化工作站17个；", "2.激活率达到83.6%。"]

    static let indicators = """
        绩效指标
        一级指标
        二级指标
        三级指标
        指标值
        全年实际完成值
        产出指标
        数量指标
        工作站建成数
        ≥15个
        17个
        """

    func goals(_ text: String) throws -> Goals {
        try buildFromLines(text).goals
    }

    /// One cell a line, nothing marking where a cell ends; a wrapped line goes on with its item
    /// and the achieved list starts where the numbering starts again at 1.
    @Test func cellPerLineListsRestartAtOne() throws {
        let g = try goals("""
            年度总体目标
            年初设定目标
            全年实际完成情况
            1.完成乡镇医保工作站标准化
            建设；
            2.医保电子凭证激活率达到80%以上。
            1.建成标准化工作站17个；
            2.激活率达到83.6%。
            \(Self.indicators)
            """)
        #expect(g.planned == Self.planned)
        #expect(g.achieved == Self.achieved)
    }

    /// One cell a line with a closing ` |`: a line without it continues the cell, even when it
    /// starts with a figure.
    @Test func cellPerLineClosedByBars() throws {
        let g = try goals("""
            年度总体目标 |
            预期目标 |
            实际完成情况 |
            全面落实门诊共济保障政策，职工门诊统筹报销比例
            提高至50%。 |
            职工门诊统筹报销比例达到
            51.2%，政策全部落地。 |
            绩效指标 |
            一级指标 |
            """)
        #expect(g.planned == ["全面落实门诊共济保障政策，职工门诊统筹报销比例提高至50%。"])
        #expect(g.achieved == ["职工门诊统筹报销比例达到51.2%，政策全部落地。"])
    }

    /// The block becomes a table whose cells stand under their labels.
    @Test func blockTableLinesUpWithItsLabels() throws {
        let r = try buildFromLines("""
            年度总体目标 |
            预期目标 |
            实际完成情况 |
            全面落实门诊共济保障政策。 |
            政策全部落地。 |
            绩效指标 |
            """)
        #expect(r.tables.first?.rows == [["年度总体目标", "预期目标", "实际完成情况"], ["", "全面落实门诊共济保障政策。", "政策全部落地。"]])
    }

    /// A blank line after every cell: the blank lines are the cells' ends.
    @Test func cellsSeparatedByBlankLines() throws {
        let g = try goals("""
            年度总体目标

            年初设定目标

            全年实际完成情况

            开展异地就医直接结算宣传，
            提升备案便利度。

            全年宣传活动36场，线上备案占比91%。

            绩效指标
            """)
        #expect(g.planned == ["开展异地就医直接结算宣传，提升备案便利度。"])
        #expect(g.achieved == ["全年宣传活动36场，线上备案占比91%。"])
    }

    /// Labels and both cells on one line, and lists whose items run together without a break.
    @Test func oneLineRowWithItemsRunTogether() throws {
        let g = try goals("""
            年度总体目标 年初设定目标 全年实际完成情况
            1.完成乡镇医保工作站标准化建设；2.医保电子凭证激活率达到80%以上。 1.建成标准化工作站17个；2.激活率达到83.6%。
            绩效指标 一级指标 二级指标 三级指标 指标值 全年实际完成值
            """)
        #expect(g.planned == Self.planned)
        #expect(g.achieved == Self.achieved)
    }

    /// A layout dump: the block's label spilled over three lines, each cell's lines under its
    /// column, a wrapped figure (`80%以上。`) at the start of a line.
    @Test func layoutDumpColumns() throws {
        let g = try goals("""
              年度       年初设定目标                        全年实际完成情况
              总体       1.完成乡镇医保工作站标准化建        1.建成标准化工作站17个；
              目标       设；                                2.激活率达到83.6%。
                         2.医保电子凭证激活率达到
                         80%以上。

              一级指标  二级指标      三级指标                指标值    全年实际完成值
            """)
        #expect(g.planned == Self.planned)
        #expect(g.achieved == Self.achieved)
    }

    /// Unnumbered, with nothing marking the cells: two sentences are one goal each.
    @Test func twoUnnumberedSentences() throws {
        let g = try goals("""
            年度总体目标
            预期目标
            实际完成情况
            推进定点药店纳入门诊统筹管理，
            方便群众就近购药。
            纳入门诊统筹管理的定点药店达到126家。
            绩效指标
            """)
        #expect(g.planned == ["推进定点药店纳入门诊统筹管理，方便群众就近购药。"])
        #expect(g.achieved == ["纳入门诊统筹管理的定点药店达到126家。"])
    }

    /// A heading and prose that name the same words are not a goals block.
    @Test func proseIsNotAGoalsBlock() throws {
        let g = try goals("""
            二、年度目标完成情况
            年度目标
            已基本完成，详见下表。
            """)
        #expect(g == Goals())
        #expect(GoalsBlockFinder.header([.line(SourceLine(raw: "（一）总体目标", origin: .textLine, page: nil, emphasized: false, startsBlock: false)),
                                         .line(SourceLine(raw: "（二）完成情况", origin: .textLine, page: nil, emphasized: false, startsBlock: false))],
                                        at: 0, before: 2) == nil)
    }
}
