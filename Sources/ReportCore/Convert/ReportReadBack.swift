import Foundation
import ReportModel

/// Core's side of reading a canonical report back: the plugin decoded it, core checks that it is
/// one of its own before it is exported or archived again.
enum ReportReadBack {
    static func accept(data: Data, reader: any InterpretedReportPlugin, fileName: String, path: String) throws -> Report {
        let report: Report
        do {
            report = try reader.readReport(SourceInput(fileName: fileName, path: path, data: data))
        } catch let e as ConversionError {
            throw e.withFile(path)
        } catch {
            throw ConversionError.unreadable(file: path, format: reader.id, reason: "\(error)")
        }
        // A report whose content no longer hashes to its id was edited by hand or damaged; the
        // archive keys reports by contentId, so accepting it would file it under a false key.
        let recomputed = try ContentID.compute(for: report)
        guard recomputed == report.contentId else {
            throw ConversionError.unreadable(
                file: path, format: reader.id,
                reason: "contentId \(report.contentId) does not match the content (\(recomputed)): the report was changed after it was written")
        }
        return report
    }

    /// The CSV key of a report read back from `<original path>.json` is the original's path, so
    /// that `convert out -t csv` over exported JSON gives the tables converting the originals gave.
    static func csvPath(_ relativePath: String, _ report: Report) -> String {
        let suffix = report.source.file + ".json"
        guard relativePath == suffix || relativePath.hasSuffix("/" + suffix) else { return relativePath }
        return String(relativePath.dropLast(".json".count))
    }
}
