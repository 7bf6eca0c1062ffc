@testable import ReportCore
import ReportModel
import Testing

@Suite struct GoalsTests {
    /// A PDF or text dump wraps a cell's text at the cell's width: the wrapped lines belong to
    /// the item they continue.
    @Test func wrappedLineIsNotANewGoal() {
        let cell = "目标1：完善乡镇卫生院药品配送网络，\n覆盖全部行政村。\n目标2：建成县级医保服务大厅。"
        #expect(GoalsReader.items(cell) == ["目标1：完善乡镇卫生院药品配送网络，覆盖全部行政村。", "目标2：建成县级医保服务大厅。"])
    }

    /// `3.75%` at a line start is a wrapped figure, not item 3; `4.2022年…` after item 3 is item 4.
    @Test func wrappedFigureIsNotANumberedItem() {
        let cell = "1.完成门诊统筹改革。\n2.全年基金支出增幅回落至\n3.75%，低于上年。\n3.开展专项检查两轮。\n4.2022年追回基金86万元。"
        #expect(GoalsReader.items(cell) == ["1.完成门诊统筹改革。", "2.全年基金支出增幅回落至3.75%，低于上年。",
                                             "3.开展专项检查两轮。", "4.2022年追回基金86万元。"])
    }

    /// A number that is not the next one is a wrap too, even when it looks like a list number.
    @Test func outOfSequenceNumberContinues() {
        let cell = "1.参保人数达到\n9.5万人。\n2.报销比例提高。"
        #expect(GoalsReader.items(cell) == ["1.参保人数达到9.5万人。", "2.报销比例提高。"])
        #expect(GoalMarker.parse("2.65岁以上老人体检") == GoalMarker(style: .heading(.arabic), ordinal: 2, decimalLike: true))
        #expect(GoalMarker.parse("1.参保人数达到") == GoalMarker(style: .heading(.arabic), ordinal: 1))
        #expect(GoalMarker.parse("5.09%、个人负担下降") == nil)
        #expect(GoalMarker.parse("4.2021年我局获评") == GoalMarker(style: .heading(.arabic), ordinal: 4, decimalLike: true))
        #expect(GoalMarker.parse("（二）加强基金监管") == GoalMarker(style: .heading(.parenChinese), ordinal: 2))
        #expect(GoalMarker.parse("三是提高服务水平") == GoalMarker(style: .shiWord, ordinal: 3))
    }

    /// Unnumbered goals: a line starts a goal only after a line that ended a sentence.
    @Test func unnumberedGoalsSplitAtSentenceEnds() {
        let cell = "保障参保群众待遇落实到位。\n推进支付方式改革，在全县二级\n医院实行按病种付费。"
        #expect(GoalsReader.items(cell) == ["保障参保群众待遇落实到位。", "推进支付方式改革，在全县二级医院实行按病种付费。"])
        #expect(GoalsReader.items("  \n") == [])
    }

    /// Both lists in one cell (a text copy lost the column boundary): split where the numbering
    /// style changes, wrapped lines kept with their items.
    @Test func bothListsInOneCell() {
        let grid = TableGrid(rows: [["年度总体目标", "年初设定目标", "全年实际完成情况"],
                                    ["目标1：建成医保服务站12个。\n目标2：完成两定机构检查，\n覆盖率100%。\n1.建成服务站12个。\n2.检查两定机构43家。"]],
                             positional: false)
        let view = TableView(grid)
        let segment = TableSegmenter.segments(of: view)[0]
        let goals = GoalsReader.read(view, segment)
        #expect(goals.planned == ["目标1：建成医保服务站12个。", "目标2：完成两定机构检查，覆盖率100%。"])
        #expect(goals.achieved == ["1.建成服务站12个。", "2.检查两定机构43家。"])
    }

    /// Items a copy ran together on one line, after white space, are items of their own.
    @Test func itemsRunTogetherOnOneLine() {
        #expect(GoalsReader.items("1.参保率稳定在95%以上； 2.建成15分钟医保服务圈。")
                == ["1.参保率稳定在95%以上；", "2.建成15分钟医保服务圈。"])
        #expect(GoalsReader.items("全年完成 3.5% 的增长。") == ["全年完成 3.5% 的增长。"])
    }

    /// A layout dump breaks a wrapped cell into rows of its own; a lone piece under two
    /// columns continues the one that stopped mid-sentence; the 绩效指标 header ends the goals.
    @Test func wrappedRowsOfALayoutDump() {
        let grid = TableGrid(rows: [["年度总体目标", "年初设定目标", "全年实际完成情况"],
                                    ["总体", "1.提高门诊统筹报销水平，年度", "1.门诊统筹报销比例达到"],
                                    ["目标", "报销比例不低于50%。", "52.3%。"],
                                    ["2.完成医保电子凭证推广。", "2.医保电子凭证激活率达到"],
                                    ["81.5%。"],
                                    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"]], positional: false)
        let view = TableView(grid)
        let segment = TableSegmenter.segments(of: view)[0]
        let goals = GoalsReader.read(view, segment)
        #expect(goals.planned == ["1.提高门诊统筹报销水平，年度报销比例不低于50%。", "2.完成医保电子凭证推广。"])
        #expect(goals.achieved == ["1.门诊统筹报销比例达到52.3%。", "2.医保电子凭证激活率达到81.5%。"])
    }

    /// The project form's 项目年度目标 block: its label column is passed over, and a goals row
    /// that names the same words (`对照年度目标，…完成情况`) is content, not a second header.
    @Test func projectFormGoalsBlock() {
        let grid = TableGrid(rows: [["项目年度目标", "年度目标", "年度目标完成情况"],
                                    ["", "完成两定机构年度考核，考核覆盖率100%。", "对照年度目标，两定机构考核全部完成。"]],
                             spans: [CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1)], positional: true)
        let view = TableView(grid)
        let segments = TableSegmenter.segments(of: view)
        #expect(segments.count == 1)
        let goals = GoalsReader.read(view, segments[0])
        #expect(goals.planned == ["完成两定机构年度考核，考核覆盖率100%。"])
        #expect(goals.achieved == ["对照年度目标，两定机构考核全部完成。"])
    }
}
