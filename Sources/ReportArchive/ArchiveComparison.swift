import Foundation

/// One line to compare across reports: an indicator (by name) or a funds row (by item).
public enum ComparedLine: Sendable, Equatable {
    case indicator(String)
    case funding(String)
}

/// That line in one report: who and when, and its figures. For an indicator, `value` is the
/// actual value and `target` the target as written; for a funds row, `value` is the execution
/// rate (%) and budget/executed are filled.
public struct ComparisonPoint: Sendable, Equatable {
    public var contentId: String
    public var title: String?
    public var issuer: String?
    public var year: Int?
    public var target: String?
    public var actual: String?
    public var value: Double?
    public var unit: String?
    public var met: Bool?
    public var score: Double?
    public var budget: Double?
    public var executed: Double?
}

/// A name that can be compared, and in how many reports it occurs.
public struct ComparableName: Sendable, Equatable {
    public var name: String
    public var reports: Int
}

extension Archive {
    /// Every report's row for `line` (a report with two such rows gives both), by issuer and year.
    public func compare(_ line: ComparedLine) throws -> [ComparisonPoint] {
        let reportColumns = "r.content_id, r.title, r.issuer, r.year"
        let order = "ORDER BY r.issuer IS NULL, r.issuer, r.year, r.content_id, x.position"
        return try run {
            try db.read { s in
                switch line {
                case .indicator(let name):
                    return try s.query(
                        """
                        SELECT \(reportColumns), x.target_raw, x.actual_raw, x.actual_value, x.actual_unit, x.met, x.score
                        FROM indicators x JOIN reports r ON r.content_id = x.content_id WHERE x.name = ? \(order)
                        """, [.text(name)]).map { row in
                        ComparisonPoint(contentId: row[0].string ?? "", title: row[1].string, issuer: row[2].string,
                                        year: row[3].int.map(Int.init), target: row[4].string, actual: row[5].string,
                                        value: row[6].double, unit: row[7].string, met: row[8].int.map { $0 != 0 },
                                        score: row[9].double)
                    }
                case .funding(let item):
                    return try s.query(
                        """
                        SELECT \(reportColumns), x.budget, x.executed, x.execution_rate, x.unit
                        FROM funding x JOIN reports r ON r.content_id = x.content_id WHERE x.item = ? \(order)
                        """, [.text(item)]).map { row in
                        ComparisonPoint(contentId: row[0].string ?? "", title: row[1].string, issuer: row[2].string,
                                        year: row[3].int.map(Int.init), value: row[6].double, unit: row[7].string,
                                        budget: row[4].double, executed: row[5].double)
                    }
                }
            }
        }
    }

    /// The indicator names or funds items occurring in the most reports, most first.
    public func comparableNames(indicators: Bool, limit: Int) throws -> [ComparableName] {
        let (column, table) = indicators ? ("name", "indicators") : ("item", "funding")
        return try run {
            try db.read { s in
                try s.query(
                    """
                    SELECT \(column), COUNT(DISTINCT content_id) AS n FROM \(table) GROUP BY \(column)
                    ORDER BY n DESC, \(column) LIMIT ?
                    """, [.integer(Int64(limit))]).map { ComparableName(name: $0[0].string ?? "", reports: Int($0[1].int ?? 0)) }
            }
        }
    }
}
