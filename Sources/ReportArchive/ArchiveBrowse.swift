import Foundation

/// One report in a list: what a reader needs to pick it out.
public struct ReportListing: Sendable, Equatable {
    public var contentId: String
    public var title: String?
    public var kind: String
    public var issuer: String?
    public var year: Int?
    public var totalScore: Double?
    public var grade: String?
}

/// What a search page asks for: text to find (as `archive search` finds it) and exact filters.
/// Every part is optional; none gives every report.
public struct ReportFilter: Sendable, Equatable {
    public var text: String
    public var kind: String?
    public var issuer: String?
    public var year: Int?

    public init(text: String = "", kind: String? = nil, issuer: String? = nil, year: Int? = nil) {
        self.text = text
        self.kind = kind
        self.issuer = issuer
        self.year = year
    }
}

/// One page of a filtered list, with how many reports match in all.
public struct ReportResults: Sendable, Equatable {
    public var total: Int
    public var reports: [ReportListing]
}

/// The values the filters can take, for the search form's choices.
public struct ReportFacets: Sendable, Equatable {
    public var kinds: [String]
    public var issuers: [String]
    public var years: [Int]
}

extension Archive {
    /// Reports matching `filter`, newest year first, `limit` from `offset`.
    public func reports(matching filter: ReportFilter, offset: Int, limit: Int) throws -> ReportResults {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        let term = filter.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !term.isEmpty {
            let (sql, termArguments) = Self.searchCondition(term, dialect: db.dialect)
            conditions.append("r.content_id IN (SELECT content_id FROM search_text WHERE \(sql))")
            arguments += termArguments
        }
        if let kind = filter.kind { conditions.append("r.kind = ?"); arguments.append(.text(kind)) }
        if let issuer = filter.issuer { conditions.append("r.issuer = ?"); arguments.append(.text(issuer)) }
        if let year = filter.year { conditions.append("r.year = ?"); arguments.append(.integer(Int64(year))) }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        // One statement gives the page and the number of matches (a window count is taken before
        // LIMIT): a search term is a scan of search_text for terms too short for the trigram
        // index, and a separate COUNT(*) ran that scan a second time.
        return try run {
            try db.read { s in
                let rows = try s.query(
                    """
                    SELECT r.content_id, r.title, r.kind, r.issuer, r.year, r.total_score, r.grade, COUNT(*) OVER ()
                    FROM reports r\(whereClause)
                    ORDER BY r.year IS NULL, r.year DESC, r.issuer, r.title, r.content_id LIMIT ? OFFSET ?
                    """, arguments + [.integer(Int64(max(0, limit))), .integer(Int64(max(0, offset)))])
                let total: Int
                if let first = rows.first {
                    total = Int(first[7].int ?? 0)
                } else if offset <= 0 {
                    total = 0
                } else {
                    // A page past the end has no row to carry the count.
                    total = Int(try s.query("SELECT COUNT(*) FROM reports r" + whereClause, arguments).first?[0].int ?? 0)
                }
                return ReportResults(total: total, reports: rows.map(ReportListing.init(row:)))
            }
        }
    }

    /// Every kind, issuer and year stored, sorted.
    public func facets() throws -> ReportFacets {
        try run {
            try db.read { s in
                ReportFacets(
                    kinds: try s.query("SELECT DISTINCT kind FROM reports ORDER BY kind").compactMap { $0[0].string },
                    issuers: try s.query("SELECT DISTINCT issuer FROM reports WHERE issuer IS NOT NULL ORDER BY issuer")
                        .compactMap { $0[0].string },
                    years: try s.query("SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY year DESC")
                        .compactMap { $0[0].int.map(Int.init) })
            }
        }
    }
}

extension ReportListing {
    /// From `content_id, title, kind, issuer, year, total_score, grade`.
    init(row: [SQLValue]) {
        self.init(contentId: row[0].string ?? "", title: row[1].string, kind: row[2].string ?? "", issuer: row[3].string,
                  year: row[4].int.map(Int.init), totalScore: row[5].double, grade: row[6].string)
    }
}

extension SQLValue {
    /// A number column's value (NULL and text are nil).
    public var double: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .real(let d): return d
        default: return nil
        }
    }
}
