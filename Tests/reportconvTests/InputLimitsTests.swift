import Foundation
import ReportCore
@testable import reportconv
import Testing

/// Memory is bounded by what an input may hold: text-like inputs past their cap and any input
/// past the file cap are clear per-file errors, read no further.
@Suite struct InputLimitsTests {
    @Test func textPastItsCapIsRefusedWithTheSizes() throws {
        let converter = Converter(registry: BuiltinPlugins.registry)
        let big = Data(repeating: 0x41, count: InputLimits.maximumTextBytes + 1)
        for name in ["big.txt", "big.html"] {
            #expect {
                try converter.convert(data: big, fileName: name, path: "in/" + name)
            } throws: { error in
                "\(error)".hasPrefix("'in/\(name)': not readable as ")
                    && "\(error)".contains("the file is 32.0 MB, over the 32 MB")
            }
        }
    }

    /// A PDF or Office file may be larger than text: its plugin keeps the file cap.
    @Test func capsFollowWhatAPluginHolds() throws {
        let registry = BuiltinPlugins.registry
        #expect(try registry.resolve(fileName: "a.txt", prefix: Data(), forcedID: nil).maximumInputBytes == InputLimits.maximumTextBytes)
        #expect(try registry.resolve(fileName: "a.html", prefix: Data(), forcedID: nil).maximumInputBytes == InputLimits.maximumTextBytes)
        #expect(try registry.resolve(fileName: "a.pdf", prefix: Data("%PDF-1.7".utf8), forcedID: nil).maximumInputBytes
                == InputLimits.maximumFileBytes)
    }

    /// Reading stops at the cap: an endless pipe costs the cap, not all it would send.
    @Test func readingStopsAtTheCap() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let chunk = [UInt8](repeating: 0x61, count: 4096)
        for _ in 0..<3 { _ = write(fds[1], chunk, chunk.count) }
        close(fds[1])
        #expect(try InputLimits.readCapped(fds[0], limit: 10_000) == nil)
        close(fds[0])

        #expect(pipe(&fds) == 0)
        _ = write(fds[1], chunk, chunk.count)
        close(fds[1])
        #expect(try InputLimits.readCapped(fds[0], limit: 10_000)?.count == 4096)
        close(fds[0])
    }

    /// A regular file is read whole into storage of its size: exactly its bytes, from where its
    /// descriptor stands (a file shorter than `fstat` said ends where it ends), and past the cap,
    /// nothing.
    @Test func aRegularFileIsReadExactly() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<200_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("read-capped-\(getpid()).bin")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fd = open(url.path, O_RDONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(try InputLimits.readCapped(fd) == Data(bytes))
        lseek(fd, 150_000, SEEK_SET)
        #expect(try InputLimits.readCapped(fd) == Data(bytes[150_000...]))
        lseek(fd, 0, SEEK_SET)
        #expect(try InputLimits.readCapped(fd, limit: 200_000)?.count == 200_000)
        lseek(fd, 0, SEEK_SET)
        #expect(try InputLimits.readCapped(fd, limit: 199_999) == nil)
    }
}
