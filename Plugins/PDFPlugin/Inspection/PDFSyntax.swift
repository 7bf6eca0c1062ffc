/// The little of PDF's object syntax the inspection needs: dictionaries, arrays, names,
/// numbers and references (`12 0 R`), read from raw bytes. Strings are skipped, not decoded.
///
/// Not `indirect`: arrays and dictionaries hold their values in storage of their own already,
/// while an indirect enum boxes every value on the heap, each number and name included.
enum PDFValue {
    case number(Double)
    case name(String)
    case reference(Int)
    case array([PDFValue])
    case dictionary([String: PDFValue])
    case other

    subscript(key: String) -> PDFValue? {
        if case .dictionary(let d) = self { return d[key] }
        return nil
    }

    var name: String? { if case .name(let n) = self { return n }; return nil }
    var reference: Int? { if case .reference(let r) = self { return r }; return nil }
    var int: Int? {
        if case .number(let n) = self, n.isFinite, abs(n) < 1e15 { return Int(n) }
        return nil
    }
    var array: [PDFValue]? { if case .array(let a) = self { return a }; return nil }
}

/// A reader of one PDF value from bytes. Nesting deeper than `maximumDepth` reads as `.other`
/// (a file of 100,000 nested arrays costs no stack).
///
/// It reads the bytes in place (a file's, inside `Data.withUnsafeBytes`; a decoded stream's,
/// inside `Array.withUnsafeBufferPointer`), so it must not outlive that call; the values it
/// returns hold no pointers.
struct PDFSyntaxReader {
    static let maximumDepth = 32

