import Foundation
import ReportModel

/// One stored source file of a report (without its bytes).
public struct SourceListing: Sendable, Equatable {
    public var sha256: String
    public var path: String
    public var file: String
    public var format: String
    public var size: Int
    public var pages: Int?
}

extension Archive {
    /// The report's metadata row, or nil when no report has this contentId.
    public func listing(contentId: String) throws -> ReportListing? {
        try run {
            try db.read { s in
                try s.query("SELECT content_id, title, kind, issuer, year, total_score, grade FROM reports WHERE content_id = ?",
                            [.text(contentId)]).first.map(ReportListing.init(row:))
            }
        }
    }

    /// The source files of a report, in path order.
    public func sources(contentId: String) throws -> [SourceListing] {
        try run {
            try db.read { s in
                try s.query("SELECT sha256, path, file, format, size, pages FROM sources WHERE content_id = ? ORDER BY path, sha256",
                            [.text(contentId)]).map { row in
                    SourceListing(sha256: row[0].string ?? "", path: row[1].string ?? "", file: row[2].string ?? "",
                                  format: row[3].string ?? "", size: Int(row[4].int ?? 0), pages: row[5].int.map(Int.init))
                }
            }
        }
    }

    /// The report as converted from one source file (with that file's warnings), or nil when no
    /// source has this sha256.
    public func storedReport(sha256: String) throws -> Report? {
        guard let stored = try blob("report", sha256: sha256) else { return nil }
        do {
            return try JSONDecoder().decode(Report.self, from: Gzip.decompress(stored.data))
        } catch {
            throw ArchiveError.damaged("source \(sha256)", reason: "stored report unreadable: \(error)")
        }
    }

    /// A source file's original bytes and file name, or nil when no source has this sha256.
    public func original(sha256: String) throws -> (file: String, data: Data)? {
        guard let stored = try blob("original", sha256: sha256) else { return nil }
        do {
            return (stored.file, try Gzip.decompress(stored.data))
        } catch {
            throw ArchiveError.damaged("source \(sha256)", reason: "stored original unreadable: \(error)")
        }
    }

    /// `column` is one of this file's two fixed names, never the caller's text.
    private func blob(_ column: String, sha256: String) throws -> (file: String, data: Data)? {
        let rows = try run {
            try db.read { s in try s.query("SELECT file, \(column) FROM sources WHERE sha256 = ?", [.text(sha256)]) }
        }
        guard let row = rows.first else { return nil }
        guard let data = row[1].data else { throw ArchiveError.damaged("source \(sha256)", reason: "no stored \(column)") }
        return (row[0].string ?? "", data)
    }
}
