/// Writes a `JSONValue` as text: pretty (two-space indent, keys in the tree's order) for the
/// archival export, or canonical (keys sorted, no whitespace) for hashing.
public enum JSONWriter {
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, indent: 0, pretty: true, sortKeys: false)
        out.append("\n")
        return out
    }

    public static func canonical(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, indent: 0, pretty: false, sortKeys: true)
        return out
    }

    /// Shortest round-trip form; integral values without a fraction (`100`, not `100.0`).
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    private static func write(_ v: JSONValue, into out: inout String, indent: Int, pretty: Bool, sortKeys: Bool) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += number(d)
        case .string(let s): quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(indent + 1, &out) }
                write(item, into: &out, indent: indent + 1, pretty: pretty, sortKeys: sortKeys)
            }
            if pretty { newline(indent, &out) }
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            // Sorted by UTF-16 code units, as JavaScript and Python's sort_keys compare ASCII keys.
            let ordered = sortKeys ? pairs.sorted { Array($0.0.utf16).lexicographicallyPrecedes(Array($1.0.utf16)) } : pairs
            out += "{"
            for (i, (k, item)) in ordered.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(indent + 1, &out) }
                quote(k, into: &out)
                out += pretty ? ": " : ":"
                write(item, into: &out, indent: indent + 1, pretty: pretty, sortKeys: sortKeys)
            }
            if pretty { newline(indent, &out) }
            out += "}"
        }
    }

    private static func newline(_ indent: Int, _ out: inout String) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// JSON string escaping; non-ASCII is written as UTF-8, not `\u` escapes, so Chinese stays readable.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: append them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
