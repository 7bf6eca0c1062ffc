/// A set of Han characters, tested with a shift and a mask: the reader's cheap first question
/// ("could this cell hold a header word at all?") runs on every cell of every form, where a
/// `Set<Unicode.Scalar>` hashes each character.
///
/// Holds characters of the CJK Unified Ideographs block (U+4E00–U+9FFF), where every character
/// of the templates' vocabulary is.
struct HanScalarSet: Sendable {
    private static let first: UInt32 = 0x4E00
    private static let end: UInt32 = 0xA000
    private let words: [UInt64]

    init(_ characters: String) {
        var words = [UInt64](repeating: 0, count: Int(Self.end - Self.first + 63) / 64)
        for scalar in characters.unicodeScalars {
            precondition(scalar.value >= Self.first && scalar.value < Self.end, "\(scalar) is not a CJK unified ideograph")
            let bit = Int(scalar.value - Self.first)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.words = words
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= Self.first, value < Self.end else { return false }
        let bit = Int(value - Self.first)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether a word written with these characters can be found in `text`: true when `text`
    /// holds one of them, and also when it holds a CJK compatibility ideograph, which Swift's
    /// string comparison takes as equal to the unified ideograph it stands for. False means
    /// no comparison of `text` with such a word can succeed.
    func mayOccur(in text: String) -> Bool {
        text.unicodeScalars.contains { contains($0) || Self.isCompatibilityIdeograph($0) }
    }

    /// Whether `scalar` cannot start a string equal to, or a prefix of, a word starting with one
    /// of these characters: an ASCII character, or a unified ideograph not in the set. (Other
    /// characters may compose with what follows or stand for an ideograph: not ruled out.)
    func rulesOutAsFirst(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return true }
        return value >= Self.first && value < Self.end && !contains(scalar)
    }

    /// U+F900–U+FAFF and U+2F800–U+2FA1F: each decomposes to a unified ideograph.
    private static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
    }
}
