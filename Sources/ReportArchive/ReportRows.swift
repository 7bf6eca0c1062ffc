import ReportModel

/// A report as rows of the normalised tables (reports, funding, indicators, scores, goals,
/// sections, and its search text), written and removed as one unit.
enum ReportRows {
    /// The tables holding a report's rows by `content_id`, besides `reports` itself and its
    /// search rows (`SearchText`).
    static let childTables = ["funding", "indicators", "scores", "goals", "sections"]

    /// Inserts the report unless one with its `contentId` is stored. Returns whether it was new.
    ///
    /// The conflict clause, not a prior look-up, decides: two writers adding the same report at
    /// once both reach this insert, one wins and the other (after waiting for the winner's
    /// commit) inserts nothing and skips the rows below.
    static func insertIfAbsent(_ report: Report, madeBy: String, into s: any ArchiveStatements) throws -> Bool {
        let m = report.metadata
        let inserted = try s.query(
            """
            INSERT INTO reports (content_id, schema_version, title, kind, issuer, year, published_on, index_number,
              total_score, grade, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (content_id) DO NOTHING RETURNING content_id
            """,
            [.of(report.contentId), .of(Int64(report.schemaVersion)), .of(m.title), .of(m.kind.rawValue),
             .of(m.issuer), .of(m.year.map(Int64.init)), .of(m.publishedOn), .of(m.indexNumber),
             .of(report.scores?.total), .of(report.scores?.grade), .of(madeBy)])
        guard !inserted.isEmpty else { return false }
        try insertChildren(report, into: s)
        return true
    }

    /// Replaces a stored report's rows with a new interpretation that has the same `contentId`
    /// (rows outside the hash — `met`, `weight`, `score` — may still have changed).
    static func replace(_ report: Report, madeBy: String, in s: any ArchiveStatements) throws {
        try delete(contentId: report.contentId, in: s)
        _ = try insertIfAbsent(report, madeBy: madeBy, into: s)
    }

    static func delete(contentId: String, in s: any ArchiveStatements) throws {
        for table in childTables + ["reports"] {
            try s.execute("DELETE FROM \(table) WHERE content_id = ?", [.of(contentId)])
        }
        try SearchText.delete(contentId: .of(contentId), in: s)
    }

    private static func insertChildren(_ report: Report, into s: any ArchiveStatements) throws {
        let id = SQLValue.of(report.contentId)
        try RowInserter(table: "funding", columns: ["content_id", "position", "item", "budget", "executed", "execution_rate", "unit"])
            .insert(report.funding.enumerated().map { i, row in
                [id, .of(Int64(i + 1)), .of(row.item), .of(row.budget), .of(row.executed), .of(row.executionRate), .of(row.unit)]
            }, into: s)
        try RowInserter(table: "indicators", columns: [
            "content_id", "position", "level1", "level2", "name", "target_raw", "target_operator", "target_value", "target_unit",
            "actual_raw", "actual_value", "actual_unit", "note", "weight", "score", "met",
        ]).insert(report.indicators.enumerated().map { i, row in
            [id, .of(Int64(i + 1)), .of(row.level1), .of(row.level2), .of(row.name),
             .of(row.target?.raw), .of(row.target?.operator?.rawValue), .of(row.target?.value), .of(row.target?.unit),
             .of(row.actual?.raw), .of(row.actual?.value), .of(row.actual?.unit), .of(row.note),
             .of(row.weight), .of(row.score), .of(row.met.map { $0 ? Int64(1) : Int64(0) })]
        }, into: s)
        try RowInserter(table: "scores", columns: ["content_id", "position", "name", "max", "score"])
            .insert((report.scores?.items ?? []).enumerated().map { i, item in
                [id, .of(Int64(i + 1)), .of(item.name), .of(item.max), .of(item.score)]
            }, into: s)
        let goals = report.goals.planned.enumerated().map { ("planned", $0, $1) } + report.goals.achieved.enumerated().map { ("achieved", $0, $1) }
        try RowInserter(table: "goals", columns: ["content_id", "side", "position", "text"])
            .insert(goals.map { [id, .of($0.0), .of(Int64($0.1 + 1)), .of($0.2)] }, into: s)
        try RowInserter(table: "sections", columns: ["content_id", "position", "parent", "number", "title", "level", "text"])
            .insert(flatten(report.sections).map { row in
                [id, .of(Int64(row.position)), .of(row.parent.map(Int64.init)), .of(row.section.number),
                 .of(row.section.title), .of(Int64(row.section.level)), .of(row.section.paragraphs.joined(separator: "\n"))]
            }, into: s)
        try SearchText.insert(contentId: id, in: s)
    }

    /// The heading tree in document order, each section with the position of its parent.
    static func flatten(_ sections: [Section]) -> [(position: Int, parent: Int?, section: Section)] {
        var out: [(position: Int, parent: Int?, section: Section)] = []
        var stack: [(Section, Int?)] = sections.reversed().map { ($0, nil) }
        while let (section, parent) = stack.popLast() {
            let position = out.count + 1
            out.append((position, parent, section))
            stack.append(contentsOf: section.sections.reversed().map { ($0, position) })
        }
        return out
    }
}

extension SQLValue {
    /// An optional model value: NULL when absent.
    static func of(_ s: String?) -> SQLValue { s.map { .text($0) } ?? .null }
    static func of(_ d: Double?) -> SQLValue { d.map { .real($0) } ?? .null }
    static func of(_ i: Int64?) -> SQLValue { i.map { .integer($0) } ?? .null }
}
