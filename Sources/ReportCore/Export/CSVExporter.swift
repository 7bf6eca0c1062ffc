import Foundation
import ReportModel

/// CSV for analysis across many reports: one file per table, every row keyed by the report's
/// relative `path` in the batch (which tells two `index.html` from different folders apart) and
/// its sha256, so a batch of 200 reports gives one `indicators.csv` of all their rows.
/// RFC 4180 quoting; CRLF line ends; an optional UTF-8 BOM so Excel reads Chinese correctly.
public enum CSVExporter {
    /// A whole table for the given reports, each keyed by its path.
    public static func export(_ reports: [(path: String, report: Report)], table: CSVTable, bom: Bool = false) -> String {
        reports.reduce(header(table, bom: bom)) { $0 + rows($1.report, path: $1.path, table: table) }
    }

    /// The header line, after a BOM when asked.
    public static func header(_ table: CSVTable, bom: Bool = false) -> String {
        var out = bom ? "\u{FEFF}" : ""
        append(table.header, to: &out)
        return out
    }

    /// One report's rows of a table, without the header.
    public static func rows(_ r: Report, path: String, table: CSVTable) -> String {
        var out = ""
        let key = [path, r.source.sha256]
        switch table {
        case .reports:
            let m = r.metadata
            append(key + [r.source.file, r.contentId, r.source.format, r.source.url ?? "", m.title ?? "", m.kind.rawValue,
                          m.issuer ?? "", m.year.map(String.init) ?? "", m.publishedOn ?? "", m.indexNumber ?? "",
                          String(r.indicators.count), String(r.funding.count), num(r.scores?.total),
                          r.scores?.grade ?? "", String(r.warnings.count)], to: &out)
        case .indicators:
            for (i, row) in r.indicators.enumerated() {
                append(key + [String(i + 1), row.level1 ?? "", row.level2 ?? "", row.name,
                              row.target?.raw ?? "", row.target?.operator?.rawValue ?? "", num(row.target?.value),
                              row.target?.unit ?? "", row.actual?.raw ?? "", num(row.actual?.value), row.actual?.unit ?? "",
                              row.note ?? "", num(row.weight), num(row.score), row.met.map { $0 ? "true" : "false" } ?? ""],
                       to: &out)
            }
        case .funding:
            for (i, row) in r.funding.enumerated() {
                append(key + [String(i + 1), row.item, num(row.budget), num(row.executed), num(row.executionRate), row.unit],
                       to: &out)
            }
        case .scores:
            for (i, item) in (r.scores?.items ?? []).enumerated() {
                append(key + [String(i + 1), item.name, num(item.max), num(item.score)], to: &out)
            }
        }
        return out
    }

    private static func num(_ d: Double?) -> String { d.map(JSONWriter.number) ?? "" }

    private static func append(_ fields: [String], to out: inout String) {
        out += fields.map(quote).joined(separator: ",")
        out += "\r\n"
    }

    /// RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled.
    ///
    /// Tested on Unicode scalars, not `Character`s: CRLF is one `Character`, equal to neither
    /// `"\n"` nor `"\r"`, so a field holding CRLF would otherwise go out unquoted.
    public static func quote(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
