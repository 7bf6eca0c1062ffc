/// How much of a file reads as text, measured on its bytes in the encoding chosen for it.
///
/// A character is text-like when it is printable ASCII or white space, a well-formed UTF-8
/// sequence (read as UTF-8), or a GB2312 character (read as GB18030: the set official Chinese
/// prose is written in; GBK's rarer extensions count against). Random bytes are text-like in
/// scattered characters too (37% of them are printable ASCII), so only runs of at least
/// `minimumRun` text-like characters count: a damaged stretch inside a report costs its own
/// bytes, while random data keeps about 30% in such runs and real reports over 90%.
public enum TextEvidence {
    /// Characters in a row that count as text.
    static let minimumRun = 3
    /// Below this size runs are too short to judge by; every text-like character counts.
    static let minimumJudgedSize = 64

    /// The share (0…1) of `bytes` that lies in runs of text-like characters.
    /// - Parameter gb: judge as GB18030 (true) or UTF-8 (false).
    public static func textShare(_ bytes: [UInt8], gb: Bool) -> Double {
        guard !bytes.isEmpty else { return 1 }
        let minimumRun = bytes.count < minimumJudgedSize ? 1 : self.minimumRun
        var inRuns = 0, run = 0, runBytes = 0
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let length = textLength(b, at: i, gb: gb)
                if length > 0 {
                    run += 1
                    runBytes += length
                    i += length
                } else {
                    if run >= minimumRun { inRuns += runBytes }
                    run = 0
                    runBytes = 0
                    i += 1
                }
            }
        }
        if run >= minimumRun { inRuns += runBytes }
        return Double(inRuns) / Double(bytes.count)
    }

    /// The byte length of the text-like character at `i`, or 0 when it is not one.
    @inline(__always)
    private static func textLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, gb: Bool) -> Int {
        let c = b[i]
        if c < 0x80 {
            return (c >= 0x20 && c < 0x7F) || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C ? 1 : 0
        }
        if gb {
            return c >= 0xA1 && c <= 0xF7 && i + 1 < b.count && b[i + 1] >= 0xA1 && b[i + 1] <= 0xFE ? 2 : 0
        }
        let length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0
        guard length > 0, i + length <= b.count else { return 0 }
        for k in 1..<length where b[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// Whether the multi-byte sequences are overwhelmingly well-formed UTF-8 (at least 20 good
    /// ones per bad one, a character cut off at the very end not counting). GB18030 text read
    /// as UTF-8 breaks on most characters; damaged UTF-8 breaks on one or two.
    public static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0
                if length > 0, i + length > b.count, b[(i + 1)...].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                    break  // a character cut off by the end of the file says nothing about the charset
                }
                var ok = length > 0 && i + length <= b.count
                if ok {
                    for k in 1..<length where b[i + k] & 0xC0 != 0x80 { ok = false }
                }
                if ok {
                    valid += 1
                    i += length
                } else {
                    invalid += 1
                    i += 1
                }
            }
        }
        return valid > 0 && valid >= 20 * invalid
    }
}
