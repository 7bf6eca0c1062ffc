import ArgumentParser
import Foundation
import ReportArchive
import ReportCore

extension ReportConv {
    struct ArchiveExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the whole archive out: the combined CSV tables, and one JSON or Markdown file per source file.",
            discussion: """
                Each source file's report is written as `convert` wrote it, in path order, so \
                `archive export --to csv` gives the same tables as `convert --to csv` of the same inputs. \
                Per-report files are named after the source file (`<name>.json`); when two sources share \
                a name, the later ones are prefixed with the first 8 digits of their sha256.
                """)

        @OptionGroup var archive: ArchiveDBOption

        @Option(name: .long, help: "Output format; repeat for several (csv, json, md).")
        var to: [OutputFormat] = [.csv]

        @Option(name: .long, help: "Output folder.")
        var out: String

        @Flag(name: .long, help: "Start CSV files with a UTF-8 byte order mark, so Excel reads Chinese correctly.")
        var bom = false

        func run() throws {
            let stored: [StoredReport]
            do {
                stored = try archive.open().storedReports()
            } catch let e as ArchiveError {
                throw ArchiveFailure(e.description)
            }
            let reports = stored.map(\.report)
            var names = Set<String>()
            let fileNames = reports.map { r -> String in
                let name = names.insert(r.source.file).inserted ? r.source.file : String(r.source.sha256.prefix(8)) + "-" + r.source.file
                names.insert(name)
                return name
            }
            for format in to {
                switch format {
                case .csv:
                    for table in CSVTable.allCases {
                        let path = (out as NSString).appendingPathComponent(table.rawValue + ".csv")
                        try AtomicFile.write(CSVExporter.export(reports, table: table, bom: bom), to: path)
                    }
                case .json, .md:
                    for (report, name) in zip(reports, fileNames) {
                        let text = format == .json ? try JSONExporter.export(report) : MarkdownExporter.export(report)
                        try AtomicFile.write(text, to: (out as NSString).appendingPathComponent(name + "." + format.fileExtension))
                    }
                }
            }
            FileHandle.standardError.write("exported \(reports.count) source file(s) into '\(out)'\n")
        }
    }
}
