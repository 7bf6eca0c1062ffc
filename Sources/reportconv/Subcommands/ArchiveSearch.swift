import ArgumentParser
import ReportArchive

extension ReportConv {
    struct ArchiveSearch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Reports whose title, sections or indicator names contain the text (Chinese works; any length).")

        @OptionGroup var archive: ArchiveDBOption

        @Argument(help: "The text to find.")
        var text: String

        @Option(name: .long, help: "Output: table (aligned, default) or csv.")
        var format: QueryOutputFormat = .table

        func run() throws {
            let hits = try archive.open().search(text)
            let result = QueryResult(
                columns: ["content_id", "year", "issuer", "title", "found_in"],
                rows: hits.map { h in
                    [.text(h.contentId), h.year.map { .integer(Int64($0)) } ?? .null, h.issuer.map(SQLValue.text) ?? .null,
                     h.title.map(SQLValue.text) ?? .null, .text(h.fields.joined(separator: ","))]
                })
            print(format.render(result), terminator: "")
        }
    }
}
