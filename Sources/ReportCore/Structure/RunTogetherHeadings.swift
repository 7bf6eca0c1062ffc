import Foundation

/// Headings inside a line: a report's text flattened into one line by a scraper or a
/// document-sharing site, its line breaks lost (`…现将自评情况报告如下:一、绩效目标分解下达情况
/// (一)中央下达…`, `…保证了学校的正常运转五、存在的问题及原因分析我校…`). The line is cut before
/// each such heading and after its title, so the heading tree reads them as it reads headings on
/// lines of their own.
///
/// Only numbers in their sequence are taken: a `一、` style number one more than the last such
/// heading of the document (the first being `一、`), a `（一）` style number one more than the
/// last under the current `一、`; each must head a title (`RunInHeading`). A list inside a
/// sentence (`一、二、三年级`) has no title between its numbers; a `一` ending a word
/// (`统一、规范的管理`) follows a character, where a report's first heading follows a mark, a
/// space or the name of the report (`…绩效自评报告一、基本情况`).
enum RunTogetherHeadings {
    /// Endings of the text before a run-together first heading: the report's name, or the
    /// sentence announcing the report (`现将…报告如下`).
    static let namesBeforeFirst = ["报告", "总结", "计划", "打算", "安排", "思路", "谋划", "如下", "自评表"]

    static func split(_ items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        var state = Sequence()
        for item in items {
            guard case .line(let l) = item, !l.isBlank else { out.append(item); continue }
            let pieces = state.pieces(of: l.text)
            if pieces.count <= 1 { out.append(item); continue }
            for (k, p) in pieces.enumerated() {
                var line = l
                line.raw = p
                // A piece cut here never joins its neighbour again as a hard-wrapped line.
                if k > 0 { line.startsBlock = true }
                out.append(.line(line))
            }
        }
        return out
    }

    /// The numbering seen so far: the last `一、` and the last `（一）` under it.
    struct Sequence {
        /// How much of the line after a number is read: its text (up to 4 characters), a title
        /// (up to `RunInHeading.maxTitleLength`) and enough of what follows to see a sentence start.
        static let window = 120

        var top = 0
        var sub = 0

        /// The line cut before each heading in sequence inside it and after that heading's title
        /// (one piece when nothing is cut); the headings at the start of the line move the
        /// sequence on too.
        mutating func pieces(of text: String) -> [String] {
            if let (n, _) = HeadingNumber.parse(text), SectionTreeBuilder.heading(text) != nil { note(n) }
            // Most lines hold no number inside them: told from their scalars before the line is
            // broken into characters.
            guard Self.mayHoldNumber(text) else { return [text] }
            let chars = Array(text)
            var pieces: [String] = []
            var cut = 0
            var k = 1
            while k < chars.count {
                guard let (number, title) = heading(in: chars, at: k) else { k += 1; continue }
                let before = String(chars[cut..<k]).trimmingWhitespace()
                if !before.isEmpty { pieces.append(before) }
                let titleEnd = k + number.text.count + title.count
                pieces.append(number.text + title)
                note(number)
                cut = titleEnd
                k = titleEnd
                while k < chars.count, chars[k].isWhitespace { k += 1 }
                cut = k
            }
            guard !pieces.isEmpty else { return [text] }
            let after = String(chars[min(cut, chars.count)...]).trimmingWhitespace()
            if !after.isEmpty { pieces.append(after) }
            return pieces
        }

        private mutating func note(_ n: HeadingNumber) {
            switch n.style {
            case .chinese: top = n.ordinal; sub = 0
            case .parenChinese: sub = n.ordinal
            default: break
            }
        }

