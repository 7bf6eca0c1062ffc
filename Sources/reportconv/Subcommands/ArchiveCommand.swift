import ArgumentParser
import Foundation
import ReportArchive

extension ReportConv {
    /// `reportconv archive …`: one growing, queryable archive of reports (SQLite file or PostgreSQL).
    struct ArchiveCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive",
            abstract: "Keep reports in one queryable archive: a SQLite file (default) or a shared PostgreSQL database.",
            discussion: """
                Reports are stored by contentId, their source files by sha256 with the original bytes, so \
                the same report received as .txt, .html and .pdf is one report with three sources, and \
                adding a file again changes nothing. Several processes (and machines, on PostgreSQL) may \
                add to one archive at once.

                Examples:
                  reportconv archive add Samples                      into ./reports.sqlite
                  reportconv archive add --db postgres://me@db/reports --shard 1/4 /data/reports
                  reportconv archive search 医疗保障
                  reportconv archive sql "SELECT issuer, year, COUNT(*) FROM reports GROUP BY issuer, year"
                  reportconv archive export --to csv --out tables
                  reportconv archive reinterpret
                """,
            subcommands: [ArchiveAdd.self, ArchiveSearch.self, ArchiveExport.self, ArchiveSQL.self, ArchiveReinterpret.self]
        )
    }
}

/// `--db`, shared by every archive command.
struct ArchiveDBOption: ParsableArguments {
    @Option(name: .long, help: "The archive: a SQLite file, or postgres://user[:password]@host[:port]/database.")
    var db: String = ArchiveLocation.defaultPath

    /// Opens the archive; only `add` may create a SQLite file, so a mistyped `--db` is an error
    /// rather than an empty answer.
    func open(creating: Bool = false) throws -> Archive {
        do {
            return try Archive(creating ? ArchiveLocation(db) : existingLocation())
        } catch let e as ArchiveError {
            throw ArchiveFailure(e.description)
        }
    }

    /// The location, when it is a SQLite file that exists or a PostgreSQL URL.
    func existingLocation() throws -> ArchiveLocation {
        let location = try ArchiveLocation(db)
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw ArchiveFailure("archive '\(path)': no such file (`reportconv archive add --db \(path) INPUT…` makes one)")
        }
        return location
    }
}

/// An archive error printed as one line, exit status 1.
struct ArchiveFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
