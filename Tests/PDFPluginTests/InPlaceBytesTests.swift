import Foundation
@testable import PDFPlugin
import Testing

/// A PDF is held once: poppler and the work estimate read the caller's bytes in place (no copy of
/// the file), and poppler keeps them alive for as long as it uses them.
@Suite struct InPlaceBytesTests {
    static let sample = "000_e82f18c061ea3c91.pdf"

    /// poppler reads every page after the caller's `Data` is gone: the GBytes it was given keeps
    /// the bytes. Were they freed with the caller's `Data`, the 860 KB buffer (mapped on its own
    /// by malloc) would be unmapped and reading a page would crash.
    @Test func popplerKeepsTheBytesItShares() throws {
        let handle = try { try PopplerDocumentHandle(data: try SampleFiles.data(Self.sample)) }()
        #expect(handle.pageCount == 9)
        var glyphs = 0
        for index in 0..<handle.pageCount { glyphs += handle.page(at: index)?.glyphs().glyphs.count ?? 0 }
        #expect(glyphs > 1_000)
    }

    /// A slice of a larger buffer (its indices not starting at 0) reads as the same file, for
    /// poppler and for the estimate.
    @Test func aSliceReadsAsTheWholeFile() throws {
        let data = try SampleFiles.data(Self.sample)
        let sliced = (Data(repeating: 0x20, count: 7) + data)[7...]
        #expect(sliced.startIndex == 7 && sliced.count == data.count)
        let whole = PDFWorkEstimate(data), part = PDFWorkEstimate(sliced)
        #expect(whole.pages?.count == 9)
        #expect(part.pages == whole.pages && part.worstForm == whole.worstForm && !part.tooManyObjects)
        #expect(try PopplerDocumentHandle(data: sliced).pageCount == 9)
    }

    /// The scan in place finds every `N G obj` of the file, and each stream it keeps lies inside
    /// the file and is followed by `endstream`.
    @Test func theScanFindsEveryObjectAndStream() throws {
        let data = try SampleFiles.data(Self.sample)
        let text = String(decoding: data, as: Unicode.ASCII.self) as NSString
        let header = try NSRegularExpression(pattern: "(?<![0-9])([0-9]+)\\s+[0-9]+\\s+obj\\b")
        let numbers = Set(header.matches(in: text as String, range: NSRange(location: 0, length: text.length))
            .compactMap { Int(text.substring(with: $0.range(at: 1))) })
        #expect(numbers.count > 2_000)
        data.withUnsafeBytes { raw in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            let scanner = PDFObjectScanner(bytes)
            #expect(!scanner.tooMany && scanner.root != nil)
            #expect(numbers.isSubset(of: Set(scanner.objects.keys)))
            let streams = scanner.objects.values.compactMap(\.stream)
            #expect(streams.count > 1_000)
            #expect(streams.allSatisfy { $0.base.baseAddress == bytes.baseAddress && $0.endIndex <= bytes.count })
            #expect(streams.allSatisfy { stream in
                var k = stream.endIndex
                while k < bytes.count, PDFSyntaxReader.isSpace(bytes[k]) { k += 1 }
                return PDFObjectScanner.matches(bytes, k, "endstream")
            })
        }
    }
}
