/// A run of rows of one table that make one block of a self-evaluation form.
struct TableSegment {
    enum Kind: Equatable { case funds, goals, indicators, scores, management, notes }
    var kind: Kind
    /// The header row.
    var header: Int
    /// The body rows.
    var rows: Range<Int>
    /// The column names to read the rows under when the table printed none (indicator rows with
    /// no header, `HeaderlessRow`); the rows are then placed by what each cell holds.
    var impliedHeader: [String]? = nil
}
