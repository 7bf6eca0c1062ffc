import ReportCore

/// A text laid out in columns by `&nbsp;`, one `<p>` (or one `<br>` line) a line, read as the
/// plain-text lines it is.
///
/// Pages paste a `pdftotext -layout` dump or a text copy of a form into paragraphs, and since a
/// browser collapses ordinary spaces, the editor (Word's `mso-spacerun`, a web editor) writes
/// the alignment as non-breaking spaces, which a browser draws one each. Read as paragraphs,
/// the spaces collapse and the columns of a form are lost. Where a run of body paragraphs holds
/// at least `minimumColumnedLines` lines spaced into three or more columns by such spaces, its
/// lines from the first such paragraph to the last become `Block.line`s with their spaces kept,
/// as the same text in a `.txt` file or in a `<pre>` reaches core. Prose indented by `&nbsp;` (a leading run) and a metadata line
/// or two spaced apart do not make a run columned.
enum HTMLSpacedLayout {
    /// A body paragraph: its block's index and its lines as a browser spaces them.
    struct Body {
        var block: Int
        var lines: [String]
    }

    /// The fewest lines of three or more columns that make a run of paragraphs a laid-out text.
    static let minimumColumnedLines = 3

    /// - Parameter blankLines: the empty lines (`<p>&nbsp;</p>`) before a block, by its index:
    ///   inside a converted run they are empty lines, as in the text.
    static func apply(to blocks: [Block], bodies: [Body], blankLines: [Int: Int] = [:]) -> [Block] {
        var replacements = [Int: [String]]()
        var start = 0
        while start < bodies.count {
            // A run: body paragraphs that follow each other with no other block between.
            var end = start + 1
            while end < bodies.count && bodies[end].block == bodies[end - 1].block + 1 { end += 1 }
            let run = bodies[start..<end]
            let columned = run.reduce(0) { $0 + $1.lines.filter(isColumned).count }
            // Only from the first columned paragraph to the last: prose around a form stays
            // paragraphs, as the page drew them.
            if columned >= minimumColumnedLines,
               let first = run.firstIndex(where: { $0.lines.contains(where: isColumned) }),
               let last = run.lastIndex(where: { $0.lines.contains(where: isColumned) }) {
                for index in first...last {
                    let body = bodies[index]
                    let blanks = index == first ? 0 : blankLines[body.block] ?? 0
                    replacements[body.block] = Array(repeating: "", count: blanks) + body.lines
                }
            }
            start = end
        }
        guard !replacements.isEmpty else { return blocks }
        var result = [Block]()
        result.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            if let lines = replacements[index] {
                result += lines.map { Block.line($0) }
            } else {
                result.append(block)
            }
        }
        return result
    }

    /// Three or more columns: two gaps of two or more spaces between visible text.
    static func isColumned(_ line: String) -> Bool {
        var gaps = 0
        var spaces = 0
        var seenText = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\u{3000}" {
                spaces += 1
                continue
            }
            if seenText && spaces >= 2 {
                gaps += 1
                if gaps >= 2 { return true }
            }
            spaces = 0
            seenText = true
        }
        return false
    }
}
