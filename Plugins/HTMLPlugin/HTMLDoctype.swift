/// Removes a DOCTYPE's internal subset (`<!DOCTYPE html [ <!ENTITY …> ]>`) before parsing.
///
/// HTML has no internal subsets and browsers ignore them. libxml2's HTML parser does not
/// understand one either: it ends the doctype at the first `>` and shows the entity
/// declarations as page text. Dropping the subset keeps an entity bomb inert and out of the
/// text; references to its entities (`&lol9;`) stay literal text, as a browser shows them.
enum HTMLDoctype {
    /// How far into the page a doctype is looked for.
    static let scanLength = 4096

    private static let keyword = Array("<!doctype".utf8)

    /// - Parameter bytes: the page as UTF-8.
    /// - Returns: the page without the internal subset, and whether one was removed.
    static func removingInternalSubset(_ bytes: [UInt8]) -> (bytes: [UInt8], removed: Bool) {
        let window = min(bytes.count, scanLength)
        guard let start = find(keyword, in: bytes, upTo: window) else { return (bytes, false) }
        // The subset opens with "[" before the doctype's first ">".
        var open = start + keyword.count
        while open < bytes.count, bytes[open] != UInt8(ascii: "["), bytes[open] != UInt8(ascii: ">") { open += 1 }
        guard open < bytes.count, bytes[open] == UInt8(ascii: "[") else { return (bytes, false) }
        // Walk the subset declaration by declaration (`<!ENTITY …>`, `<!-- … -->`, `%ref;`),
        // quoted values skipped whole since they may hold ">" or "]". It ends at "]" and ">";
        // when it is never closed, it ends where something that is not a declaration starts,
        // so the page after an unclosed `<!DOCTYPE html [` is kept (searching the page for the
        // next "]>" would drop everything up to a script's `a[i]>0`, or all of it).
        var i = open + 1
        while i < bytes.count {
            let b = bytes[i]
            if [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(b) {
                i += 1
            } else if b == UInt8(ascii: "]") {
                var j = i + 1
                while j < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[j]) { j += 1 }
                let resume = j < bytes.count && bytes[j] == UInt8(ascii: ">") ? j + 1 : i + 1
                return (Array(bytes[..<open]) + [UInt8(ascii: ">")] + bytes[resume...], true)
            } else if b == UInt8(ascii: "%") {
                while i < bytes.count, bytes[i] != UInt8(ascii: ";"), bytes[i] != UInt8(ascii: "<") { i += 1 }
                if i < bytes.count, bytes[i] == UInt8(ascii: ";") { i += 1 }
            } else if b == UInt8(ascii: "<"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "!") || bytes[i + 1] == UInt8(ascii: "?") {
                i = declarationEnd(bytes, from: i)
            } else {
                break
            }
        }
        // Never closed.
        return (Array(bytes[..<open]) + [UInt8(ascii: ">")] + bytes[i...], true)
    }

    /// The index just past the declaration, comment or processing instruction opening at
    /// `start`: its closing ">" outside quoted strings (a comment's "-->").
    private static func declarationEnd(_ bytes: [UInt8], from start: Int) -> Int {
        let isComment = start + 3 < bytes.count && bytes[start + 2] == UInt8(ascii: "-") && bytes[start + 3] == UInt8(ascii: "-")
        var i = start + (isComment ? 4 : 2)
        var quote: UInt8?
        while i < bytes.count {
            let b = bytes[i]
            if isComment {
                if b == UInt8(ascii: ">"), i >= 2, bytes[i - 1] == UInt8(ascii: "-"), bytes[i - 2] == UInt8(ascii: "-") {
                    return i + 1
                }
            } else if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return i + 1
            }
            i += 1
        }
        return bytes.count
    }

    /// The first case-insensitive (ASCII) occurrence of `needle` starting before `limit`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], upTo limit: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = 0
        while i < limit, i + needle.count <= bytes.count {
            var k = 0
            while k < needle.count {
                let b = bytes[i + k]
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if lower != needle[k] { break }
                k += 1
            }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }
}
