import Foundation
import ReportModel

/// The year's funds of the older provincial project template, whose 项目基本概况 block states them
/// as labelled cells rather than a funds table: `计划安排资金(万元) | 1208.75 | 实际到位资金(万元) |
/// 1208.75 | 实际支出(万元) | 991.51 | 结余(万元) | 217.24`, one cell a line or in one row.
///
/// The planned sum is the year's budget and 实际支出 what was spent of it; 实际到位资金 (what
/// arrived) and 结余 (what was left) are neither. Each label must be a cell of its own with the
/// figure as the next cell (its `(万元)` may stand between, on a line of its own), and the unit
/// must be stated as 万元: a sum in a sentence (`计划安排资金1208.75万元`) is the prose readers',
/// and a label whose next cell is no figure gives nothing. Both sums are needed and must stand
/// close together (one block of the form). The template states no rate: none is made up.
enum PlannedAndSpentCells {
    /// Labels of the year's planned sum.
    static let budgetLabels = ["计划安排资金", "预算安排资金", "计划安排金额"]
    /// Labels of what was spent.
    static let executedLabels = ["实际支出", "实际支出资金", "实际使用资金"]

    /// How many cells apart the two sums may stand: the block has four labelled sums.
    static let reach = 12

    static func read(_ lines: [String]) -> FundingRow? {
        let cells = self.cells(lines)
        guard let budget = sum(labelled: budgetLabels, in: cells) else { return nil }
        guard let spent = sum(labelled: executedLabels, in: cells), abs(spent.at - budget.at) <= reach else { return nil }
        return FundingRow(item: ProseFundsRow.item, budget: budget.value, executed: spent.value)
    }

    /// The first cell labelled by one of `labels` with its unit stated as 万元 and a figure as
    /// the next cell, and where the label stands.
    static func sum(labelled labels: [String], in cells: [String]) -> (value: Double, at: Int)? {
        for (i, cell) in cells.enumerated() {
            var label = cell
            var unitStated = false
            for unit in ["(万元)", "（万元）"] where label.hasSuffix(unit) {
                label = String(label.dropLast(unit.count))
                unitStated = true
            }
            guard labels.contains(label) else { continue }
            var next = i + 1
            if next < cells.count, ["(万元)", "（万元）"].contains(cells[next]) {
                unitStated = true
                next += 1
            }
            guard unitStated, next < cells.count, cells[next].isPlainNumber,
                  let value = Double(cells[next].replacingOccurrences(of: ",", with: "")) else { continue }
            return (value, i)
        }
        return nil
    }

    /// The text's cells in order: each line cut at its bars and at runs of spaces, a unit in
    /// brackets set after a space joined back to its label, colons dropped.
    static func cells(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines {
            for piece in line.split(whereSeparator: { $0 == "|" || $0 == "｜" || $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "\u{00A0}" }) {
                let c = String(piece).compacted.filter { $0 != ":" && $0 != "：" }
                guard !c.isEmpty else { continue }
                if ["(万元)", "（万元）"].contains(c), let last = out.last, !last.isPlainNumber, !last.hasSuffix(")"), !last.hasSuffix("）") {
                    out[out.count - 1] = last + c
                } else {
                    out.append(c)
                }
            }
        }
        return out
    }
}