    private let bytes: Slice<UnsafeBufferPointer<UInt8>>
    private(set) var index: Int

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    /// The next value, or nil at the end.
    mutating func value(depth: Int = 0) -> PDFValue? {
        skipSpace()
        guard index < bytes.endIndex else { return nil }
        let b = bytes[index]
        let opensNested = b == UInt8(ascii: "[")
            || (b == UInt8(ascii: "<") && index + 1 < bytes.endIndex && bytes[index + 1] == UInt8(ascii: "<"))
        if opensNested, depth >= Self.maximumDepth {
            skipNested()
            return .other
        }
        switch b {
        case UInt8(ascii: "/"):
            index += 1
            let start = index
            while index < bytes.endIndex, !Self.isDelimiter(bytes[index]) { index += 1 }
            return .name(String(decoding: bytes[start..<index], as: UTF8.self))
        case UInt8(ascii: "<") where index + 1 < bytes.endIndex && bytes[index + 1] == UInt8(ascii: "<"):
            index += 2
            // Collected first and made a dictionary once, at its size: growing one entry by
            // entry rehashes it several times, and a file holds thousands of dictionaries.
            var entries: [(String, PDFValue)] = []
            while true {
                skipSpace()
                guard index < bytes.endIndex else { break }
                if bytes[index] == UInt8(ascii: ">") {
                    index = min(bytes.endIndex, index + 2)
                    break
                }
                guard let key = value(depth: depth + 1) else { break }
                guard case .name(let k) = key else { continue }
                guard let v = value(depth: depth + 1) else { break }
                entries.append((k, v))
            }
            // A key given twice keeps its last value, as before.
            return .dictionary(Dictionary(entries, uniquingKeysWith: { _, last in last }))
        case UInt8(ascii: "["):
            index += 1
            var items: [PDFValue] = []
            while true {
                skipSpace()
                guard index < bytes.endIndex else { break }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    break
                }
                guard let v = value(depth: depth + 1) else { break }
                items.append(v)
            }
            return Self.kept(items)
        case UInt8(ascii: "("):
            skipString()
            return .other
        case UInt8(ascii: "<"):
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: ">") { index += 1 }
            index = min(bytes.endIndex, index + 1)
            return .other
        case UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            index += 1
            return .other
        default:
            let start = index
            while index < bytes.endIndex, !Self.isDelimiter(bytes[index]) { index += 1 }
            if index == start { index += 1 }
            let token = String(decoding: bytes[start..<index], as: UTF8.self)
            if let n = Double(token) {
                // `12 0 R` is a reference: look ahead for the generation and the R.
                let save = index
                if n >= 0, n < 1e9, n == n.rounded(), case .number(let g)? = peekNumber(), g >= 0 {
                    skipSpace()
                    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "R"),
                       index + 1 == bytes.endIndex || Self.isDelimiter(bytes[index + 1]) {
                        index += 1
                        return .reference(Int(n))
                    }
                }
                index = save
                return .number(n)
            }
            return .other
        }
    }

    /// An array as the estimate keeps it: one that holds a number and no reference or dictionary
    /// (a font's widths, `/W` and `/Differences`, a box, a matrix, a colour space) is `.other`.
    /// The estimate never looks inside such an array, and a large file's fonts hold millions of
    /// widths: held as values, one heap box each, they took about 5× the file in memory.
    private static func kept(_ items: [PDFValue]) -> PDFValue {
        var numbers = false
        for item in items {
            switch item {
            case .number: numbers = true
            case .reference, .dictionary: return .array(items)
            default: continue
            }
        }
        return numbers ? .other : .array(items)
    }

    /// Reads a number that follows, leaving `index` after it; nil (index unchanged) otherwise.
    private mutating func peekNumber() -> PDFValue? {
        let save = index
        skipSpace()
        let start = index
        while index < bytes.endIndex, !Self.isDelimiter(bytes[index]) { index += 1 }
        if index > start, let n = Double(String(decoding: bytes[start..<index], as: UTF8.self)) { return .number(n) }
        index = save
        return nil
    }

    /// Skips an array or dictionary opening at `index` by counting brackets, without recursion.
    private mutating func skipNested() {
        var depth = 0
        while index < bytes.endIndex {
            let b = bytes[index]
            if b == UInt8(ascii: "(") {
                skipString()
                continue
            }
            if b == UInt8(ascii: "[") || (b == UInt8(ascii: "<") && index + 1 < bytes.endIndex && bytes[index + 1] == b) {
                depth += 1
                index += b == UInt8(ascii: "[") ? 1 : 2
            } else if b == UInt8(ascii: "]") || (b == UInt8(ascii: ">") && index + 1 < bytes.endIndex && bytes[index + 1] == b) {
                depth -= 1
                index += b == UInt8(ascii: "]") ? 1 : 2
            } else {
                index += 1
            }
            if depth <= 0 { return }
        }
    }

    private mutating func skipSpace() {
        while index < bytes.endIndex {
            let b = bytes[index]
            if b == UInt8(ascii: "%") {
                while index < bytes.endIndex, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            } else if Self.isSpace(b) {
                index += 1
            } else {
                return
            }
        }
    }

    /// Skips a literal string: balanced parentheses, backslash escapes.
    mutating func skipString() {
        var depth = 0
        while index < bytes.endIndex {
            let b = bytes[index]
            index += 1
            if b == UInt8(ascii: "\\") {
                index = min(bytes.endIndex, index + 1)
            } else if b == UInt8(ascii: "(") {
                depth += 1
            } else if b == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }

    // Byte classes as bit sets over 0–63 and 64–127, one shift and mask a byte: the scanner and
    // the operator counter ask this of every byte of a file and of its inflated content streams.

    /// NUL, tab, line feed, form feed, carriage return, space.
    private static let spaces: UInt64 = 1 << 0x00 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D | 1 << 0x20
    /// The spaces and `%`, `(`, `)`, `/`, `<`, `>`.
    private static let delimitersBelow64: UInt64 = spaces | 1 << 0x25 | 1 << 0x28 | 1 << 0x29 | 1 << 0x2F | 1 << 0x3C | 1 << 0x3E
    /// `[`, `]`, `{`, `}`, less 64.
    private static let delimitersFrom64: UInt64 = 1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b < 64 && spaces >> b & 1 == 1 }

    @inline(__always)
    static func isDelimiter(_ b: UInt8) -> Bool {
        if b < 64 { return delimitersBelow64 >> b & 1 == 1 }
        return b < 128 && delimitersFrom64 >> (b - 64) & 1 == 1
    }
}
