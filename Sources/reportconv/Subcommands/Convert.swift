import ArgumentParser
import Foundation
import ReportCore
import ReportModel

extension ReportConv {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert reports to JSON, CSV or Markdown.",
            discussion: """
                Inputs are files or folders (walked recursively). The format of each file is found by \
                its content, then its extension, unless --from names it.

                Examples:
                  reportconv convert report.txt                      JSON of one report on stdout
                  reportconv convert page.html --to md               Markdown on stdout
                  reportconv convert Samples --to json --out out     one JSON per input: out/<name>.json
                  reportconv convert Samples --to json --to csv --to md --out out
                  reportconv convert a.pdf b.html --to csv --table funding
                  reportconv convert dump.txt --from text --to csv --out out --bom

                Exit status: 0 all converted, 1 some input failed (each failure on stderr, the \
                others still converted), 2 usage error.
                """)

        @Argument(help: "Files or folders to convert.")
        var inputs: [String]

        @Option(name: .long, help: "Output format; repeat for several (json, csv, md).")
        var to: [OutputFormat] = [.json]

        @Option(name: .long, help: "Output folder. Without it, a single report (or one CSV table) goes to stdout.")
        var out: String?

        @Option(name: .long, help: "Read every input with this plugin (see `reportconv formats`).")
        var from: String?

        @Option(name: .long, help: "The CSV table printed to stdout without --out: reports, indicators, funding, scores.")
        var table: CSVTable = .indicators

        @Flag(name: .long, help: "Start CSV files with a UTF-8 byte order mark, so Excel reads Chinese correctly.")
        var bom = false

        @OptionGroup var plugins: PluginOptions

        func validate() throws {
            if let from, BuiltinPlugins.registry.plugin(id: from) == nil,
               !BuiltinPlugins.external(pluginDirs: plugins.pluginDirs).plugins.contains(where: { $0.id == from }) {
                throw ValidationError("unknown format '\(from)' (known formats: \(BuiltinPlugins.registry.ids.joined(separator: ", ")))")
            }
            if out == nil, to.count > 1 {
                throw ValidationError("several --to formats need --out")
            }
        }

        func run() throws {
            let registry = BuiltinPlugins.registry(pluginDirs: plugins.pluginDirs)
            let collected = InputCollector(registry: registry).collect(inputs, forcedID: from)
            var failed = false
            for path in collected.missing {
                FileHandle.standardError.write("error: '\(path)': no such file or folder\n")
                failed = true
            }
            for path in collected.skipped {
                FileHandle.standardError.write("note: skipped '\(path)': no plugin claims it\n")
            }
            if out == nil, collected.files.count > 1, to != [.csv] {
                throw ValidationError("\(collected.files.count) inputs: give --out DIR, or use --to csv to print one combined table")
            }
            let results = BatchConverter(registry: registry).convert(collected.files, forcedID: from)
            var reports: [(InputFile, Report)] = []
            var partials: [(InputFile, Report)] = []
            for (file, result) in zip(collected.files, results) {
                switch result {
                case .success(let r): reports.append((file, r))
                case .failure(let e):
                    FileHandle.standardError.write("error: \(e)\n")
                    failed = true
                    // A scanned document's report holds only its warnings; write it so they are not lost.
                    if case .noTextLayer(_, let partial) = e { partials.append((file, partial)) }
                }
            }
            if let out {
                try write(reports, to: out)
                try write(partials, to: out, formats: to.filter { $0 != .csv })
                FileHandle.standardError.write("converted \(reports.count) of \(collected.files.count) file(s) into '\(out)'\n")
            } else {
                try printSingle(reports.map(\.1))
            }
            if failed { throw ExitCode(1) }
        }

        private func printSingle(_ reports: [Report]) throws {
            guard let format = to.first else { return }
            switch format {
            case .json:
                for r in reports { print(try JSONExporter.export(r), terminator: "") }
            case .md:
                for r in reports { print(MarkdownExporter.export(r), terminator: "") }
            case .csv:
                print(CSVExporter.export(reports, table: table, bom: bom), terminator: "")
            }
        }

        private func write(_ reports: [(InputFile, Report)], to dir: String, formats: [OutputFormat]? = nil) throws {
            for format in formats ?? to {
                switch format {
                case .json, .md:
                    for (file, report) in reports {
                        let text = format == .json ? try JSONExporter.export(report) : MarkdownExporter.export(report)
                        let path = (dir as NSString).appendingPathComponent(file.relativePath + "." + format.fileExtension)
                        try AtomicFile.write(text, to: path)
                    }
                case .csv:
                    for table in CSVTable.allCases {
                        let path = (dir as NSString).appendingPathComponent(table.rawValue + ".csv")
                        try AtomicFile.write(CSVExporter.export(reports.map(\.1), table: table, bom: bom), to: path)
                    }
                }
            }
        }
    }
}

extension FileHandle {
    func write(_ s: String) { write(Data(s.utf8)) }
}
