import ReportModel

/// A source file's warnings. They belong to the file, not the report: the same report read from
/// a PDF and from a page may warn about different things.
enum SourceWarnings {
    static func replace(_ report: Report, in s: any ArchiveStatements) throws {
        let sha = SQLValue.text(report.source.sha256)
        try s.execute("DELETE FROM warnings WHERE sha256 = ?", [sha])
        try RowInserter(table: "warnings", columns: ["sha256", "position", "code", "severity", "message", "page", "row_number"])
            .insert(report.warnings.enumerated().map { i, w in
                [sha, .integer(Int64(i + 1)), .text(w.code), .text(w.severity.rawValue), .text(w.message),
                 .of(w.page.map(Int64.init)), .of(w.row.map(Int64.init))]
            }, into: s)
    }
}
