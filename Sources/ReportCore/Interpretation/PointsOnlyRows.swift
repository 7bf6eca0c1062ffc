import ReportModel

/// Rows of the older national form whose target and result the unit left blank, the name saying
/// it (`指标1:年度资金支付完成率100% | | | 10 | 10`): once the empty cells vanish, the two figures
/// left are the row's 分值 and 得分, but they stand where a packed row's target and actual go
/// (`10` / `10`).
///
/// The form's own total tells: its 总分 row's points are the rows' weights added up, with or
/// without the template's 10 points of 预算执行率 (their cell stands in the funds block). When
/// the block's other rows state their weights, those weights alone do not make the total, and
/// with the bare pairs read as points they do, the pairs are points: weight and score, no target
/// and no actual. Pairs with a unit, a sign or a percentage are values (`≥50个`, `90%`), and a
/// block with no weighted row, or no total, is left as read.
enum PointsOnlyRows {
    /// The template's points for 预算执行率, stated in the funds block, not in an indicator row.
    static let budgetExecutionPoints = 10.0

    static func apply(_ block: inout IndicatorReader.Block, roles: [ColumnRole]) {
        guard [ColumnRole.target, .actual, .weight, .score].allSatisfy(roles.contains),
              let total = block.totalRow?.weight else { return }
        let pairs = block.rows.indices.filter { isBarePair(block.rows[$0]) }
        let weighted = block.rows.filter { $0.weight != nil && $0.score != nil }
        guard !pairs.isEmpty, !weighted.isEmpty else { return }
        let stated = weighted.compactMap(\.weight).reduce(0, +)
        let pairPoints = pairs.compactMap { block.rows[$0].target?.value }.reduce(0, +)
        func makesTotal(_ sum: Double) -> Bool {
            abs(sum - total) < 0.01 || abs(sum + budgetExecutionPoints - total) < 0.01
        }
        guard !makesTotal(stated), makesTotal(stated + pairPoints) else { return }
        for i in pairs {
            block.rows[i].weight = block.rows[i].target?.value
            block.rows[i].score = block.rows[i].actual?.value
            block.rows[i].target = nil
            block.rows[i].actual = nil
        }
    }

    /// A row with no points whose target and actual are each a bare figure (no sign, no unit).
    static func isBarePair(_ row: Indicator) -> Bool {
        guard row.weight == nil, row.score == nil, let t = row.target, let a = row.actual,
              t.operator == nil, t.unit == nil, a.unit == nil, t.value != nil, a.value != nil else { return false }
        return t.raw.compacted.isPlainNumber && a.raw.compacted.isPlainNumber
    }
}
