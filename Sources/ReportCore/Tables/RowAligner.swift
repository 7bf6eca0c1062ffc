/// Places cells in columns when a text copy of a table lost its empty cells.
///
/// Scraped and copied tables drop empty cells and merged cells' repeats, and pack what is left
/// to the left (or one cell per line). Knowing each column's role from the header and what each
/// cell holds (`CellKind`), the aligner finds the placement with the least cost by dynamic
/// programming: a column skipped costs a little, a cell in a column that cannot hold it (a unit
/// in the name column) costs a lot.
struct RowAligner {
    let roles: [ColumnRole]

    /// Aligns the cells of one row. - Returns: one entry per column, nil where no cell went.
    func alignRow(_ cells: [String]) -> [String?] {
        alignStream(cells, allowNewRows: false).first ?? Array(repeating: nil, count: roles.count)
    }

    /// Where a cell of a stream stood: line starts are where rows usually start.
    struct Place {
        var startsLine: Bool
        var lineCells: Int
    }

    /// Aligns a stream of cells that holds several rows one after another (a table flattened one
    /// cell per line, or rows of a text copy), deciding where each row starts. With `places`, a
    /// row starting inside a line costs more (unless the line holds more cells than a row: a row
    /// or whole form on one line), and so does a row going on over a line that is a row of its
    /// own (a row broken over two lines is allowed, at a price).
    func alignStream(_ cells: [String], places: [Place]? = nil, kinds known: [CellKind]? = nil, allowNewRows: Bool = true) -> [[String?]] {
        let m = roles.count
        let n = cells.count
        guard m > 0, n > 0 else { return [] }
        let kinds = known ?? cells.map(CellKind.of)
        let inf = Double.infinity
        // best[i][k]: least cost with cells 0..<i placed and cell i-1 in column k.
        var best = Array(repeating: Array(repeating: inf, count: m), count: n + 1)
        var from = Array(repeating: Array(repeating: (prev: -1, newRow: false), count: m), count: n + 1)
        var skipPrefix = [0.0]
        for r in roles { skipPrefix.append(skipPrefix.last! + skipCost(r)) }
        func skips(_ a: Int, _ b: Int) -> Double { b > a ? skipPrefix[b] - skipPrefix[a] : 0 }

        for k in 0..<m {
            best[1][k] = skips(0, k) + cost(roles[k], kinds[0])
            from[1][k] = (-1, true)
        }
        if n > 1 {
            for i in 1..<n {
                var goOn = 0.0
                var start = 0.0
                if let places {
                    let here = places[i], before = places[i - 1]
                    if here.startsLine {
                        if here.lineCells > 1, before.lineCells > 1 { goOn = rowOverLinesCost }
                    } else if here.lineCells <= m {
                        start = rowInLineCost
                    }
                }
                for prev in 0..<m where best[i][prev] < inf {
                    let base = best[i][prev]
                    // Same row, a later column.
                    if prev + 1 < m {
                        for k in (prev + 1)..<m {
                            let c = base + goOn + skips(prev + 1, k) + cost(roles[k], kinds[i])
                            if c < best[i + 1][k] { best[i + 1][k] = c; from[i + 1][k] = (prev, false) }
                        }
                    }
                    guard allowNewRows else { continue }
                    // A new row.
                    let close = base + start + skips(prev + 1, m) + newRowCost
                    for k in 0..<m {
                        let c = close + skips(0, k) + cost(roles[k], kinds[i])
                        if c < best[i + 1][k] { best[i + 1][k] = c; from[i + 1][k] = (prev, true) }
                    }
                }
            }
        }
        var endCol = 0
        var endCost = inf
        // Equal costs summed in different orders differ in their last bits: a row cut short
        // (`… | = | 100 |`, the rest lost) costs the same ended at the target as at the actual,
        // and the float noise picked the later column. Costs within `tie` are equal, and the
        // earliest end wins: what a cut row kept are its first columns.
        let tie = 1e-9
        for k in 0..<m {
            let c = best[n][k] + skips(k + 1, m)
            if c < endCost - tie { endCost = c; endCol = k }
        }
        // Walk back.
        var placement = Array(repeating: (col: 0, newRow: false), count: n)
        var k = endCol
        var i = n
        while i > 0 {
            let step = from[i][k]
            placement[i - 1] = (k, step.newRow)
            k = max(step.prev, 0)
            i -= 1
        }
        var rows: [[String?]] = []
        for (idx, p) in placement.enumerated() {
            if p.newRow || rows.isEmpty { rows.append(Array(repeating: nil, count: m)) }
            rows[rows.count - 1][p.col] = cells[idx]
        }
        return rows
    }

