import Foundation
import ReportCore
@testable import PDFPlugin

/// The committed PDF samples, found from this file's path (tests need no tools to make them).
enum SampleFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent("Samples").appendingPathComponent(relative) }

    static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    /// Decodes a sample with the PDF plugin.
    static func document(_ relative: String) throws -> Document {
        try PDFFormatPlugin().read(SourceInput(fileName: (relative as NSString).lastPathComponent,
                                               path: url(relative).path, data: data(relative)))
    }

    /// Decodes a broken input kept out of Samples/ (which holds only reports) with the PDF plugin.
    static func fixture(_ name: String) throws -> Document {
        let url = root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
        return try PDFFormatPlugin().read(SourceInput(fileName: name, path: url.path, data: Data(contentsOf: url)))
    }

    /// The tables of a document, in order.
    static func tables(_ document: Document) -> [TableGrid] {
        document.blocks.compactMap { if case .table(let grid) = $0.kind { grid } else { nil } }
    }

    static let seeds = ["000_e82f18c061ea3c91", "001_17f5b4d2682cfcf2", "002_46cbd641e677e2d2",
                        "003_5df99de71ad1aeeb", "004_78d1ee8d1c119a5d"]
}
