import Foundation
import ReportModel

/// A form's funds row copied with its cells and figures run together, as a document-sharing
/// site's text extract of a Word form gives it:
/// `年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10`,
/// `预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额10001000100%20`.
///
/// Nothing separates the figures, but the form says what they are and how they hang together:
/// the column words before the row say which figures stand before the 执行率 (年初预算数, the
/// budget, the executed amount, 分值), and the rate is the executed amount over the budget. The
/// figures are cut every way that gives well-formed numbers (no leading zero, two decimals, four
/// where two read nothing, two on the rate, 分值 a whole number from 1 to 100); a cut is kept only where the rate
/// it gives agrees with its amounts within half a point; of those, the cut whose amounts stand
/// closest together (a row's budget, spending and opening budget are of one size: `1000|1000|100`,
/// not `10001000|10|0`) is read, and only where it is the one such cut. A row with no `%` (`1.561.56120`) gives no
/// rate to check a cut against and is left to the text. The breakdown glued after the total
/// (`其中:中央财政资金10200%地方资金4646100%`) is cut the same way, row by row (`rows(line:)`).
enum GluedFundsRow {
    /// The funds rows' labels, longest first.
    static let items = ["年度财政资金总额", "年度资金总额"]

    /// The row read from the first line that holds one; nil when none does or no single reading
    /// holds.
    static func read(_ lines: [String]) -> FundingRow? { rows(lines).first }

    static func read(line c: String) -> FundingRow? { rows(line: c).first }

    /// The total row and the breakdown rows glued after it, from the first line that holds a
    /// total row that reads; empty when none does.
    static func rows(_ lines: [String]) -> [FundingRow] {
        for line in lines.prefix(80) where line.includes("资金总额") && line.contains("%") {
            let rows = rows(line: line.compacted)
            if !rows.isEmpty { return rows }
        }
        return []
    }

