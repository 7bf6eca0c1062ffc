/// Substring search over UTF-8 bytes.
///
/// With Foundation imported, `String.contains(String)` resolves to Foundation's overload,
/// which bridges through NSString and a locale-aware search: the structure pass asks it millions
/// of times on short cells, so it uses this plain byte search instead (the same answer for the
/// NFC text core works on).
extension String {
    func includes(_ needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { h in pattern.withUTF8 { n in UTF8Search.offset(of: n, in: h) != nil } }
    }

    /// Where `needle` first stands in the text, by the same byte search: Foundation's
    /// `range(of:)` compares grapheme clusters through NSString, which on a report run into one
    /// line was a tenth of the interpreter's time.
    func utf8Range(of needle: String) -> Range<String.Index>? {
        self[...].utf8Range(of: needle)
    }

    /// Whether every scalar is an ASCII digit, with an optional sign, one decimal point and
    /// thousands separators: `1,286.40`, `-3`, `73.57`.
    var isPlainNumber: Bool {
        var sawDigit = false, sawDot = false
        for (i, s) in unicodeScalars.enumerated() {
            switch s {
            case "0"..."9": sawDigit = true
            case "+", "-": if i != 0 { return false }
            case ".": if sawDot || !sawDigit { return false }; sawDot = true
            case ",", "，": if sawDot || !sawDigit { return false }
            default: return false
            }
        }
        return sawDigit && unicodeScalars.last.map { ("0"..."9").contains($0) } == true
    }

    var containsDigit: Bool { unicodeScalars.contains { ("0"..."9").contains($0) } }
}

extension Substring {
    /// `String.utf8Range(of:)` within the substring.
    func utf8Range(of needle: String) -> Range<String.Index>? {
        var pattern = needle
        let found = pattern.withUTF8 { n in
            utf8.withContiguousStorageIfAvailable { UTF8Search.offset(of: n, in: $0) }
                ?? Array(utf8).withUnsafeBufferPointer { UTF8Search.offset(of: n, in: $0) }
        }
        guard let offset = found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}

/// The byte search both use: the first offset of `n` in `h` (0 for an empty `n`).
enum UTF8Search {
    static func offset(of n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = n.first else { return 0 }
        guard h.count >= n.count else { return nil }
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count && h[i + k] == n[k] { k += 1 }
                if k == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}
