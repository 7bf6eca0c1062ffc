import ReportModel

/// Turns the structured body into the canonical fields: metadata, funds, 绩效指标, goals and
/// scores, with cross-checks. Runs once, in core, for every format.
enum Interpreter {
    struct Result {
        var metadata: Metadata
        var funding: [FundingRow] = []
        var indicators: [Indicator] = []
        var goals = Goals()
        var scores: Scores?
        var warnings: [ReportWarning] = []
    }

    static func interpret(_ body: StructuredBody) -> Result {
        let tables: [TableGrid] = body.items.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        var result = Result(metadata: MetadataInterpreter.interpret(body, tables: tables))
        var tableScores = Scores()
        var joiner = IndicatorJoiner()
        for (t, grid) in tables.enumerated() {
            let view = TableView(grid)
            let segments = TableSegmenter.segments(of: view)
            for segment in segments {
                switch segment.kind {
                case .funds:
                    let rows = FundsReader.read(view, segment, warnings: &result.warnings)
                    if rows.isEmpty {
                        result.warnings.append(ReportWarning(code: "funds-table-unread", message:
                            "table \(t + 1): a funds block (row \(segment.header + 1)) has no row naming a source of funds; kept in tables only",
                            page: grid.page, row: segment.header))
                    }
                    result.funding += rows
                case .indicators:
                    let block = IndicatorReader.read(view, segment, tableIndex: t, warnings: &result.warnings)
                    if block.rows.isEmpty {
                        result.warnings.append(ReportWarning(code: "indicator-table-unread", message:
                            "table \(t + 1): an indicator block (row \(segment.header + 1)) gave no rows; kept in tables only",
                            page: grid.page, row: segment.header))
                    }
                    if block.hasTargets || result.indicators.isEmpty {
                        result.indicators += block.rows
                    } else {
                        joiner.join(results: block.rows, into: &result.indicators)
                    }
                    if let total = block.totalRow, let s = total.score { tableScores.total = tableScores.total ?? s }
                case .scores:
                    let s = ScoresReader.readTable(view, segment)
                    tableScores.items += s.items
                    tableScores.total = tableScores.total ?? s.total
                case .goals:
                    let g = GoalsReader.read(view, segment)
                    result.goals.planned += g.planned
                    result.goals.achieved += g.achieved
                case .management, .notes:
                    break
                }
            }
            if segments.isEmpty, looksLikeIndicatorTable(grid) {
                result.warnings.append(ReportWarning(code: "table-not-interpreted", message:
                    "table \(t + 1) mentions 指标 or 预算 but has no header row that could be read; kept in tables only",
                    page: grid.page))
            }
        }
        // A scrambled extract's header pieces read as rows (`HeaderPieceRows`).
        result.indicators.removeAll(where: HeaderPieceRows.isHeaderPieces)
        let lines = body.bodyLines
        // A funds row whose cells and figures a text copy ran together, where no table gave one,
        // with the breakdown rows glued after it that cut as it does. The warning that the
        // run-together funds were not read as a table still stands for the rows that did not.
        let fundsTableRead = !result.funding.isEmpty
        if result.funding.isEmpty { result.funding = GluedFundsRow.rows(lines) }
        // Its figures set apart from its words by a scrambled spreadsheet extract.
        if result.funding.isEmpty, let row = ScatteredFundsRow.read(lines) { result.funding = [row] }
        // Its rows of a plain pdftotext dump of the printed form, labels and figures in reading
        // order, where no row read holds a figure, or, in a text of no column gaps (such a dump),
        // no row read has figures whose arithmetic holds: the tables cut from such a dump place
        // figures in the wrong columns, or none. Column gaps place them as the form did.
        let noFigures = !result.funding.contains { $0.budget != nil || $0.executed != nil || $0.executionRate != nil }
        if noFigures || (!result.funding.contains(where: RateCheckedFundsRows.holds) && !RateCheckedFundsRows.hasColumnGaps(body.items)) {
            let rows = RateCheckedFundsRows.read(RateCheckedFundsRows.lines(of: body.items))
            if !rows.isEmpty { result.funding = rows }
        }
        // A department form's allocated and paid-out money (预算安排 / 拨付情况), its header wrapped.
        if result.funding.isEmpty { result.funding = AllocationFundsRows.read(lines) }
        // A transfer form's lettered columns, the 执行率 named by its formula (E/C×100%).
        if result.funding.isEmpty { result.funding = LetteredFundsRows.read(lines) }
        // The older project template's labelled sums (计划安排资金 / 实际支出) in its overview block.
        if result.funding.isEmpty, let row = PlannedAndSpentCells.read(lines) { result.funding = [row] }
        // The year's funds stated in the report's prose, where no table or form gave a row.
        if result.funding.isEmpty, let row = ProseFundsRow.read(lines) { result.funding = [row] }
        // The same in 元, proved by the rate its sentence states.
        if result.funding.isEmpty, let row = YuanProseFunds.read(lines) {
            result.funding = [row]
            result.warnings.append(YuanProseFunds.warning)
        }
        // The older template's numbered slots (`指标7:name target actual points score`) in a text
        // whose cells lost their places, where no table gave indicators with a value (a table cut
        // from such a text may give a slot's name alone). A table cut from such a line keeps its
        // cells in the line's order, so its cells are read run on again, in that order.
        if !result.indicators.contains(where: { $0.target != nil || $0.actual != nil || $0.score != nil }) {
            let flattened = tables.map { $0.rows.joined().filter { !$0.isEmpty }.joined(separator: " ") }
            let slots = NumberedSlotRows.read(lines + flattened)
            if !slots.isEmpty { result.indicators = slots }
        }
        // Goals stated in the report's prose, where its form gave none.
        if result.goals.planned.isEmpty && result.goals.achieved.isEmpty {
            result.goals.planned = ProseGoalsReader.planned(in: lines)
        }
        // A year's target stated on a row of its own above its indicators (the older forms).
        if result.goals.planned.isEmpty && result.goals.achieved.isEmpty {
            result.goals.planned = NumberedGoalRows.planned(in: tables)
        }
        tableScores.grade = ScoresReader.grade(in: lines, tables: tables)
        if tableScores.total == nil { tableScores.total = ScoresReader.proseTotal(in: lines) ?? ScoresReader.headTotal(in: lines, tables: tables)
            ?? ScoresReader.gluedTotal(in: lines) ?? WrappedProseTotal.read(lines) }
        if tableScores.total != nil || tableScores.grade != nil || !tableScores.items.isEmpty { result.scores = tableScores }
        result.warnings += CrossChecks.rates(result.funding)
        result.warnings += CrossChecks.met(&result.indicators)
        result.warnings += CrossChecks.indicatorCount(lines: lines, found: result.indicators.count)
        result.warnings += IndicatorReader.runTogetherWarnings(lines, indicatorsRead: !result.indicators.isEmpty, fundsRead: fundsTableRead)
        return result
    }

    private static func looksLikeIndicatorTable(_ grid: TableGrid) -> Bool {
        let text = grid.rows.flatMap { $0 }.joined()
        return text.includes("三级指标") || text.includes("全年预算数") || text.includes("全年执行数")
    }
}
