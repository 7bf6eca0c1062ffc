/// Joins hard-wrapped lines of plain-text sources (PDF-to-text dumps wrap every line at the
/// page width) back into paragraphs, so that the same paragraph hashes the same in every format.
///
/// A text is taken as hard-wrapped when many of its lines end near one common width; a line is
/// then joined to the previous one when the previous reached that width and did not end a
/// sentence. Texts whose lines are paragraphs (scraped pages) are left alone.
struct ParagraphJoiner {
    let wrapWidth: Int?

    init(lines: [SourceLine]) {
        let lengths = lines.filter { $0.origin == .textLine && !$0.isBlank }.map { $0.text.count }.sorted()
        guard lengths.count >= 10 else { wrapWidth = nil; return }
        let p90 = lengths[lengths.count * 9 / 10]
        let nearWidth = lengths.filter { $0 * 10 >= p90 * 9 && $0 <= p90 + 2 }.count
        wrapWidth = (p90 >= 20 && p90 <= 120 && nearWidth * 10 >= lengths.count * 3) ? p90 : nil
    }

    /// Whether `line` continues `previous` (both plain-text lines with nothing between them).
    func continues(_ previous: SourceLine, with line: SourceLine) -> Bool {
        guard let w = wrapWidth, previous.origin == .textLine, line.origin == .textLine else { return false }
        let p = previous.text
        guard p.count * 100 >= w * 85, let last = p.last, !"。！？；：!?;:".contains(last) else { return false }
        if HeadingNumber.parse(line.text) != nil { return false }
        return true
    }

    /// Joins two pieces: one space between Latin words, none otherwise (CJK text, and numbers
    /// that a wrap cut in two: `93.0` + `9%`).
    static func join(_ a: String, _ b: String) -> String {
        guard let x = a.unicodeScalars.last, let y = b.unicodeScalars.first else { return a + b }
        return x.isASCIILetter && y.isASCIILetter ? a + " " + b : a + b
    }

    /// Joins hard-wrapped plain-text lines in a body into paragraph lines.
    func joined(_ items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        for item in items {
            if case .line(let l) = item, !l.isBlank, !l.startsBlock, let lastItem = out.last, case .line(var p) = lastItem,
               !p.isBlank, continues(p, with: l) {
                p.raw = ParagraphJoiner.join(p.text, l.text)
                out[out.count - 1] = .line(p)
                continue
            }
            out.append(item)
        }
        return out
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
}

extension String {
    /// The lines of a cell joined into one line: no space between CJK pieces, one between Latin
    /// words; each piece trimmed.
    var joinedLines: String {
        let pieces = TextLines.split(self).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard var out = pieces.first else { return "" }
        for p in pieces.dropFirst() { out = ParagraphJoiner.join(out, p) }
        return out
    }
}
