/// A metadata table's cell that is a label the reader does not know: a short word ending in its
/// colon (`部门:`, `所属栏目：`), no figure in it. Its value is the next cell, not more of the
/// value before it.
enum UnknownLabelCell {
    static func holds(_ cell: String) -> Bool {
        let c = cell.compacted
        guard let last = c.last, last == ":" || last == "：" else { return false }
        let word = c.dropLast()
        return (1...8).contains(word.count) && !word.contains(where: { $0.isNumber || ":：".contains($0) })
            && word.unicodeScalars.allSatisfy { $0.properties.isIdeographic }
    }
}
