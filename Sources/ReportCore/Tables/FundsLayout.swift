/// The funds block (资金投入情况) of a `pdftotext -layout` dump of a printed form whose cells wrap,
/// read as a table by where its characters stand (`WrappedLayoutForm` finds the block and its
/// header's columns).
///
/// Its row labels stand under no header word: the merged caption (`预算执行情况（万元）`,
/// `项目资金（万元）`) heads them and the block's side label at once. So the body's own columns left
/// of the amounts are found as the header's are, by the union of their pieces' spans, and the one
/// holding the sources of funds (年度资金总额, 其中：财政拨款…) is the label column; the others hold
/// the caption, set down the side, and are dropped. A figure cut by a narrow column goes on on the
/// next line (`1452.8` / `7`, `95.26` / `%`): a line right under a row's figures that has no label
/// and only such ends, each under one of the row's figures, is their end.
enum FundsLayout {
    static func grid(_ lines: [[WrappedLayoutForm.Token]], header: [LayoutRows.Column]) -> TableGrid? {
        guard let firstFigure = header.firstIndex(where: { [.amount, .rate].contains($0.role) }) else { return nil }
        let figureColumns = Array(header[firstFigure...])
        let left = figureColumns[0].start
        // The body's columns left of the amounts.
        let leftTokens = lines.flatMap { $0 }.filter { $0.end <= left }
        let leftSpans = WrappedLayoutForm.spans(leftTokens)
        var items = Array(repeating: 0, count: leftSpans.count)
        for t in leftTokens where FundsReader.isFundsItem(t.text) || FundsReader.isGroupLabel(t.text) {
            items[WrappedLayoutForm.column(of: t, in: leftSpans)] += 1
        }
        guard let labelColumn = items.indices.max(by: { items[$0] < items[$1] }), items[labelColumn] > 0 else { return nil }
        let figureSpans = figureColumns.map { $0.start..<$0.end }
        // Each line: its label piece and its figures by column.
        struct Line { var label: String?; var figures: [Int: String] }
        let placed: [Line] = lines.map { tokens in
            var line = Line(label: nil, figures: [:])
            for t in tokens {
                if t.end <= left {
                    guard WrappedLayoutForm.column(of: t, in: leftSpans) == labelColumn else { continue }
                    line.label = line.label.map { $0 + t.text } ?? t.text
                } else {
                    let k = WrappedLayoutForm.column(of: t, in: figureSpans)
                    line.figures[k] = line.figures[k].map { $0 + t.text } ?? t.text
                }
            }
            return line
        }
        var rows: [[String]] = []
        var lastFigures: Set<Int> = []
        var previousWasRow = false
        for line in placed {
            if line.label == nil, previousWasRow, !line.figures.isEmpty, line.figures.keys.allSatisfy({ lastFigures.contains($0) }),
               line.figures.values.allSatisfy(isFigureEnd) {
                for (k, text) in line.figures { rows[rows.count - 1][k + 1] += text }
                previousWasRow = false
                continue
            }
            guard line.label != nil || !line.figures.isEmpty else { previousWasRow = false; continue }
            if let label = line.label, line.figures.isEmpty, let last = rows.last, !rows.isEmpty, previousWasRow || last[1...].allSatisfy(\.isEmpty),
               !(FundsReader.isFundsItem(label) || FundsReader.isGroupLabel(label)) {
                // The wrapped end of the label above (`其中：本年财政` / `拨款`).
                rows[rows.count - 1][0] += label
                continue
            }
            var row = [line.label ?? ""] + Array(repeating: "", count: figureColumns.count)
            for (k, text) in line.figures { row[k + 1] = text }
            if line.label == nil, let last = rows.last, last[1...].allSatisfy(\.isEmpty) {
                // Figures centred on a label standing above them.
                row[0] = last[0]
                rows.removeLast()
            }
            rows.append(row)
            lastFigures = Set(line.figures.keys)
            previousWasRow = true
        }
        guard rows.contains(where: { $0[1...].contains { !$0.isEmpty } }) else { return nil }
        return TableGrid(rows: [["项目"] + figureColumns.map { $0.name }] + rows, headerRowCount: 1, positional: true)
    }

    /// The end of a figure a narrow column cut: digits, a percent sign, a closing bracket.
    static func isFigureEnd(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 4 && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || "%.．）)".unicodeScalars.contains($0) }
    }
}
