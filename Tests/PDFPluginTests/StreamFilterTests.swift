import Foundation
@testable import PDFPlugin
import Testing

/// Every PDF filter is measured before poppler runs it: the general-purpose filters decode
/// with a ceiling (bombs in LZW or RunLength, wrapped in ASCII85 or ASCIIHex, are caught like a
/// Flate bomb), and images are sized by their codec's own header, not only their dictionary.
@Suite struct StreamFilterTests {
    @Test func asciiFiltersDecode() {
        #expect(StreamFilters.asciiHex(Array("48 65 6C\n6c 6F 2>".utf8)[...], limit: 100).bytes == Array("Hello ".utf8))
        #expect(StreamFilters.ascii85(Array("87cURD_*#TDfTZ)+T~>".utf8)[...], limit: 100).bytes == Array("Hello, world!".utf8))
        let zeros = StreamFilters.ascii85(Array("zz~>".utf8)[...], limit: 5)
        #expect(zeros.bytes == [0, 0, 0, 0, 0] && zeros.truncated)
    }

    @Test func runLengthDecodesAndStopsAtItsLimit() {
        let input: [UInt8] = [2, 65, 66, 67, 253, 88, 128, 99]
        #expect(StreamFilters.runLength(input[...], limit: 100).bytes == Array("ABCXXXX".utf8))
        let bomb: [UInt8] = (0..<2000).map { $0 % 2 == 0 ? 129 : 0 }
        let out = StreamFilters.runLength(bomb[...], limit: 10_000)
        #expect(out.bytes.count == 10_000 && out.truncated)
    }

