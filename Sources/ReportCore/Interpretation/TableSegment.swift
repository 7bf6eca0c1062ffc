/// A run of rows of one table that make one block of a self-evaluation form.
struct TableSegment {
    enum Kind: Equatable { case funds, goals, indicators, scores, management, notes }
    var kind: Kind
    /// The header row.
    var header: Int
    /// The body rows.
    var rows: Range<Int>
}
