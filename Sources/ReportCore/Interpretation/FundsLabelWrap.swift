/// A funds label wrapped inside its cell, its pieces left on rows of their own: a narrow label
/// column breaks `其他资金（包括以前年度结转资金）` into `其他资金` / `（包括以前年度结转资` / `金）`,
/// and the figures stand on the last piece's row. A copy that lost the cell (a flattened sheet, a
/// layout dump) gives each piece as a row, the first ones with no figures.
///
/// The pieces are told by their brackets: a label that opens a bracket it does not close goes
/// on into the next row's; a label that starts with an opening bracket qualifies the label of
/// the row before. Unbracketed labels are never joined: two rows of labels without figures are
/// two items.
enum FundsLabelWrap {
    /// Whether a label leaves a bracket open: its qualifier goes on on the next row.
    static func isOpen(_ label: String) -> Bool {
        depth(label) > 0
    }

    /// Whether a label is the qualifier of the one before it: `（包括以前年度结转资金）`.
    /// A numbered item (`（一）财政拨款`, `(1)中央资金`) is an item of its own.
    static func qualifiesPrevious(_ label: String) -> Bool {
        let c = label.compacted
        guard let first = c.first, first == "(" || first == "（" else { return false }
        return HeadingNumber.parse(c) == nil
    }

    /// Opening brackets less closing ones.
    static func depth(_ label: String) -> Int {
        var d = 0
        for ch in label {
            if ch == "(" || ch == "（" { d += 1 } else if ch == ")" || ch == "）" { d -= 1 }
        }
        return d
    }
}