    /// The total row of a line, then the rows of its breakdown that follow it glued
    /// (`…100%10其中:中央财政资金10200%地方资金4646100%其他资金`): the form gives them the total's
    /// columns, and each is cut as the total is, on its own rate. The breakdown's 年初预算数 and
    /// 分值 cells are often empty or `—` (the template scores the total only), so a row is cut
    /// with and without them, and read where every closest cut agrees. The breakdown ends at the
    /// first label that names no fund or holds no figures with a rate (`其他资金资金管理情况…`).
    static func rows(line c: String) -> [FundingRow] {
        guard let item = items.first(where: { c.includes($0) }), let r = c.range(of: item) else { return [] }
        var rest = Substring(c[r.upperBound...])
        while let f = rest.first, f == ":" || f == "：" { rest = rest.dropFirst() }
        // The column words before the 执行率: before the row, back to the start of the funds
        // block, or between the row's label and its figures (`columnsAfterItem`).
        let before: String
        let opening: Bool
        if let (words, figuresOn) = columnsAfterItem(rest) {
            before = words
            // Only column words stand there: a `年初` among them is the 年初预算数 column, its
            // 预算 garbled as often as not in a scanned form's extract (`年初预匏数`).
            opening = words.includes("年初")
            rest = figuresOn
        } else {
            let header = String(c[..<r.lowerBound].suffix(80))
            guard let rateWord = header.range(of: "执行率", options: .backwards) else { return [] }
            before = String(header[..<rateWord.lowerBound])
            opening = before.includes("年初预算")
        }
        let figures = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !figures.isEmpty, rest.dropFirst(figures.count).first == "%", figures.count <= 48 else { return [] }
        guard before.includes("执行数") else { return [] }
        var columns: [Column] = []
        if opening { columns.append(.initial) }
        columns += [.budget, .executed]
        if before.includes("分值") { columns.append(.points) }
        columns.append(.rate)
        guard let total = reading(Array(figures), columnSets: [columns]) else { return [] }
        var out = [FundingRow(item: item, budget: total.budget, executed: total.executed, executionRate: total.rate)]
        // The breakdown may leave out the 年初预算数 and the 分值 its total has.
        var sets: [[Column]] = [columns]
        for dropped in [[Column.points], [.initial], [.initial, .points]] {
            let fewer = columns.filter { !dropped.contains($0) }
            if fewer != columns, !sets.contains(fewer) { sets.append(fewer) }
        }
        rest = rest.dropFirst(figures.count + 1)
        while out.count < 8 {
            // The row's 得分 and the `—` of its empty cells, after the rate.
            rest = rest.drop { ($0.isASCII && ($0.isNumber || $0 == ".")) || FundsReader.placeholders.contains(String($0)) }
            let label = rest.prefix { !($0.isASCII && $0.isNumber) && $0 != "%" && !FundsReader.placeholders.contains(String($0)) }
            let name = FundsReader.itemName(String(label))
            guard !label.isEmpty, label.count <= 24, FundsReader.isFundsItem(name), !FundsReader.isGroupLabel(name) else { break }
            rest = rest.dropFirst(label.count)
            // The figures up to the rate; a `—` standing for an empty cell is left out.
            let run = rest.prefix { $0 != "%" }
            guard run.count <= 60, rest.dropFirst(run.count).first == "%",
                  run.allSatisfy({ ($0.isASCII && ($0.isNumber || $0 == ".")) || FundsReader.placeholders.contains(String($0)) }) else { break }
            let digits = run.filter { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !digits.isEmpty, let row = reading(Array(digits), columnSets: sets) else { break }
            out.append(FundingRow(item: name, budget: row.budget, executed: row.executed, executionRate: row.rate))
            rest = rest.dropFirst(run.count + 1)
        }
        return out
    }

    /// The one reading of `figures` under any of the column sets, or nil.
    ///
    /// Amounts in 万元 are written to two decimals, some to four (`207.4538`): a cut with four
    /// (`2456.1810` before a 分值 of 0) is tried only where no cut with two reads.
    private static func reading(_ figures: [Character], columnSets: [[Column]]) -> (budget: Double, executed: Double, rate: Double)? {
        for decimals in [2, 4] {
            var readings: [(budget: Double, executed: Double, rate: Double, spread: Double)] = []
            for columns in columnSets {
                cut(figures, columns: columns[...], decimals: decimals, into: []) { values in
                    let v = Dictionary(uniqueKeysWithValues: zip(columns, values))
                    guard let budget = v[.budget], let executed = v[.executed], let rate = v[.rate], budget > 0 else { return }
                    guard abs(executed / budget * 100 - rate) <= 0.5 else { return }
                    // The amounts of one row are of one size: the budget, what was spent of it and the
                    // year's opening budget stand close together (`1000|1000|100`, not `10001000|10|0`).
                    let amounts = [v[.initial], budget, executed].compactMap { $0 }
                    let spread = amounts.contains { $0 <= 0 } ? Double.infinity : amounts.max()! / amounts.min()!
                    readings.append((budget, executed, rate, spread))
                }
            }
            guard let best = readings.map(\.spread).min() else { continue }
            var closest = readings.filter { $0.spread == best }
            // Nothing spent (`102|0|0%`): the amounts cannot be compared, and the rate 0 agrees with
            // any budget. Where no cut has amounts of one size, a cut spending nothing is read
            // when it is the only one (the rate's `0` and the executed `0` take the last figures).
            if best > 100 {
                closest = readings.filter { $0.executed == 0 && $0.rate == 0 }
            }
            guard let first = closest.first,
                  closest.allSatisfy({ $0.budget == first.budget && $0.executed == first.executed && $0.rate == first.rate }) else { return nil }
            return (first.budget, first.executed, first.rate)
        }
        return nil
    }

    enum Column: Hashable { case initial, budget, executed, points, rate }

    /// Every cut of `chars` into one well-formed number per column.
    private static func cut(_ chars: [Character], columns: ArraySlice<Column>, decimals: Int, into values: [Double],
                            _ found: ([Double]) -> Void) {
        guard let column = columns.first else {
            if chars.isEmpty { found(values) }
            return
        }
        if columns.count == 1 {
            if let v = number(chars[...], column, decimals: decimals) { found(values + [v]) }
            return
        }
        // Leave at least one character for each column after this one.
        let longest = chars.count - (columns.count - 1)
        guard longest >= 1 else { return }
        for n in 1...longest {
            guard let v = number(chars[..<n], column, decimals: decimals) else { continue }
            cut(Array(chars[n...]), columns: columns.dropFirst(), decimals: decimals, into: values + [v], found)
        }
    }

    /// A well-formed figure for the column, or nil.
    private static func number(_ s: ArraySlice<Character>, _ column: Column, decimals most: Int) -> Double? {
        guard let first = s.first, first != "." , s.last != "." else { return nil }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0]
        if whole.count > 1, whole.first == "0" { return nil }
        if parts.count == 2 {
            let decimals = parts[1].count
            guard decimals >= 1, decimals <= (column == .rate ? 2 : most), column != .points else { return nil }
        }
        guard let v = Double(String(s)) else { return nil }
        // 分值 is the row's points: a whole number from 1 to 100.
        if column == .points, v < 1 || v > 100 { return nil }
        if column == .rate, v > 300 { return nil }
        return v
    }
}
