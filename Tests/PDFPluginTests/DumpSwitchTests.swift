import Foundation
import ReportCore
import Testing
@testable import PDFPlugin

/// Prints the blocks of the PDF named by `PDF_DUMP` (a development aid; passes without it).
@Test func dumpWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["PDF_DUMP"] else { return }
    let url = URL(fileURLWithPath: path)
    let document = try PDFFormatPlugin().read(SourceInput(fileName: url.lastPathComponent, path: path,
                                                          data: try Data(contentsOf: url)))
    print(DocumentDump.describe(document))
}
