import Foundation
import ReportCore
import Testing
import TextPlugin

@Suite struct TextFormatPluginTests {
    let plugin = TextFormatPlugin()

    @Test func readsLinesAndRecordsTheEncoding() throws {
        let doc = try plugin.read(SourceInput(fileName: "a.txt", path: "a.txt", data: Data("一、概况\r\n正文\r\n".utf8)))
        #expect(doc.encoding == "UTF-8")
        #expect(doc.blocks == [.line("一、概况"), .line("正文")])
    }

    @Test func rejectsBinary() {
        var bytes = [UInt8](repeating: 0, count: 64)
        bytes[0] = 0x89
        #expect(throws: ConversionError.self) {
            try plugin.read(SourceInput(fileName: "x.txt", path: "x.txt", data: Data(bytes)))
        }
    }

    @Test func sniffsOnlyByteOrderMarks() {
        #expect(plugin.sniff(Data([0xEF, 0xBB, 0xBF, 0x41])))
        #expect(plugin.sniff(Data([0xFF, 0xFE, 0x41, 0x00])))
        #expect(!plugin.sniff(Data("%PDF-1.7".utf8)))
        #expect(!plugin.sniff(Data("plain".utf8)))
    }
}
