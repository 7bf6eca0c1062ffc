import Foundation

/// A path as the file system stores it: bytes, which need not be UTF-8 (GBK-named files from
/// Chinese archives are common), with a printable form for messages and output names.
public struct FilePath: Sendable, Hashable, Codable {
    /// The bytes, without a trailing NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { bytes = Array(string.utf8) }

    /// The path as text: valid UTF-8 as is, every byte of an invalid sequence as `\xNN`, so
    /// two different names never print the same.
    public var display: String { Self.escape(bytes) }

    /// Whether the bytes are valid UTF-8 (so `display` is the path itself).
    public var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    public func appending(_ component: [UInt8]) -> FilePath {
        if bytes.last == UInt8(ascii: "/") { return FilePath(bytes: bytes + component) }
        return FilePath(bytes: bytes + [UInt8(ascii: "/")] + component)
    }

    /// The folder part of a path as `NSString.deletingLastPathComponent` gives it (`a/b` → `a`,
    /// `/a` → `/`, `a` → empty, trailing slashes ignored). Written out because Foundation's
    /// version traps on a one-character name (swift-corelibs-foundation, Swift 6.3): `--out o`
    /// crashed.
    public static func folder(of path: String) -> String {
        var scalars = Substring(path).unicodeScalars
        while scalars.count > 1, scalars.last == "/" { scalars.removeLast() }
        guard let slash = scalars.lastIndex(of: "/") else { return "" }
        var folder = scalars[..<slash]
        while folder.last == "/" { folder.removeLast() }
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The last component's bytes.
    public var lastComponent: [UInt8] {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return bytes }
        return Array(bytes[(slash + 1)...])
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    public func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// `\xNN` for each byte of an invalid UTF-8 sequence; a literal backslash stays as it is.
    static func escape(_ bytes: [UInt8]) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        var out = ""
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(bytes, at: i)
            if length > 0, let s = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                out += s
                i += length
            } else {
                out += String(format: "\\x%02X", bytes[i])
                i += 1
            }
        }
        return out
    }

    /// The length of the UTF-8 sequence its lead byte announces (0 for a stray byte).
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        let n: Int
        switch b {
        case 0x00...0x7F: n = 1
        case 0xC2...0xDF: n = 2
        case 0xE0...0xEF: n = 3
        case 0xF0...0xF4: n = 4
        default: return 0
        }
        return i + n <= bytes.count ? n : 0
    }
}
