import ArgumentParser
import Foundation
import ReportArchive

extension ReportConv {
    struct ArchiveSQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sql",
            abstract: "Run one read-only SQL query on the archive.",
            discussion: """
                Tables: reports, sources, funding, indicators, scores, goals, sections, warnings, \
                search_text (see the README). The query runs in a read-only transaction: statements \
                that write are refused by the database.
                """)

        @OptionGroup var archive: ArchiveDBOption

        @Argument(help: "The SQL query.")
        var query: String

        @Option(name: .long, help: "Output: table (aligned, default) or csv.")
        var format: QueryOutputFormat = .table

        func run() throws {
            let store = try archive.open()
            do {
                print(format.render(try store.query(query)), terminator: "")
            } catch let e as ArchiveError {
                throw ArchiveFailure(e.description)
            }
        }
    }
}

/// How query results are printed.
enum QueryOutputFormat: String, ExpressibleByArgument {
    case table, csv

    func render(_ result: QueryResult) -> String {
        switch self {
        case .csv: return QueryResultText.csv(result)
        case .table: return QueryResultText.table(result)
        }
    }
}
