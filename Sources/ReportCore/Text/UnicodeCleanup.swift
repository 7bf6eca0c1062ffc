import Foundation

/// Text normalisation the contract requires of every string: NFC, with CJK radical and
/// compatibility code points folded to the unified ideographs they stand for, and full-width
/// digits folded to ASCII ones.
///
/// Full-width digits (`２０２３年`, `９５．５％`) are figures, not punctuation: left as written,
/// no year, amount, rate or target value in them could be read by any rule. A full-width full
/// stop between two digits (`９５．５`, `2，700，000．00`) is the number's decimal point and folds
/// too (left, it reads as a sentence's end and breaks the table row it stands in); every other
/// full-width character stays as written (the contract keeps punctuation, `％` and `（` too).
///
/// NFKC would fold the Kangxi radicals (U+2F00–U+2FD5) but not the CJK Radicals Supplement
/// (U+2E80–U+2EF3), and it would also fold full-width punctuation, which the contract keeps as
/// written; so the radicals go through a table and only compatibility ideographs through
/// their canonical decomposition (which NFC applies).
public enum UnicodeCleanup {
    public static func normalize(_ text: String) -> String {
        // Text made only of characters that NFC leaves alone, next to nothing they could combine
        // with (ASCII and Latin-1, CJK ideographs and punctuation, general punctuation,
        // full-width forms) is already normalised: most lines of a report are.
        var stable = true
        var hasWideDigit = false
        for s in text.unicodeScalars {
            if isWideDigit(s.value) || s.value == 0xFF0E { hasWideDigit = true } else if !isStable(s) { stable = false; break }
        }
        if stable { return hasWideDigit ? foldingWideDigits(text) : text }
        var needsFold = false
        for s in text.unicodeScalars where isRadical(s.value) {
            needsFold = true
            break
        }
        var folded = text
        if needsFold {
            var scalars = String.UnicodeScalarView()
            for s in text.unicodeScalars {
                if let target = RadicalTable.unified[s.value], let u = Unicode.Scalar(target) {
                    scalars.append(u)
                } else {
                    scalars.append(s)
                }
            }
            folded = String(scalars)
        }
        // NFC maps CJK compatibility ideographs (U+F900 block, U+2F800 block) to unified ones:
        // they have singleton canonical decompositions.
        return foldingWideDigits(folded.precomposedStringWithCanonicalMapping)
    }

    /// `２０２３` → `2023`, `９５．５` and `95．5` → `95.5`; a `．` that is not between two digits
    /// is kept.
    static func foldingWideDigits(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { isWideDigit($0.value) || $0.value == 0xFF0E }) else { return text }
        func isDigit(_ k: Int) -> Bool {
            guard scalars.indices.contains(k) else { return false }
            let v = scalars[k].value
            return (0x30...0x39).contains(v) || isWideDigit(v)
        }
        var out = String.UnicodeScalarView()
        for (k, s) in scalars.enumerated() {
            if isWideDigit(s.value) || (s.value == 0xFF0E && isDigit(k - 1) && isDigit(k + 1)),
               let ascii = Unicode.Scalar(s.value - 0xFEE0) {
                out.append(ascii)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Full-width digits ０–９ (U+FF10–U+FF19).
    static func isWideDigit(_ v: UInt32) -> Bool { (0xFF10...0xFF19).contains(v) }

    /// Scalars with no canonical decomposition that no combining mark follows in these ranges.
    static func isStable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0...0x2FF, 0x2002...0x206F, 0x2264, 0x2265, 0x2460...0x24FF, 0x2500...0x257F, 0x3000...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
            return true
        default:
            return false
        }
    }

    static func isRadical(_ v: UInt32) -> Bool {
        (0x2E80...0x2EF3).contains(v) || (0x2F00...0x2FD5).contains(v)
    }
}
