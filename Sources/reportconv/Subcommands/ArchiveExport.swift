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
                Each source file's report is written as `convert` wrote it, named and keyed by its path \
                below the deepest folder holding every stored file, in path order: `archive export --to csv` \
                gives the same tables as `convert --to csv` of the same inputs.
                """)

        @OptionGroup var archive: ArchiveDBOption

        @Option(name: [.short, .long], help: "Output format; repeat for several (csv, json, md).")
        var to: [ExportFormat] = [.csv]

        @Option(name: [.short, .long], help: "Output folder.")
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
            let pairs = Self.relativePaths(stored.map(\.path)).enumerated().map { (path: $1, report: stored[$0].report) }
                .sorted { $0.path < $1.path }
            for format in to {
                switch format {
                case .csv:
                    for table in CSVTable.allCases {
                        try write(CSVExporter.export(pairs, table: table, bom: bom), to: table.rawValue + ".csv")
                    }
                case .json, .md:
                    for (path, report) in pairs {
                        let text = format == .json ? try JSONExporter.export(report) : MarkdownExporter.export(report)
                        try write(text, to: path + "." + format.fileExtension)
                    }
                }
            }
            FileHandle.standardError.write(Data("exported \(pairs.count) source file(s) into '\(out)'\n".utf8))
        }

        /// Whole or not at all: Foundation writes a temporary file and renames it.
        private func write(_ text: String, to relativePath: String) throws {
            let url = URL(fileURLWithPath: out).appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        }

        /// Each path below the deepest folder that holds them all, as `convert` names its outputs.
        static func relativePaths(_ paths: [String]) -> [String] {
            let split = paths.map { $0.split(separator: "/", omittingEmptySubsequences: true).map(String.init) }
            guard var common = split.first.map({ Array($0.dropLast()) }) else { return [] }
            for parts in split.dropFirst() {
                let folder = parts.dropLast()
                var n = 0
                while n < common.count, n < folder.count, common[n] == folder[n] { n += 1 }
                common = Array(common.prefix(n))
            }
            return split.map { $0.dropFirst(common.count).joined(separator: "/") }
        }
    }
}