        /// The heading in sequence starting at `k` inside a line, with its title (number text as
        /// written, without the spaces after it), or nil.
        private func heading(in chars: [Character], at k: Int) -> (HeadingNumber, String)? {
            guard Self.couldOpenNumber(chars, at: k) else { return nil }
            // A number, a title and the sentence's first words are all that is read here: a window
            // of the line, not the rest of it (a whole report flattened into one line holds
            // thousands of 一, and copying the rest of the line at each was quadratic).
            let tail = String(chars[k..<min(chars.count, k + Self.window)])
            guard let (n, rest) = HeadingNumber.parse(tail) else { return nil }
            switch n.style {
            case .chinese:
                let prev = chars[k - 1]
                // One heading may be missing from an extract cut short (`…，四、` after `二、`):
                // the one after it is taken only after a mark, its title ending where a sentence starts.
                let skipsOne = n.ordinal == top + 2 && isBoundary(prev)
                guard n.ordinal == top + 1 || skipsOne, n.ordinal <= 20 else { return nil }
                if skipsOne {
                    let r = String(tail.drop(while: { !"、.．".contains($0) }).dropFirst()).trimmingWhitespace()
                    guard RunInHeading.split(r, strict: true) != nil else { return nil }
                }
                // A numeral or 第 before it makes one number of both (十二、, 第二、).
                if "一二三四五六七八九十百零〇第".contains(prev) { return nil }
                if n.ordinal == 1, !isBoundary(prev) {
                    let head = String(chars[..<k]).compacted
                    guard RunTogetherHeadings.namesBeforeFirst.contains(where: { head.hasSuffix($0) }) else { return nil }
                }
            case .parenChinese:
                guard n.ordinal == sub + 1 else { return nil }
            default:
                return nil
            }
            // The number as written, up to its rest (`一、`, `(一)`): spaces after it dropped.
            let numberText = String(tail.dropLast(rest.count)).trimmingWhitespace()
            let restChars = Array(tail.dropFirst(numberText.count)).drop(while: \.isWhitespace)
            let r = String(restChars)
            guard let title = RunInHeading.split(r, strict: false)?.title ?? shortWholeTitle(r) else { return nil }
            // The cut is made on the line's own characters: the spaces between number and title stay
            // with the number.
            let written = String(tail.prefix(tail.count - restChars.count))
            return (HeadingNumber(text: written, style: n.style, ordinal: n.ordinal), title)
        }

        /// The rest of the line taken whole as the title, when it is one: short, ending like a
        /// title, no sentence in it.
        private func shortWholeTitle(_ r: String) -> String? {
            guard r.count >= 2, r.count <= RunInHeading.maxTitleLength,
                  !r.contains(where: { "，,。；;：:".contains($0) }),
                  RunInHeading.titleEndings.contains(where: { r.hasSuffix($0) }) else { return nil }
            return r
        }

        private static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]

        /// Whether a `一、` or `（一）` style number may start at `k`: a Chinese numeral followed by
        /// its mark (、.． or a closing bracket, spaces between), or an opening bracket followed by
        /// a Chinese numeral. Asked of every character of every line before `HeadingNumber.parse`
        /// (a regular expression over a copied window) is: most 一 and （ of a report open no number.
        static func couldOpenNumber(_ chars: [Character], at k: Int) -> Bool {
            func scalar(_ i: Int) -> Unicode.Scalar? {
                guard i < chars.count, chars[i].unicodeScalars.count == 1 else { return nil }
                return chars[i].unicodeScalars.first
            }
            guard let c = scalar(k) else { return false }
            var j = k + 1
            if c == "(" || c == "（" {
                while j < chars.count, chars[j].isWhitespace { j += 1 }
                return scalar(j).map { numerals.contains($0) } ?? false
            }
            guard "一二三四五六七八九十".unicodeScalars.contains(c) else { return false }
            while let n = scalar(j), numerals.contains(n) { j += 1 }
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            return scalar(j).map { "、.．)）".unicodeScalars.contains($0) } ?? false
        }

        /// `couldOpenNumber` asked of the line's scalars at once: false when no position after the
        /// first could open a number (every position that can holds single-scalar characters).
        static func mayHoldNumber(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            var i = 1
            while i < scalars.count {
                defer { i += 1 }
                let c = scalars[i]
                var j = i + 1
                if c == "(" || c == "（" {
                    while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
                    if j < scalars.count, numerals.contains(scalars[j]) { return true }
                    continue
                }
                guard "一二三四五六七八九十".unicodeScalars.contains(c) else { continue }
                while j < scalars.count, numerals.contains(scalars[j]) { j += 1 }
                while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
                if j < scalars.count, "、.．)）".unicodeScalars.contains(scalars[j]) { return true }
            }
            return false
        }

        private func isBoundary(_ c: Character) -> Bool {
            c.isWhitespace || "。！？；;：:，,)）】」』\"”".contains(c)
        }
    }
}
