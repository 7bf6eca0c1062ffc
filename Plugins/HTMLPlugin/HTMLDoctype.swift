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
        // It closes at "]" followed by optional white space and ">", searched in the whole page
        // because a bomb may be longer than the scan window.
        var i = open + 1
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "]") {
                var j = i + 1
                while j < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[j]) { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ">") {
                    return (Array(bytes[..<open]) + bytes[j...], true)
                }
            }
            i += 1
        }
        // Never closed: everything after "[" is the broken subset.
        return (Array(bytes[..<open]) + [UInt8(ascii: ">")], true)
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
