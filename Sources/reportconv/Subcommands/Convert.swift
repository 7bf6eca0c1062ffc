import ArgumentParser
import Foundation
import ReportCore
import PDFPlugin

extension ReportConv {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            // Named here, not derived from the type: deriving it asks the runtime for the type's
            // name and conformances, a scan of the whole binary on every start.
            commandName: "convert",
            abstract: "Convert reports to JSON, CSV or Markdown.",
            discussion: """
                Inputs are files, folders (walked recursively, links followed) or - for standard \
                input. The format of each file is found by its content, then its extension, unless \
                --from names it.

                With --out, each input's outputs mirror its path below the deepest folder holding all \
                inputs (a/index.html and b/index.html give out/a/index.html.json and \
                out/b/index.html.json) and are written as soon as it is converted. A rerun skips \
                inputs whose outputs were made from the same bytes by the same version (--force \
                redoes them). Each file is converted in a worker process with a time limit and a \
                memory cap: one that hangs, crashes or runs out of memory fails alone.

                Examples:
                  reportconv convert report.txt                      JSON of one report on stdout
                  reportconv convert page.html -t md                 Markdown on stdout
                  cat page.html | reportconv convert -               standard input, format sniffed
                  reportconv convert Samples -o out                  one JSON per input under out/
                  reportconv convert Samples -t json -t csv -t md -o out --jobs 2
                  reportconv convert a.pdf b.html -t csv --table funding
                  reportconv convert dump.txt -f text -t csv -o out --bom

                Exit status: 0 every input converted cleanly; 1 an input failed (each failure on \
                stderr, the others still converted), or with --strict an input converted with \
                error-severity warnings, or an output could not be written; 2 usage error; 130 \
                interrupted (finished outputs and the CSV tables are kept).
                """)

        @Argument(help: "Files or folders to convert; - reads standard input.")
        var inputs: [String]

        @Option(name: [.short, .long], help: "Output format; repeat for several (json, csv, md).")
        var to: [ExportFormat] = [.json]

        @Option(name: [.short, .long], help: "Output folder. Without it, a single report (or one CSV table) goes to stdout.")
        var out: String?

        @Option(name: [.short, .long], help: "Read every input with this plugin (see `reportconv formats`).")
        var from: String?

        @Option(name: .long, help: "The CSV table printed to stdout without --out: reports, indicators, funding, scores.")
        var table: CSVTable = .indicators

        @Flag(name: .long, help: "Start CSV files with a UTF-8 byte order mark, so Excel reads Chinese correctly.")
        var bom = false

        @Option(name: [.short, .long], help: "Files converted at the same time (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .long, help: "Seconds one file may take before its worker is stopped and the file reported.")
        var timeout: Double = 60

        @Option(name: .long, help: "Memory cap of each worker process, in MB.")
        var memoryLimit: Int = 2048

        @Flag(name: .long, help: "Convert every input, even those whose outputs are up to date.")
        var force = false

        @Flag(name: .long, help: "Exit 1 also when an input converts with error-severity warnings (e.g. empty-report).")
        var strict = false

        @Flag(name: .long, help: "Stop at the first failure (outputs written so far are kept).")
        var failFast = false

        @Flag(name: [.short, .long], help: "No progress line; only errors and a failing summary.")
        var quiet = false

        @Option(name: .long, help: "Read PDF pages by OCR (Tesseract): auto (pages without a usable text layer), always, never.")
        var ocr: OCRMode = .auto

        @OptionGroup var plugins: PluginOptions

        func validate() throws {
            if let from {
                let registry = Registry.with(pluginDirs: plugins.pluginDirs)
                if registry.plugin(id: from) == nil {
                    throw ValidationError("unknown format '\(from)' (known formats: \(registry.ids.joined(separator: ", ")))")
                }
            }
            if out == nil, to.count > 1 {
                throw ValidationError("several --to formats need --out")
            }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
            if memoryLimit < 64 { throw ValidationError("--memory-limit must be at least 64 (MB)") }
        }

        func run() throws {
            plugins.exportToWorkers(timeout: timeout)
            let registry = Registry.with(pluginDirs: plugins.pluginDirs, ocr: ocr)
            Registry.exportToWorkers(registry)
            let walked = InputWalker(registry: registry).walk(CommandLinePaths.paths(for: inputs), forcedID: from,
                                                              excluding: out.map { [$0] } ?? [])
            if out == nil, walked.inputs.count > 1, to != [.csv] {
                throw ValidationError("\(walked.inputs.count) inputs: give --out DIR, or use --to csv to print one combined table")
            }
            var options = BatchOptions()
            options.formats = to
            options.destination = out.map { .folder($0) } ?? .standardOutput(table: table)
            options.forcedID = from
            options.registryArguments = ["--ocr", ocr.rawValue]
            options.bom = bom
            options.jobs = jobs
            options.timeout = timeout
            options.memoryLimitMB = memoryLimit
            options.isolation = WorkerExecutable.path.map { .workers(executable: $0) } ?? .inProcess
            options.force = force
            options.failFast = failFast
            let printer = ProgressPrinter(quiet: quiet, summaryWhenClean: out != nil || walked.inputs.count > 1)
            for path in walked.skipped where !quiet { printer.note("note: skipped '\(path)': no plugin claims it") }
            let engine = BatchEngine(registry: registry, options: options, observer: printer)
            engine.stopOnSignals()
            let summary: BatchSummary
            do {
                summary = try engine.run(walked.inputs, failures: walked.failures, skipped: walked.skipped)
            } catch let e as BatchError {
                FileHandle.standardError.write(Data("error: \(e)\n".utf8))
                throw ExitCode(1)
            }
            let status = summary.exitStatus(strict: strict)
            if status != 0 { throw ExitCode(status) }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension CSVTable: ExpressibleByArgument {}
extension OCRMode: ExpressibleByArgument {}
