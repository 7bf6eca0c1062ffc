import Foundation

/// The fields of a message between the command and its workers, each a length-prefixed run of
/// bytes, in an order both sides know.
///
/// A request and its answer cross the pipe once per file; with Foundation's JSON coders that
/// cost as much as reading a small text report. Strings, byte runs and lists of strings are
/// all a worker message holds, so they go as they are.
///
/// Layout: a byte run is `u32 length` (big-endian) then the bytes; a missing one (nil) is the
/// length `0xFFFF_FFFF` alone; a list is `u32 count` then its strings.
struct WireWriter {
    private(set) var data = Data()
    private static let absent = UInt32.max

    mutating func bytes<Bytes: Collection<UInt8>>(_ bytes: Bytes?) {
        guard let bytes else { return length(Self.absent) }
        precondition(bytes.count < Int(Self.absent), "a worker message field of 4 GB")
        length(UInt32(bytes.count))
        data.append(contentsOf: bytes)
    }

    mutating func string(_ text: String?) { bytes(text?.utf8) }

    mutating func strings(_ texts: [String]) {
        length(UInt32(texts.count))
        for text in texts { string(text) }
    }

    private mutating func length(_ value: UInt32) {
        withUnsafeBytes(of: value.bigEndian) { data.append(contentsOf: $0) }
    }
}

/// Reads what `WireWriter` wrote, field by field; every read is nil when the bytes end early.
struct WireReader {
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = data
        offset = data.startIndex
    }

    var atEnd: Bool { offset == data.endIndex }

    /// The next byte run: `.some(nil)` for a missing one, nil when the message is cut short.
    mutating func bytes() -> Data?? {
        guard let count = length() else { return nil }
        if count == UInt32.max { return .some(nil) }
        let start = offset, end = start + Int(count)
        guard data.endIndex - start >= Int(count) else { return nil }
        offset = end
        return .some(data[start..<end])
    }

    mutating func string() -> String?? {
        guard let field = bytes() else { return nil }
        return .some(field.map { String(decoding: $0, as: UTF8.self) })
    }

    /// A string that must be present.
    mutating func requiredString() -> String? {
        guard case .some(.some(let text)) = string() else { return nil }
        return text
    }

    mutating func strings() -> [String]? {
        guard let count = length() else { return nil }
        var texts: [String] = []
        for _ in 0..<count {
            guard let text = requiredString() else { return nil }
            texts.append(text)
        }
        return texts
    }

    private mutating func length() -> UInt32? {
        guard data.endIndex - offset >= 4 else { return nil }
        let value = data[offset..<(offset + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        offset += 4
        return value
    }
}
