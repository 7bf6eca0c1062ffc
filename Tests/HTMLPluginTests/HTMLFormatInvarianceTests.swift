import Foundation
import HTMLPlugin
import ReportCore
import TextPlugin
import Testing

/// The heart of the plugin: each seed's HTML twin (the page its text was copied from) is the
/// same report, so it has the same `contentId` as the `.txt` seed.
@Suite struct HTMLFormatInvarianceTests {
    let converter = Converter(registry: FormatRegistry([HTMLFormatPlugin(), TextFormatPlugin()]))

    @Test(arguments: SampleFiles.seedStems)
    func htmlTwinHasTheSeedsContentId(_ stem: String) throws {
        let text = try SampleFiles.input("\(stem).txt")
        let html = try SampleFiles.input("\(stem).html")
        let fromText = try converter.convert(data: text.data, fileName: text.fileName, path: text.path)
        let fromHTML = try converter.convert(data: html.data, fileName: html.fileName, path: html.path)
        #expect(fromText.source.format == "text")
        #expect(fromHTML.source.format == "html")
        let textPayload = try ContentID.canonicalPayload(fromText)
        let htmlPayload = try ContentID.canonicalPayload(fromHTML)
        let firstDifference = zip(textPayload, htmlPayload).prefix { $0 == $1 }.count
        #expect(fromHTML.contentId == fromText.contentId, """
            \(stem): the HTML twin interprets differently from character \(firstDifference) of the hashed content
            text: …\(textPayload.dropFirst(max(0, firstDifference - 80)).prefix(400))
            html: …\(htmlPayload.dropFirst(max(0, firstDifference - 80)).prefix(400))
            """)
        // Goals are not hashed into contentId but must be the same too (docs/canonical-report.md).
        #expect(fromHTML.goals == fromText.goals, "\(stem): goals differ between the HTML twin and the text")
        // The twin's tables are real markup tables: whatever the text copy's tables hold stands in
        // them too. (A text copy's form may come as one table per block of the form, so the
        // number of tables is no measure.)
        let squeeze = { (s: String) in String(s.filter { !$0.isWhitespace }) }
        let htmlCells = fromHTML.tables.flatMap { $0.rows.flatMap { $0 } }.map(squeeze).joined()
        let missing = fromText.tables.flatMap { $0.rows.flatMap { $0 } }.map(squeeze).filter { !$0.isEmpty && !htmlCells.contains($0) }
        #expect(missing.isEmpty, "\(stem): cells of the text copy's tables not in the HTML twin's: \(missing.prefix(5))")
    }

    @Test func theGB18030TwinIsDecodedAsGB18030() throws {
        let html = try SampleFiles.input("001_17f5b4d2682cfcf2.html")
        #expect(String(data: html.data, encoding: .utf8) == nil, "the sample must be stored as GB18030 bytes")
        let report = try converter.convert(data: html.data, fileName: html.fileName, path: html.path)
        #expect(report.source.encoding == "GB18030")
    }
}
