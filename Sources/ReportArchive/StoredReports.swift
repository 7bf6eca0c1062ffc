import Foundation
import ReportModel

/// Each source file's report as it was converted, read back for export: the same `Report` that
/// `convert` gave for that file, so exports of the archive equal conversions of its inputs.
public struct StoredReport: Sendable {
    /// The path the file was added from.
    public var path: String
    public var report: Report
}

extension Archive {
    /// Every source's report, in path order (the order `convert` gives a folder's files).
    public func storedReports() throws -> [StoredReport] {
        let rows = try run { try db.read { s in try s.query("SELECT sha256, path, report FROM sources") } }
        var out: [StoredReport] = []
        out.reserveCapacity(rows.count)
        let decoder = JSONDecoder()
        for row in rows {
            let sha = row[0].string ?? "?"
            guard let stored = row[2].data else { throw ArchiveError.damaged("source \(sha)", reason: "no stored report") }
            do {
                out.append(StoredReport(path: row[1].string ?? "", report: try decoder.decode(Report.self, from: Gzip.decompress(stored))))
            } catch {
                throw ArchiveError.damaged("source \(sha)", reason: "stored report unreadable: \(error)")
            }
        }
        return out.sorted { ($0.path, $0.report.source.sha256) < ($1.path, $1.report.source.sha256) }
    }
}
