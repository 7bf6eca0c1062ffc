import Foundation
import ReportModel
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
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode(Data(bytes)) }
    }

    /// A long report, so the evidence is the file's and not one line's.
    var report: [UInt8] { Array(String(repeating: sample, count: 40).utf8) }

    @Test func utf8WithAFewInvalidBytesStaysUTF8() throws {
        var bytes = report
        bytes[30] = 0xFF
        bytes[500] = 0xC0
        let d = try TextDecoding.decode(Data(bytes))
        #expect(d.encoding == "UTF-8")
        #expect(d.text.contains("\u{FFFD}"))
        #expect(d.text.contains("一、部门基本情况"))
        #expect(reportsBadByte(at: 30, in: d.warnings))
        #expect(reportsBadByte(at: 500, in: d.warnings))
    }

    /// Whether an `invalid-bytes` warning ("N byte(s) at offset M …") covers `offset`: a bad
    /// byte inside a character makes the whole character's bytes one run.
    func reportsBadByte(at offset: Int, in warnings: [ReportWarning]) -> Bool {
        warnings.contains { w in
            let numbers = w.message.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard w.code == "invalid-bytes", numbers.count >= 2 else { return false }
            return numbers[1] <= offset && offset < numbers[1] + numbers[0]
        }
    }

    @Test func nulAndControlBytesAreDroppedWithTheirOffsets() throws {
        var bytes = report
        bytes.insert(0x00, at: 4)    // inside 、 (3 bytes from offset 3): the character survives
        bytes.insert(0x07, at: 200)
        let d = try TextDecoding.decode(Data(bytes))
        #expect(d.encoding == "UTF-8")
        #expect(d.text == String(repeating: sample, count: 40))
        #expect(d.warnings.count == 1)
        #expect(d.warnings.first?.code == "control-bytes")
        #expect(d.warnings.first?.message.contains("offset(s) 4, 200") == true)
    }

    @Test func aFewNULsInASCIIAreNotUTF16() throws {
        var bytes = Array(String(repeating: "Budget execution rate 95.2 percent, target met.\n", count: 30).utf8)
        bytes.insert(0, at: 101)
        let d = try TextDecoding.decode(Data(bytes))
        #expect(d.encoding == "UTF-8")
        #expect(d.text.hasPrefix("Budget execution rate"))
    }

    @Test func invalidByteOffsetsCountTheControlBytesRemovedBeforeThem() throws {
        var bytes = report
        bytes.insert(0x00, at: 10)
        bytes[300] = 0xFF
        let d = try TextDecoding.decode(Data(bytes))
        #expect(reportsBadByte(at: 300, in: d.warnings))
    }

    @Test func randomBytesAreNotText() {
        var state: UInt64 = 42
        let bytes = (0..<100_000).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode(Data(bytes)) }
        #expect(TextEvidence.textShare(bytes, gb: true) < TextDecoding.minimumTextShare)
    }

    @Test func gb18030ReportsReadAsText() throws {
        let gb = try transcode(try Repo.sampleData("002_46cbd641e677e2d2.txt"), to: "GB18030")
        #expect(TextEvidence.textShare([UInt8](gb), gb: true) > 0.8)
    }

    @Test func linesSplitOnCRLFAndCR() {
        #expect(TextLines.split("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
    }
}
