import ArgumentParser
import Foundation
import ReportCore

@main
struct ReportConv: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportconv",
        abstract: "Convert Chinese government performance reports (绩效自评报告, 自评表, 工作总结) from text, HTML and PDF into one canonical model, exported as JSON, CSV or Markdown.",
        discussion: "Shell completion: reportconv --generate-completion-script bash (or zsh, fish); see the README.",
        version: ReportConvVersion.current,
        subcommands: [Convert.self, Formats.self, ArchiveCommand.self, Serve.self]
    )

    /// Runs the command, with usage errors exiting 2 (argument-parser's default is 64) so the
    /// exit codes are 0 converted, 1 some input failed, 2 usage error. The hidden first argument
    /// `__worker` starts a worker process instead (see `WorkerMain`).
    static func main() {
        let args = CommandLine.arguments
        // Answered before argument-parser is touched: building its command tree looks up
        // protocol conformances at run time, several times the work of printing a version.
        if args.count == 2, args[1] == "--version" {
            print(ReportConvVersion.current)
            return
        }
        if args.count > 1, args[1] == WorkerMain.argument {
            let limit = args.firstIndex(of: "--memory-limit").flatMap { i in i + 1 < args.count ? Int(args[i + 1]) : nil }
            Foundation.exit(WorkerMain.run(registry: Registry.worker(arguments: args), memoryLimitMB: limit))
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
