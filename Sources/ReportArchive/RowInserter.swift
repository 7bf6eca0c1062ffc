/// Many rows into one table as multi-row `INSERT`s, so a report's hundreds of section and
/// indicator rows cost a few statements (round trips, on PostgreSQL) rather than hundreds.
struct RowInserter {
    let table: String
    let columns: [String]

    /// Keeps each statement well under both databases' parameter limits (SQLite 32766, PostgreSQL 65535).
    private var rowsPerStatement: Int { max(1, 4000 / columns.count) }

    func insert(_ rows: [[SQLValue]], into s: any ArchiveStatements) throws {
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + rowsPerStatement)]
            let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: tuple, count: chunk.count).joined(separator: ", ")
            try s.execute(sql, chunk.flatMap { $0 })
            start += chunk.count
        }
    }
}
