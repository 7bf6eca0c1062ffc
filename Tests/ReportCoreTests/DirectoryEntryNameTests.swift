import Foundation
@testable import ReportCore
import Testing

/// Names read from `readdir` in place: every length a file system allows, any bytes, each
/// exactly once (the walker and the plugin loader both list folders this way).
@Suite struct DirectoryEntryNameTests {
    @Test func namesOfEveryLengthComeBackExactly() throws {
        let folder = NSTemporaryDirectory() + "reportconv-dirent-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var expected: Set<[UInt8]> = []
        for length in 1...255 {
            // Short ASCII names pack many entries into one buffer; long ones end buffers at odd places.
            let name = Array(String(repeating: "x", count: length - 1).utf8) + [UInt8(ascii: "a") + UInt8(length % 26)]
            expected.insert(name)
        }
        expected.insert(Array("自评表.txt".utf8))
        expected.insert([0xC4, 0xE3, 0x2E, 0x74, 0x78, 0x74])  // GBK bytes, not UTF-8
        for name in expected {
            let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
            let fd = path.withUnsafeBufferPointer { p in p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_CREAT | O_WRONLY, 0o644) } }
            #expect(fd >= 0)
            close(fd)
        }
        let dir = try #require(opendir(folder))
        defer { closedir(dir) }
        var found: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = DirectoryEntryName.bytes(entry)
            if name != Array(".".utf8) && name != Array("..".utf8) { found.append(name) }
        }
        #expect(found.count == expected.count)
        #expect(Set(found) == expected)
    }
}
