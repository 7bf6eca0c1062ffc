import ArgumentParser

@main
struct ReportConv: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportconv",
        abstract: "Convert Chinese government performance reports (绩效自评) into one canonical model.",
        subcommands: [Formats.self]
    )
}
