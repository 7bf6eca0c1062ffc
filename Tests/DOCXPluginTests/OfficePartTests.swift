import Foundation
import OfficeOpenXML
import Testing

/// What hostile Office parts cost: each is refused with a reason, never a crash.
@Suite struct OfficePartTests {
    private func xml(depth: Int) -> Data {
        Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"urn:w\"><w:body>"
              + String(repeating: "<w:tbl><w:tr><w:tc>", count: depth) + "<w:p/>"
              + String(repeating: "</w:tc></w:tr></w:tbl>", count: depth) + "</w:body></w:document>").utf8)
    }

    /// 15,000 nested elements would overflow the stack of the recursive walks (and of the
    /// tree's own deallocation): refused at the parser.
    @Test func deepNestingIsRefused() {
        #expect {
            _ = try MarkupParser.parse(xml(depth: 5_000), part: "word/document.xml")
        } throws: { error in
            "\(error)" == "part 'word/document.xml' cannot be read: elements nested more than 256 deep"
        }
        #expect((try? MarkupParser.parse(xml(depth: 20), part: "word/document.xml")) != nil)
    }

    /// Foundation's parser on Linux traps on names that are not UTF-8.
    @Test func invalidUTF8IsRefused() {
        var bytes = Array("<?xml version=\"1.0\"?><a><b".utf8)
        bytes += [0xE2, 0x00, 0x41]
        bytes += Array("/></a>".utf8)
        #expect(throws: MarkupParser.Failure.self) { _ = try MarkupParser.parse(Data(bytes), part: "x.xml") }
    }

    @Test func namesAreLocalAndTextIsInOrder() throws {
        let root = try MarkupParser.parse(Data("<w:p xmlns:w=\"urn:w\" w:val=\"1\"><w:r><w:t>甲</w:t></w:r>乙<w:r><w:t>丙</w:t></w:r></w:p>".utf8), part: "p")
        #expect(root.name == "p")
        #expect(root[attribute: "val"] == "1")
        #expect(root.text == "甲乙丙")
        #expect(root.descendants("t").count == 2)
    }

    @Test func entryNamesFromTheFirstBytes() throws {
        let docx = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Samples/docx/nested-tables.docx").standardizedFileURL)
        #expect(OfficeSniffer.entryNames(docx.prefix(4096)).contains("word/document.xml"))
        #expect(OfficeSniffer.isPackage(docx.prefix(4096), withPartsIn: "word/"))
        #expect(!OfficeSniffer.isPackage(docx.prefix(4096), withPartsIn: "xl/"))
        #expect(OfficeSniffer.entryNames(Data("PK\u{03}\u{04}".utf8)).isEmpty)
    }
}
