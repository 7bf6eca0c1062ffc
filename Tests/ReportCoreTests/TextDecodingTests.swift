import Foundation
@testable import ReportCore
import Testing
import TestSupport

@Suite struct TextDecodingTests {
    let sample = "一、部门基本情况\n指标值 ≥636万人\n"

    @Test func plainUTF8() throws {
        let d = try TextDecoding.decode(Data(sample.utf8))
        #expect(d.encoding == "UTF-8")
        #expect(d.text == sample)
        #expect(d.warnings.isEmpty)
    }

    @Test func utf8WithBOM() throws {
        let d = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(sample.utf8)))
        #expect(d.encoding == "UTF-8")
        #expect(d.text == sample)
    }

    @Test(arguments: [true, false])
    func utf16WithAndWithoutBOM(littleEndian: Bool) throws {
        let units = Array(sample.utf16)
        var bytes: [UInt8] = []
        for u in units { bytes += littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
        let name = littleEndian ? "UTF-16LE" : "UTF-16BE"
        let withBOM = try TextDecoding.decode(Data((littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + bytes))
        #expect(withBOM.encoding == name)
        #expect(withBOM.text == sample)
        // Without a BOM, recognised by the zero bytes of the ASCII characters.
        let ascii = "A report: 2023 \(sample) total 100% done\n"
        var bare: [UInt8] = []
        for u in ascii.utf16 { bare += littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
        let withoutBOM = try TextDecoding.decode(Data(bare))
        #expect(withoutBOM.encoding == name)
        #expect(withoutBOM.text == ascii)
    }

    @Test func gb18030MadeFromASeed() throws {
        let utf8 = try Repo.sampleData("001_17f5b4d2682cfcf2.txt")
        let text = String(decoding: utf8, as: UTF8.self)
        let gb = try transcode(utf8, to: "GB18030")
        let d = try TextDecoding.decode(gb)
        #expect(d.encoding == "GB18030")
        #expect(d.text == text)
        #expect(d.warnings.isEmpty)
    }

    @Test func gb18030WithOneInvalidByteKeepsTheRest() throws {
        // 绩效 in GB18030, a stray 0xFF, then 自评.
        let bytes: [UInt8] = [0xBC, 0xA8, 0xD0, 0xA7, 0xFF, 0xD7, 0xD4, 0xC6, 0xC0]
        let d = try TextDecoding.decode(Data(bytes))
        #expect(d.encoding == "GB18030")
        #expect(d.text == "绩效\u{FFFD}自评")
        #expect(d.warnings.count == 1)
        #expect(d.warnings.first?.code == "invalid-bytes")
        #expect(d.warnings.first?.message.contains("offset 4") == true)
    }

    @Test func binaryIsRejected() {
        var bytes: [UInt8] = Array("%PNG".utf8)
        for i in 0..<512 { bytes.append(UInt8((i * 37 + 11) % 256)) }
        #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.decode(Data(bytes)) }
    }

    @Test func linesSplitOnCRLFAndCR() {
        #expect(TextLines.split("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
    }
}
