import Foundation
import ReportCore
import ReportModel

/// `archive reinterpret`: every stored original converted again by this reportconv.
///
/// The originals are the truth; reports are what some version of reportconv made of them. After
/// an upgrade, this rebuilds each report, records the version that made it, and lists the
/// reports whose `contentId` moved (their interpreted content changed). A source that no longer
/// converts keeps its old report and is listed as failed.
public struct ReinterpretSummary: Sendable {
    public struct Move: Sendable, Equatable {
        public var path: String
        public var from: String
        public var to: String
    }

    public var sources = 0
    public var moved: [Move] = []
    public var failed: [String] = []
}

extension Archive {
    public func reinterpret(with converter: Converter) throws -> ReinterpretSummary {
        var summary = ReinterpretSummary()
        // One source at a time: only the list of keys is held, never every original at once.
        let keys = try run { try db.read { s in try s.query("SELECT sha256 FROM sources ORDER BY path, sha256") } }
        for key in keys {
            let rows = try run {
                try db.read { s in try s.query("SELECT content_id, path, file, original FROM sources WHERE sha256 = ?", [key[0]]) }
            }
            guard let row = rows.first else { continue }  // removed meanwhile
            summary.sources += 1
            let oldId = row[0].string ?? "", path = row[1].string ?? "", file = row[2].string ?? ""
            let report: Report
            do {
                guard let stored = row[3].data else { throw ArchiveError.damaged(path, reason: "no original") }
                report = try converter.convert(data: try Gzip.decompress(stored), fileName: file, path: path)
            } catch {
                summary.failed.append("\(path): \(error)")
                continue
            }
            let storedReport = try Gzip.compress(Data(try JSONExporter.export(report).utf8))
            try run {
                try db.write { s in
                    let current = ArchiveProducer.current
                    if report.contentId == oldId {
                        let madeBy = try s.query("SELECT made_by FROM reports WHERE content_id = ?", [.text(oldId)])
                        if madeBy.first?[0].string != current { try ReportRows.replace(report, madeBy: current, in: s) }
                    } else {
                        _ = try ReportRows.insertIfAbsent(report, madeBy: current, into: s)
                    }
                    try s.execute("UPDATE sources SET content_id = ?, report = ?, made_by = ? WHERE sha256 = ?",
                                  [.text(report.contentId), .blob(storedReport), .text(current), key[0]])
                    try SourceWarnings.replace(report, in: s)
                    if report.contentId != oldId,
                       try s.query("SELECT 1 FROM sources WHERE content_id = ?", [.text(oldId)]).isEmpty {
                        try ReportRows.delete(contentId: oldId, in: s)
                    }
                }
            }
            if report.contentId != oldId { summary.moved.append(.init(path: path, from: oldId, to: report.contentId)) }
        }
        return summary
    }
}
