import ArgumentParser
import ReportCore

/// The export formats of `convert --to`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, md

    var fileExtension: String { rawValue }
}

extension CSVTable: ExpressibleByArgument {}
