/// `二、化肥减量增效田间试验 | ≧15组 | 15组 | 15.0`: a row of an indicator block whose name a form
/// numbers as a heading is (一、 二、 for the groups of its indicators, 1、 2、 under them). Inside
/// a form a numbered line ends the block, as a report's next heading does; a line that goes on
/// with the row's figures (two at least: a target, a result, points) is no heading but a row.
/// A heading split at its spaces (`二、 自评 结论`) holds no figures.
enum NumberedFormRow {
    /// Whether the line that starts at `cells[k]` is a form's row: its cells after the first hold
    /// two figures or more.
    static func isRow(_ cells: [TextCell], at k: Int) -> Bool {
        guard k < cells.count, cells[k].startsLine, cells[k].lineCells >= 3 else { return false }
        let end = min(cells.count, k + cells[k].lineCells)
        let figures: [CellKind] = [.number, .percent, .quantity]
        var count = 0
        for j in (k + 1)..<end where cells[j].item == cells[k].item && figures.contains(CellKind.of(cells[j].text)) {
            count += 1
        }
        return count >= 2
    }
}