    /// ISO 32000-1 §7.4.4.2's own example, then random data through an encoder written here.
    @Test func lzwDecodesTheStandardsExampleAndRoundTrips() {
        let example: [UInt8] = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01]
        #expect(StreamFilters.lzw(example[...], limit: 100).bytes == [45, 45, 45, 45, 45, 65, 45, 45, 45, 66])
        var random = SplitMix(seed: 10)
        for length in [0, 1, 300, 5_000, 70_000] {
            // Few symbols, so strings get long and the code width passes 9, 10, 11 and 12 bits.
            let data = (0..<length).map { _ in UInt8(random.next() % 4) + 0x41 }
            let decoded = StreamFilters.lzw(Self.lzwEncode(data)[...], limit: 1 << 20)
            #expect(decoded.bytes == data, "length \(length)")
            #expect(!decoded.truncated)
        }
        let run = StreamFilters.lzw(Self.lzwRun(0x41, count: 9_000_000)[...], limit: 10_000_000)
        #expect(run.bytes.count == 9_000_000 && run.bytes.allSatisfy { $0 == 0x41 })
    }

    /// A 13 KB LZW stream inside ASCII85 that decodes to 80 MB of content: the page is skipped
    /// before poppler runs it, as a Flate bomb is.
    @Test func lzwBombInAscii85IsCaught() {
        let lzw = Self.lzwRun(0x20, count: 80 << 20)
        let wrapped = Array(Self.ascii85(lzw).utf8)
        #expect(wrapped.count < 200_000)
        let estimate = PDFWorkEstimate(Self.pdf(content: wrapped, filter: "[/ASCII85Decode /LZWDecode]"))
        #expect(estimate.pages?.count == 1)
        #expect(estimate.pages?.first?.skipReason?.contains("inflates to more than 64 MB") == true)
    }

    @Test func runLengthBombInAsciiHexIsCaught() {
        // 129 0x20 → 128 spaces: 1.2 million pairs make 150 MB.
        let hex = Array(String(repeating: "8120", count: 1_200_000).utf8)
        let estimate = PDFWorkEstimate(Self.pdf(content: hex, filter: "[/AHx /RL]"))
        #expect(estimate.pages?.first?.skipReason?.contains("inflates to more than 64 MB") == true)
    }

    /// Ordinary content in each filter is read and its operators counted.
    @Test func contentInEveryFilterIsCounted() {
        let content = Array("0 0 10 10 re f\n1 0 0 RG 0 0 m 5 5 l S\n".utf8)
        let hex = Array((content.map { String(format: "%02x", $0) }.joined() + ">").utf8)
        for (bytes, filter) in [(hex, "/ASCIIHexDecode"), (Array(Self.ascii85(content).utf8), "/A85"),
                                (Self.lzwEncode(content), "/LZWDecode"), ([UInt8(content.count - 1)] + content + [128], "/RunLengthDecode")] {
            let page = PDFWorkEstimate(Self.pdf(content: bytes, filter: filter)).pages?.first
            #expect(page?.operations == 6, "\(filter)")
            #expect(page?.contentBytes == content.count, "\(filter)")
            #expect(page?.skipReason == nil)
        }
    }

    /// A JPEG whose dictionary says 1 × 1 and whose frame header says 60,000 × 60,000: poppler
    /// would decode the header's size when rendering, so the page is not rendered.
    @Test func imageSizedByItsCodecHeader() {
        // SOI, an APP0 segment, SOF2 (progressive): precision, height, width, 3 components.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46, 0xFF, 0xC2, 0x00, 0x11, 0x08,
                             0xEA, 0x60, 0xEA, 0x60, 0x03] + [UInt8](repeating: 0, count: 9) + [0xFF, 0xD9]
        let frame = ImageHeader.jpegFrame(jpeg)
        #expect(frame?.width == 60_000 && frame?.height == 60_000 && frame?.components == 3)
        var page = PDFWorkEstimate(Self.pdf(image: jpeg, filter: "/DCTDecode")).pages?.first
        #expect(page?.imagePixels == 3_600_000_000)
        #expect(page?.renderSkipReason?.contains("images hold") == true)
        // The same JPEG wrapped in ASCIIHex is found too.
        let hex = Array((jpeg.map { String(format: "%02X", $0) }.joined() + ">").utf8)
        page = PDFWorkEstimate(Self.pdf(image: hex, filter: "[/AHx /DCT]")).pages?.first
        #expect(page?.imagePixels == 3_600_000_000)

        // JPEG 2000: SOC, SIZ with 50,000 × 40,000 less an offset of 1,000 × 0, one component.
        func u32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        let jpx: [UInt8] = [0xFF, 0x4F, 0xFF, 0x51, 0x00, 0x29, 0x00, 0x00] + u32(50_000) + u32(40_000) + u32(1_000) + u32(0)
            + u32(50_000) + u32(40_000) + u32(0) + u32(0) + [0x00, 0x01, 0x07, 0x01, 0x01]
        let size = ImageHeader.jpeg2000Size(jpx)
        #expect(size?.width == 49_000 && size?.height == 40_000 && size?.components == 1)
        page = PDFWorkEstimate(Self.pdf(image: jpx, filter: "/JPXDecode")).pages?.first
        #expect(page?.imagePixels == 1_960_000_000)

        // JBIG2: a page information segment (number 0, type 48, page 1, 19 bytes) of 70,000 × 70,000.
        let jbig2: [UInt8] = u32(0) + [48, 0x00, 0x01] + u32(19) + u32(70_000) + u32(70_000) + u32(0) + u32(0) + [0, 0, 0]
        let jbig2Page = ImageHeader.jbig2Page(jbig2)
        #expect(jbig2Page?.width == 70_000 && jbig2Page?.height == 70_000)
        page = PDFWorkEstimate(Self.pdf(image: jbig2, filter: "/JBIG2Decode")).pages?.first
        #expect(page?.renderSkipReason?.contains("images hold") == true)

        // A content stream in DCT: poppler would parse 10.8 GB of pixels as operators.
        page = PDFWorkEstimate(Self.pdf(content: jpeg, filter: "/DCTDecode")).pages?.first
        #expect(page?.skipReason?.contains("inflates to more than 64 MB") == true)
    }

    /// An ordinary JPEG's header agrees with its dictionary and nothing is skipped.
    @Test func anHonestImageIsWithinTheCaps() {
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x30, 0x03] + [UInt8](repeating: 0, count: 9)
        let page = PDFWorkEstimate(Self.pdf(image: jpeg, filter: "/DCTDecode")).pages?.first
        #expect(page?.imagePixels == 48 * 32)
        #expect(page?.renderSkipReason == nil && page?.skipReason == nil)
    }

    // MARK: - Test inputs

    private static func pdf(content: [UInt8], filter: String) -> Data {
        pdf(objects: [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".utf8),
            stream(content, dictionary: "/Filter \(filter)"),
        ])
    }

    private static func pdf(image: [UInt8], filter: String) -> Data {
        pdf(objects: [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>".utf8),
            stream(Array("q 100 0 0 100 0 0 cm /Im0 Do Q".utf8), dictionary: ""),
            stream(image, dictionary: "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter \(filter)"),
        ])
    }

    private static func stream(_ bytes: [UInt8], dictionary: String) -> [UInt8] {
        Array("<< /Length \(bytes.count) \(dictionary) >>\nstream\n".utf8) + bytes + Array("\nendstream".utf8)
    }

    private static func pdf(objects: [[UInt8]]) -> Data {
        var out = Array("%PDF-1.7\n".utf8)
        for (index, body) in objects.enumerated() { out += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8) }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\n%%EOF\n".utf8)
        return Data(out)
    }

    /// ASCII85 of `bytes` (no `z` shorthand), ending in `~>`.
    private static func ascii85(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let chunk = Array(bytes[i..<min(i + 4, bytes.count)])
            var value: UInt32 = 0
            for k in 0..<4 { value = value << 8 | UInt32(k < chunk.count ? chunk[k] : 0) }
            var digits = [UInt8](repeating: 0, count: 5)
            for k in (0..<5).reversed() { digits[k] = UInt8(value % 85) + 0x21; value /= 85 }
            out += String(decoding: digits.prefix(chunk.count + 1), as: UTF8.self)
            i += 4
        }
        return out + "~>"
    }

    /// PDF's LZW with early change, by the textbook encoder (strings kept as a trie).
    static func lzwEncode(_ data: [UInt8]) -> [UInt8] {
        var writer = LZWWriter()
        var table: [Int: Int] = [:] // prefix code << 8 | byte → code
        var current: Int?
        for byte in data {
            guard let prefix = current else { current = Int(byte); continue }
            if let code = table[prefix << 8 | Int(byte)] {
                current = code
                continue
            }
            writer.emit(prefix)
            if writer.next < 4096 { table[prefix << 8 | Int(byte)] = writer.next }
            writer.defineOne()
            current = Int(byte)
        }
        if let current { writer.emit(current) }
        return writer.finish()
    }

    /// What the encoder makes of `count` copies of one byte, written straight as codes (the
    /// encoder itself would take minutes on 80 MB in a debug build): strings of 1, 2, 3… bytes,
    /// the longest (3,839) once the table is full, then the rest.
    static func lzwRun(_ byte: UInt8, count: Int) -> [UInt8] {
        var writer = LZWWriter()
        var left = count
        var length = 1
        while left > 0 {
            let n = min(length, left)
            writer.emit(n == 1 ? Int(byte) : 258 + n - 2)
            left -= n
            if left > 0 {
                if writer.next < 4096 { length += 1 }
                writer.defineOne()
            }
        }
        return writer.finish()
    }

    private struct LZWWriter {
        var out: [UInt8] = []
        var buffer: UInt64 = 0
        var bits = 0
        var width = 9
        var next = 258

        init() { emit(256) }

        mutating func emit(_ code: Int) {
            buffer = buffer << UInt64(width) | UInt64(code)
            bits += width
            while bits >= 8 {
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt64(bits - 8)))
                bits -= 8
            }
        }

        /// The string the encoder adds after each code; the width grows one code early.
        mutating func defineOne() {
            guard next < 4096 else { return }
            next += 1
            if next >= 1 << width, width < 12 { width += 1 }
        }

        mutating func finish() -> [UInt8] {
            emit(257)
            if bits > 0 { out.append(UInt8(truncatingIfNeeded: buffer << UInt64(8 - bits))) }
            return out
        }
    }
}

/// A fixed-seed generator, so a failing input can be made again.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
