import ReportModel

/// Pinyin a copy wrote after characters: `衛(wèi)生局`, `總結(jié)`. Document-sharing sites that
/// convert a report to Traditional characters gloss the converted characters so; read as they
/// are, the glosses cut every word the interpreter looks for (工作總結(jié) is no 工作总结).
///
/// A gloss is one syllable of lowercase Latin letters with a tone mark, in brackets, right after
/// a Han character. Glosses are taken out only where a document holds many of them: a report
/// citing one reading (`重(chóng)新`) is left as written.
enum PinyinGlosses {
    /// How many glosses make a document a glossed copy.
    static let minimumCount = 5

    private static let toneMarked: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars)

    /// The ranges of `text`'s glosses, in order.
    static func glosses(in text: String) -> [Range<String.UnicodeScalarView.Index>] {
        let scalars = text.unicodeScalars
        var out: [Range<String.UnicodeScalarView.Index>] = []
        var i = scalars.startIndex
        var previousIsHan = false
        while i < scalars.endIndex {
            let s = scalars[i]
            if (s == "(" || s == "（"), previousIsHan, let end = glossEnd(scalars, after: i) {
                out.append(i..<end)
                i = end
                previousIsHan = false
                continue
            }
            previousIsHan = s.value >= 0x4E00 && s.value < 0xA000
            i = scalars.index(after: i)
        }
        return out
    }

    /// Where the gloss opening at `open` ends (after its closing bracket), if it is one.
    private static func glossEnd(_ scalars: String.UnicodeScalarView, after open: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index? {
        var j = scalars.index(after: open)
        var letters = 0, toned = false
        while j < scalars.endIndex, letters <= 6 {
            let c = scalars[j]
            if c == ")" || c == "）" {
                return letters >= 1 && toned ? scalars.index(after: j) : nil
            }
            if toneMarked.contains(c) { toned = true } else if !("a"..."z").contains(c) && c != "ü" { return nil }
            letters += 1
            j = scalars.index(after: j)
        }
        return nil
    }

    /// The texts without their glosses, when together they hold at least `minimumCount`; nil
    /// when they hold fewer.
    static func removed(from texts: [String]) -> [String]? {
        var count = 0
        // Every text of every document passes here: a tone-marked letter lies in U+00E0–U+01FF or
        // U+1E3F, so nothing else is hashed.
        for text in texts where text.unicodeScalars.contains(where: { $0.value >= 0xE0 && $0.value <= 0x1E3F && toneMarked.contains($0) }) {
            count += glosses(in: text).count
            if count >= minimumCount { break }
        }
        guard count >= minimumCount else { return nil }
        return texts.map(without)
    }

    /// One text without its glosses.
    static func without(_ text: String) -> String {
        let ranges = glosses(in: text)
        guard !ranges.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        var i = text.unicodeScalars.startIndex
        for r in ranges {
            out.append(contentsOf: text.unicodeScalars[i..<r.lowerBound])
            i = r.upperBound
        }
        out.append(contentsOf: text.unicodeScalars[i...])
        return String(out)
    }

    /// The document without its glosses, with a note, when it is a glossed copy; nil otherwise.
    static func stripped(_ document: Document) -> Document? {
        let texts = TraditionalScript.texts(of: document)
        guard removed(from: texts) != nil else { return nil }
        var out = document.mappingText(without)
        out.diagnostics.append(ReportWarning(code: "pinyin-glosses-removed", severity: .info, message:
            "the copy glosses its characters with pinyin (衛(wèi)); the glosses were taken out"))
        return out
    }
}
