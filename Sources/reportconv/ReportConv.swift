import ArgumentParser

@main
struct ReportConv: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportconv",
        abstract: "Convert Chinese government performance reports (绩效自评报告, 自评表, 工作总结) from text, HTML and PDF into one canonical model, exported as JSON, CSV or Markdown.",
        subcommands: [Convert.self, Formats.self],
        defaultSubcommand: nil
    )
}
