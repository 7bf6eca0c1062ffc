import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Funds rows of plain `pdftotext` dumps of printed forms, read by their arithmetic
/// (`RateCheckedFundsRows`). Every form here is invented.
@Suite struct RateCheckedFundsRowsTests {
    func read(_ text: String) -> [FundingRow] {
        RateCheckedFundsRows.read(text.split(separator: "\n").map(String.init))
    }

    @Test func figuresBeforeTheCentredLabelAndTheRatesSignCutOff() {
        // A printed Word form: the row's first line of figures above its label, the amounts cut
        // (`2480.5` / `0`), the rate's `%` on a line of its own.
        let rows = read("""
            年初预算数
            全年预算数
            全年执行数
            分值
            执行率
            得分
            2310.5 2480.5 2405.1
            10
            96.96
            年度资金总额
            0 0 0
            %
            上年结转资金
            —
            —
            —
            年度总体目标
            """)
        #expect(rows.count == 2)
        #expect(rows[0] == FundingRow(item: "年度资金总额", budget: 2480.5, executed: 2405.1, executionRate: 96.96))
        #expect(rows[1] == FundingRow(item: "上年结转资金"))
    }

    @Test func cellsOfARowInAnyOrder() {
        // A browser's print: the row's 分值 and 执行率 between its amounts; the 分值 and 得分 also
        // make the rate (10 × 97.56% = 9.76) and lose to the larger budget.
        let rows = read("""
            年初预算数 全年预算数 全年执行数
            分值
            执行率
            得分
            年度资金总额
            2,104.60
            10
            97.56%
            9.76
            2,286.91
            2,231.08
            其中：财政拨款
            1,986.60
            2,168.91
            2,113.08
            97.43%
            """)
        #expect(rows == [FundingRow(item: "年度资金总额", budget: 2286.91, executed: 2231.08, executionRate: 97.56),
                         FundingRow(item: "财政拨款", budget: 2168.91, executed: 2113.08, executionRate: 97.43)])
    }

    @Test func aLabelWithItsFiguresOnItsLine() {
        let rows = read("全年预算数 全年执行数 执行率\n年度资金总额 18 17.46 97.00%\n其中：当年财政拨款 18\n其他资金")
        #expect(rows == [FundingRow(item: "年度资金总额", budget: 18, executed: 17.46, executionRate: 97),
                         FundingRow(item: "当年财政拨款"), FundingRow(item: "其他资金")])
    }

    @Test func arithmeticThatHolds() {
        #expect(RateCheckedFundsRows.holds(FundingRow(item: "x", budget: 80, executed: 76, executionRate: 95)))
        #expect(!RateCheckedFundsRows.holds(FundingRow(item: "x", budget: 80, executed: 76, executionRate: 10)))
        #expect(!RateCheckedFundsRows.holds(FundingRow(item: "x", budget: 80, executed: nil, executionRate: 95)))
    }

    @Test func columnGapsAreTold() {
        let line = { (s: String) in BodyItem.line(SourceLine(raw: s, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
        #expect(RateCheckedFundsRows.hasColumnGaps([line("年度资金总额   80   76   95%")]))
        #expect(!RateCheckedFundsRows.hasColumnGaps([line("年度资金总额 80 76 95%"), line("  缩进")]))
    }

    @Test func theBodysTablesCellsCountAsLines() {
        let grid = TableGrid(rows: [["全年预算数", "全年执行数", "执行率"], ["年度资金总额", "80", "76\n95%"]], positional: false)
        #expect(RateCheckedFundsRows.lines(of: [.table(grid)]) == ["全年预算数", "全年执行数", "执行率", "年度资金总额", "80", "76", "95%"])
    }

    // MARK: - Negatives

    @Test func figuresThatDoNotMakeTheRateReadNothing() {
        let rows = read("全年预算数\n全年执行数\n执行率\n年度资金总额\n120.5\n98.0\n66.6%")
        #expect(rows.isEmpty)
    }

    @Test func proseWithTheWordsReadsNothing() {
        // Prose states the figures, but no label stands on a line of its own, and no rate column
        // is named: no block.
        let rows = read("2023年全年预算数2286.91万元，全年执行数2231.08万元，预算执行率97.56%。\n年度资金总额\n2286.91 2231.08 97.56%")
        #expect(rows.isEmpty)
    }

    @Test func labelsAreNoSentencesAndNoneOfTheHead() {
        #expect(RateCheckedFundsRows.isLabel("其中：中央财政资金"))
        #expect(!RateCheckedFundsRows.isLabel("加强医保基金运行分析，均衡项目支出进度。"))
        #expect(!RateCheckedFundsRows.isLabel("地方主管部门某县医疗保障局"))
        #expect(!RateCheckedFundsRows.isLabel("全年预算数"))
        // The block's own label before a row's is dropped.
        let rows = read("全年预算数 全年执行数 执行率\n资金投入情况 年度资金总额 50 45 90%")
        #expect(rows == [FundingRow(item: "年度资金总额", budget: 50, executed: 45, executionRate: 90)])
    }

    @Test func anInsuranceFundsAccountsAreNoFundsBlock() {
        let rows = read("预算数 执行数 执行率\n基金收入\n15000\n14800\n98.67%\n其中：保险费收入\n5000\n5100\n102%")
        #expect(rows.isEmpty)
    }

    @Test func figuresAfterTheBlockEndAreNotRead() {
        let rows = read("全年预算数\n全年执行数\n执行率\n年度资金总额\n年度总体目标\n100 95 95%")
        #expect(rows.isEmpty)
    }

    @Test func theTemplatesBlanksAfterALabelAreItsCells() {
        // A sharing site's scrambled extract: the total's and the breakdown's figures (the same)
        // after both labels, then the next label with its blanks. The second run of figures,
        // before 上年结转资金, is the breakdown's, not that row's.
        let rows = read("""
            全年预算数 全年执行数 分值 执行率 得分
            年度资金总额
            其中:当年财政拨款
            48.2 47.9 10 99.38% 9 48.2 47.9 — 99.38% —
            上年结转资金 — —
            其他资金 — —
            年度总体目标
            """)
        #expect(rows.map(\.item) == ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"])
        #expect(rows[1] == FundingRow(item: "当年财政拨款", budget: 48.2, executed: 47.9, executionRate: 99.38))
        #expect(rows[2] == FundingRow(item: "上年结转资金") && rows[3] == FundingRow(item: "其他资金"))
        // Figures right after a label are still its own, a blank among them or not.
        let own = read("""
            全年预算数 全年执行数 执行率
            上年结转资金
            40 38 95% —
            年度总体目标
            """)
        #expect(own == [FundingRow(item: "上年结转资金", budget: 40, executed: 38, executionRate: 95)])
    }
}