    private let newRowCost = 0.5
    private let rowInLineCost = 3.0
    private let rowOverLinesCost = 0.8

    private func skipCost(_ role: ColumnRole) -> Double {
        switch role {
        case .stub, .level1, .level2, .label: return 0.3
        case .amount: return 0.8
        case .rate: return 0.6
        case .unit, .note, .attribute, .other, .operatorSign: return 0.4
        case .weight, .score, .criterion, .adjustedTarget: return 0.6
        case .name, .target, .actual: return 1.0
        }
    }

    /// How badly a cell of `kind` fits a column of `role`; 0 is a perfect fit.
    private func cost(_ role: ColumnRole, _ kind: CellKind) -> Double {
        let bad = 50.0
        // A template's `指标2` / `……` slot stands in the name column of its row: free there, dear
        // anywhere else. Priced as any empty cell, it let a long note before it start a row of its
        // own, the slot filling that row's value columns. (The switches below that name every
        // kind list it with the same prices.)
        if kind == .unfilledName { return role == .name ? 0 : 3 }
        switch role {
        case .stub:
            return kind == .empty ? 0 : bad
        case .level1:
            switch kind { case .empty: return 0.2; case .level1, .total: return 0; case .level2: return 4; case .text: return 3; default: return bad }
        case .level2:
            switch kind { case .empty: return 0.2; case .level2: return 0; case .level1: return 4; case .text: return 3; case .total: return 1; default: return bad }
        case .name:
            switch kind {
            case .text, .unfilledName: return 0; case .empty: return 1; case .level2: return 2; case .quantity: return 3; case .total: return 1
            case .level1: return 5; case .number, .percent, .unit: return 8; case .attribute: return 20; case .operatorSign: return bad
            }
        case .operatorSign:
            switch kind { case .operatorSign: return 0; case .empty: return 0.2; default: return bad }
        case .target, .adjustedTarget, .criterion, .actual:
            switch kind {
            case .quantity, .number, .percent: return 0; case .text: return 0.5; case .empty: return 0.3; case .unfilledName: return 3
            case .operatorSign: return role == .actual ? 20 : 5; case .level1, .level2: return 6; case .unit: return 8; case .attribute: return 20
            case .total: return bad
            }
        case .unit:
            switch kind { case .unit: return 0; case .empty: return 0.2; default: return bad }
        case .attribute:
            switch kind { case .attribute: return 0; case .empty: return 0.2; default: return bad }
        case .weight, .score:
            switch kind { case .number: return 0; case .empty: return 0.3; case .quantity: return 2; case .percent: return 3; default: return bad }
        case .note:
            switch kind { case .text: return 0.5; case .empty: return 0.2; case .quantity, .number, .percent: return 2; case .total: return bad; default: return 6 }
        case .amount:
            switch kind { case .number: return 0; case .empty: return 0.3; case .quantity: return 1; case .percent: return 3; default: return bad }
        case .rate:
            switch kind { case .percent: return 0; case .empty: return 0.3; case .number: return 0.7; case .quantity: return 1; default: return bad }
        case .label:
            switch kind {
            case .text, .level1, .level2, .total: return 0; case .empty: return 0.5; case .unit, .attribute, .unfilledName: return 3
            case .number, .percent, .quantity, .operatorSign: return bad
            }
        case .other:
            return kind == .empty ? 0.3 : 1
        }
    }
}
