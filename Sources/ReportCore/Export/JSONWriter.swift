/// Writes a `JSONValue` as text: pretty (two-space indent, keys in the tree's order) for the
/// archival export, or canonical (keys sorted, no whitespace) for hashing.
///
/// The text is built as UTF-8 bytes and made a `String` once at the end: appending to a
/// `String` piece by piece was a tenth of a small report's conversion.
public enum JSONWriter {
    public static func pretty(_ value: JSONValue) -> String {
        var out = Output(pretty: true, sortKeys: false)
        out.write(value, indent: 0)
        out.bytes.append(UInt8(ascii: "\n"))
        return String(decoding: out.bytes, as: UTF8.self)
    }

    public static func canonical(_ value: JSONValue) -> String {
        var out = Output(pretty: false, sortKeys: true)
        out.write(value, indent: 0)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Shortest round-trip form; integral values without a fraction (`100`, not `100.0`).
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    private struct Output {
        let pretty: Bool
        let sortKeys: Bool
        var bytes: [UInt8] = []

        init(pretty: Bool, sortKeys: Bool) {
            self.pretty = pretty
            self.sortKeys = sortKeys
            bytes.reserveCapacity(1 << 14)
        }

        mutating func write(_ v: JSONValue, indent: Int) {
            switch v {
            case .null: append("null")
            case .bool(let b): append(b ? "true" : "false")
            case .number(let d): append(JSONWriter.number(d))
            case .string(let s): JSONWriter.quote(s, into: &bytes)
            case .array(let items):
                if items.isEmpty { append("[]"); return }
                bytes.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    if pretty { newline(indent + 1) }
                    write(item, indent: indent + 1)
                }
                if pretty { newline(indent) }
                bytes.append(UInt8(ascii: "]"))
            case .object(let pairs):
                if pairs.isEmpty { append("{}"); return }
                // Sorted by UTF-16 code units, as JavaScript and Python's sort_keys compare ASCII keys.
                let ordered = sortKeys ? pairs.sorted { $0.0.utf16.lexicographicallyPrecedes($1.0.utf16) } : pairs
                bytes.append(UInt8(ascii: "{"))
                for (i, (k, item)) in ordered.enumerated() {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    if pretty { newline(indent + 1) }
                    JSONWriter.quote(k, into: &bytes)
                    append(pretty ? ": " : ":")
                    write(item, indent: indent + 1)
                }
                if pretty { newline(indent) }
                bytes.append(UInt8(ascii: "}"))
            }
        }

        private mutating func newline(_ indent: Int) {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        }

        private mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }
    }

    /// JSON string escaping; non-ASCII is written as UTF-8, not `\u` escapes, so Chinese stays readable.
    private static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var rest = s.utf8[...]
        // Copy the runs that need no escape whole; stop only at a byte that might.
        while let i = rest.firstIndex(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out.append(contentsOf: rest[..<i])
            let byte = rest[i]
            var next = rest.index(after: i)
            switch byte {
            case 0x22: out.append(contentsOf: #"\""#.utf8)
            case 0x5C: out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped; any other U+2xxx is copied.
                let tail = rest[next...].prefix(2)
                if tail.elementsEqual([0x80, 0xA8]) || tail.elementsEqual([0x80, 0xA9]) {
                    out.append(contentsOf: (tail.last == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                    next = rest.index(next, offsetBy: 2)
                } else {
                    out.append(byte)
                }
            default:
                let hex = String(byte, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            }
            rest = rest[next...]
        }
        out.append(contentsOf: rest)
        out.append(UInt8(ascii: "\""))
    }
}
