/// Splits a table into the blocks of a self-evaluation form by their header rows: the national
/// templates put the header block, funds, 资金管理, 年度总体目标 and 绩效指标 into one table.
enum TableSegmenter {
    static func segments(of view: TableView) -> [TableSegment] {
        var heads: [(start: Int, header: Int, kind: TableSegment.Kind)] = []
        for r in 0..<view.rowCount {
            if let k = headerKind(view.grid.rows[r].filter { !$0.trimmingWhitespace().isEmpty }) {
                // A header on two rows (or repeated after a PDF page break) is one header: the
                // block starts at its first row, its columns are named by the last.
                if let last = heads.last, last.kind == k, last.header == r - 1 { heads[heads.count - 1].header = r; continue }
                heads.append((r, r, k))
            }
        }
        var out: [TableSegment] = []
        // Rows before the first header (all rows when there is none) may be indicator rows whose
        // header the copy lost: the page kept a form's body from its middle on.
        if let rows = headerlessIndicatorRows(view, in: 0..<(heads.first?.start ?? view.rowCount)) {
            out.append(TableSegment(kind: .indicators, header: rows.lowerBound, rows: rows, impliedHeader: HeaderlessRow.columns))
        }
        for (k, head) in heads.enumerated() {
            let end = k + 1 < heads.count ? heads[k + 1].start : view.rowCount
            out.append(TableSegment(kind: head.kind, header: head.header, rows: (head.header + 1)..<end))
        }
        return out
    }

    /// The rows of `range` that are indicator rows with no header over them, from the first to
    /// the last that `HeaderlessRow` places: at least two rows of a name and a target, and a
    /// level label among them (a form's body whose header the copy lost, a table continued on a
    /// page that did not repeat its header). Nil when they are not.
    static func headerlessIndicatorRows(_ view: TableView, in range: Range<Int>) -> Range<Int>? {
        guard range.count >= 2 else { return nil }
        var rows = 0
        var labelled = false
        var first: Int?
        var last = 0
        for r in range {
            guard let placed = HeaderlessRow.place(view.packed(r)) else { continue }
            if placed[3] != nil { rows += 1 }
            if placed[0] != nil || placed[1] != nil { labelled = true }
            if first == nil { first = r }
            last = r
        }
        guard rows >= 2, labelled, let first else { return nil }
        return first..<(last + 1)
    }

    /// What block a row heads, if it is a header row.
    static func headerKind(_ cells: [String]) -> TableSegment.Kind? {
        let c = cells.map { $0.compacted }
        guard !c.isEmpty else { return nil }
        // Header cells are labels; a row holding a sentence (不存在执行数偏离预算数…) is content.
        // (A speck OCR read as `|。|` is no sentence.)
        let headerish = c.allSatisfy { $0.count <= 30 && ($0.count < 8 || !$0.includes("。") && !$0.includes("，")) }
        // `说明：…` in one cell is the same note as `说明 | …` in two (the form reader keeps either).
        if let first = c.first, first == "说明" || first.hasPrefix("说明:") || first.hasPrefix("说明：") || first.hasPrefix("注:") || first.hasPrefix("注：")
            || first == "备注" {
            return .notes
        }
        guard headerish else { return nil }
        // Nor does a header hold figures: a row of amounts whose note names 执行率 (`1.预算执行率=
        // 预算执行数/调整后预算数`) is the block's first row.
        let figures = c.filter { $0.isPlainNumber || (($0.hasSuffix("%") || $0.hasSuffix("％")) && String($0.dropLast()).isPlainNumber) }
        guard figures.count < 2 else { return nil }
        let roles = c.map(ColumnRole.of)
        let has = { (f: (String) -> Bool) in c.contains(where: f) }
        if has({ $0.includes("预算数") || $0.includes("预算金额") || $0.includes("年初预算") || $0.includes("调整后预算") }),
           has({ $0.includes("执行数") || $0.includes("执行率") || $0.includes("实际支出") || $0.includes("执行资金") }) {
            return .funds
        }
        if has({ $0.includes("资金管理情况") }) || (has({ $0 == "情况说明" }) && has({ $0.includes("存在问题") })) {
            return .management
        }
        let hasName = roles.contains(.name) || roles.contains(.level2)
        // Goals headers are labels; a goals row holds sentences that may name the same words
        // (`对照年度目标，说明…完成情况`).
        if !hasName, has({ $0.includes("总体目标") || $0.includes("年初设定目标") || $0.includes("预期目标") || $0.includes("年度目标") || $0.includes("绩效目标") }),
           has({ $0.includes("完成情况") || $0.includes("实际完成") }), !has({ $0.includes("，") || $0.includes("。") }) {
            return .goals
        }
        if hasName, roles.contains(where: { [.target, .actual, .operatorSign, .adjustedTarget].contains($0) }),
           c.filter({ ColumnRole.isHeaderWord($0) }).count >= 2 {
            return .indicators
        }
        if roles.contains(.score), roles.contains(.weight) || c.contains(where: { $0.includes("分值") }),
           !roles.contains(where: { [.target, .actual].contains($0) }) {
            return .scores
        }
        return nil
    }
}
