import Foundation

/// Text normalisation the contract requires of every string: NFC, with CJK radical and
/// compatibility code points folded to the unified ideographs they stand for.
///
/// NFKC would fold the Kangxi radicals (U+2F00–U+2FD5) but not the CJK Radicals Supplement
/// (U+2E80–U+2EF3), and it would also fold full-width punctuation, which the contract keeps as
/// written; so the radicals go through a table and only compatibility ideographs through
/// their canonical decomposition (which NFC applies).
public enum UnicodeCleanup {
    public static func normalize(_ text: String) -> String {
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
        return folded.precomposedStringWithCanonicalMapping
    }

    static func isRadical(_ v: UInt32) -> Bool {
        (0x2E80...0x2EF3).contains(v) || (0x2F00...0x2FD5).contains(v)
    }
}
