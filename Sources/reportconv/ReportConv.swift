import ArgumentParser
import Foundation

@main
struct ReportConv: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportconv",
        abstract: "Convert Chinese government performance reports (绩效自评报告, 自评表, 工作总结) from text, HTML and PDF into one canonical model, exported as JSON, CSV or Markdown.",
        subcommands: [Convert.self, Formats.self, ArchiveCommand.self]
    )

    /// Runs the command, with usage errors exiting 2 (argument-parser's default is 64) so the
    /// exit codes are 0 converted, 1 some input failed, 2 usage error.
    static func main() {
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
