import Crypto
import Foundation
@testable import ReportCore
import Testing

/// The worker's answers cross the pipe as length-prefixed fields, the exports as raw bytes: whatever the
/// exports hold comes back exactly, and a cut or padded answer is refused, never half-read.
@Suite struct OutcomeWireTests {
    private func sample() -> FileOutcome {
        var outcome = FileOutcome(status: .converted, format: "text", sha256: String(repeating: "a", count: 64))
        outcome.errorWarnings = ["第3页: 表格无法解析", "quote \" and \\ backslash"]
        outcome.exports["json"] = "{\n  \"title\": \"青禾县2023年度项目支出绩效自评表\",\n  \"x\": \"\\u0000\"\n}\n"
        outcome.exports["md"] = "# 标题\n\n| a | b |\n|---|---|\n| 1 | \u{0} |\n"
        outcome.exports["empty"] = ""
        outcome.csvRows["indicators"] = "a.txt,产出指标,数量指标,\"含,逗号\"\r\n"
        outcome.csvRows["funding"] = ""
        return outcome
    }

    @Test func anOutcomeComesBackExactly() throws {
        let outcome = sample()
        let decoded = try #require(OutcomeWire.decode(OutcomeWire.encode(outcome)))
        #expect(decoded.status == outcome.status)
        #expect(decoded.format == outcome.format)
        #expect(decoded.sha256 == outcome.sha256)
        #expect(decoded.error == nil)
        #expect(decoded.errorWarnings == outcome.errorWarnings)
        #expect(decoded.exports == outcome.exports)
        #expect(decoded.csvRows == outcome.csvRows)
    }

    @Test func aFailureComesBackWithItsReason() throws {
        let outcome = FileOutcome.failure("'坏.pdf': damaged or truncated PDF", format: "pdf")
        let decoded = try #require(OutcomeWire.decode(OutcomeWire.encode(outcome)))
        #expect(decoded.status == .failed)
        #expect(decoded.error == outcome.error)
        #expect(decoded.format == "pdf")
        #expect(decoded.exports.isEmpty && decoded.csvRows.isEmpty)
    }

    @Test func theSameOutcomeGivesTheSameBytes() throws {
        #expect(OutcomeWire.encode(sample()) == OutcomeWire.encode(sample()))
    }

    @Test func aCutOrPaddedAnswerIsRefused() throws {
        let data = OutcomeWire.encode(sample())
        for cut in [0, 3, 4, 10, data.count / 2, data.count - 1] {
            #expect(OutcomeWire.decode(data.prefix(cut)) == nil, "cut at \(cut)")
        }
        #expect(OutcomeWire.decode(data + Data([0])) == nil)
        #expect(OutcomeWire.decode(Data([0xFF, 0xFF, 0xFF, 0xFF, 1, 2, 3])) == nil)
        // A slice that does not start at index 0 is read from its own start.
        #expect(OutcomeWire.decode((Data([9, 9]) + data).dropFirst(2))?.exports == sample().exports)
    }

    @Test func hexDigestsMatchTheFormattedOnes() {
        for text in ["", "abc", "青禾县", String(repeating: "x", count: 1000)] {
            let digest = SHA256.hash(data: Data(text.utf8))
            #expect(HexDigest.string(digest) == digest.map { String(format: "%02x", $0) }.joined())
        }
        #expect(HexDigest.string(SHA256.hash(data: Data("abc".utf8)))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

/// A request crosses to the worker the same way: a path that is not UTF-8, the bytes of
/// standard input and the absent options come back exactly; a cut request is refused.
@Suite struct ConversionRequestWireTests {
    @Test func aFileRequestComesBackExactly() throws {
        let path = FilePath(bytes: Array("/tmp/青禾县/".utf8) + [0xB8, 0xDF] + Array(".txt".utf8))
        let input = BatchInput(content: .file(path), relativePath: "青禾县/\u{FFFD}.txt", displayPath: "/tmp/青禾县/\\xB8\\xDF.txt")
        let request = try ConversionRequest(input: input, forcedID: nil, formats: ["json", "md", "csv"])
        let back = try #require(ConversionRequest(wire: request.wire))
        #expect(back.path == path.bytes)
        #expect(back.data == nil)
        #expect(back.fileName == request.fileName)
        #expect(back.relativePath == request.relativePath)
        #expect(back.displayPath == request.displayPath)
        #expect(back.forcedID == nil && back.fallbackID == nil)
        #expect(back.formats == ["json", "md", "csv"])
    }

    @Test func standardInputComesBackWithItsBytes() throws {
        let bytes = Data([0, 1, 2, 0xFF]) + Data("绩效自评报告".utf8)
        let input = BatchInput(content: .bytes(bytes), relativePath: "stdin", displayPath: "<stdin>", fallbackFormat: "text")
        let request = try ConversionRequest(input: input, forcedID: "html", formats: [])
        let back = try #require(ConversionRequest(wire: request.wire))
        #expect(back.path == nil)
        #expect(back.data == bytes)
        #expect(back.forcedID == "html" && back.fallbackID == "text")
        #expect(back.formats.isEmpty)
    }

    @Test func aCutOrPaddedRequestIsRefused() throws {
        let input = BatchInput(content: .bytes(Data("x".utf8)), relativePath: "a.txt", displayPath: "a.txt")
        let wire = try ConversionRequest(input: input, forcedID: nil, formats: ["json"]).wire
        for cut in [0, 3, 4, 9, wire.count / 2, wire.count - 1] {
            #expect(ConversionRequest(wire: wire.prefix(cut)) == nil, "cut at \(cut)")
        }
        #expect(ConversionRequest(wire: wire + Data([0])) == nil)
    }
}
