/// Collects the inline content of one block (a paragraph, a heading, a table cell) and turns it
/// into lines of text the way a browser shows them.
///
/// White space runs collapse to one space (NBSP and the ideographic space included, since
/// `&nbsp;` is only a space to a reader), `<br>` and preformatted newlines end a line, and lines
/// are trimmed; empty lines vanish. Inline element boundaries are kept as piece boundaries so
/// that `<b>索引号</b><span>…</span>` can still be split into label and value.
struct HTMLTextBuffer {
    /// One line of the block: its text and the pieces it was written in.
    struct Line: Equatable {
        var text: String
        var pieces: [String]
        /// The line as a browser draws it where the page spaces it with `&nbsp;` (or another
        /// space a browser never collapses): each such space kept, ASCII white space runs
        /// collapsed to one space; nil when the line has none (then it is `text`).
        var spaced: String? = nil
        /// Empty lines (`<br><br>`) right before this one, counted in a block with a hard space.
        var emptyLinesBefore = 0
    }

    struct Flushed: Equatable {
        var lines: [Line]
        /// Every visible character is bold / centred / large.
        var bold: Bool
        var centered: Bool
        var large: Bool

        var text: String { lines.map(\.text).joined(separator: "\n") }
    }

    private enum Piece {
        case text(String, HTMLStyleState)
        case lineBreak
        case boundary
    }

    private var pieces = [Piece]()
    private var hasVisibleText = false

    var isEmpty: Bool { !hasVisibleText }

    /// Nothing visible but a hard space: `<p>&nbsp;</p>`, the way editors write an empty line
    /// (a browser draws it one line high; an empty `<p>` takes no room).
    var isHardSpaceOnly: Bool {
        guard !hasVisibleText else { return false }
        return pieces.contains { piece in
            if case .text(let text, _) = piece { return text.unicodeScalars.contains { $0.value >= 0x80 } }
            return false
        }
    }

    mutating func append(_ text: String, style: HTMLStyleState) {
        guard !text.isEmpty else { return }
        if style.preformatted, text.contains(where: { $0 == "\n" || $0 == "\r\n" }) {
            // In <pre>, a newline in the source is a line break.
            let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            for (n, part) in parts.enumerated() {
                if n > 0 { pieces.append(.lineBreak) }
                appendRun(String(part), style: style)
            }
            return
        }
        appendRun(text, style: style)
    }

    private mutating func appendRun(_ text: String, style: HTMLStyleState) {
        guard !text.isEmpty else { return }
        pieces.append(.text(text, style))
        if !hasVisibleText, text.unicodeScalars.contains(where: { !HTMLWhitespace.contains($0) }) {
            hasVisibleText = true
        }
    }

    mutating func lineBreak() { pieces.append(.lineBreak) }

    mutating func boundary() {
        if case .boundary? = pieces.last { return }
        if !pieces.isEmpty { pieces.append(.boundary) }
    }

    /// Empties the buffer and returns its lines; nil when nothing visible was collected.
    mutating func flush() -> Flushed? {
        defer {
            pieces.removeAll(keepingCapacity: true)
            hasVisibleText = false
        }
        guard hasVisibleText else { return nil }
        var lines = [Line]()
        var currentPieces = [String]()
        var currentPiece = ""
        var pendingSpace = false
        var allBold = true, allCentered = true, allLarge = true
        var sawHardSpace = false

        func endPiece() {
            if !currentPiece.isEmpty { currentPieces.append(currentPiece) }
            currentPiece = ""
        }
        func endLine() {
            endPiece()
            pendingSpace = false
            let trimmedPieces = HTMLTextBuffer.trim(currentPieces)
            let text = trimmedPieces.joined()
            if !text.isEmpty { lines.append(Line(text: text, pieces: trimmedPieces)) }
            currentPieces = []
        }

        for piece in pieces {
            switch piece {
            case .lineBreak:
                endLine()
            case .boundary:
                endPiece()
            case .text(let text, let style):
                var visible = false
                for scalar in text.unicodeScalars {
                    if HTMLWhitespace.contains(scalar) {
                        pendingSpace = true
                        if scalar.value >= 0x80 { sawHardSpace = true }
                        continue
                    }
                    if pendingSpace {
                        // The space belongs to the piece it precedes, so a label piece stays
                        // exactly the label.
                        if !currentPiece.isEmpty || !currentPieces.isEmpty { currentPiece.unicodeScalars.append(" ") }
                        pendingSpace = false
                    }
                    currentPiece.unicodeScalars.append(scalar)
                    visible = true
                }
                if visible {
                    allBold = allBold && style.bold
                    allCentered = allCentered && style.centered
                    allLarge = allLarge && style.large
                }
            }
        }
        endLine()
        guard !lines.isEmpty else { return nil }
        if sawHardSpace { HTMLTextBuffer.addSpacedText(to: &lines, from: pieces) }
        return Flushed(lines: lines, bold: allBold, centered: allCentered, large: allLarge)
    }

    /// Sets `spaced` on the lines that hold a hard space (NBSP, the ideographic space, the other
    /// Unicode spaces CSS never collapses): a second walk over the same pieces, run only for a
    /// block that has one. NBSP and the other narrow spaces become ASCII spaces, the ideographic
    /// space stays (as a text file holds it); ASCII white space runs collapse to one space and
    /// are dropped at a line's start; a line's end is trimmed. A line is kept exactly where the
    /// first walk kept it (it has a visible character), so the two line lists stay parallel.
    private static func addSpacedText(to lines: inout [Line], from pieces: [Piece]) {
        var spacedLines = [String]()
        var current = ""
        var pendingSpace = false
        var visible = false
        var hard = false
        var hasHard = [Bool]()
        var emptyRun = 0
        var emptyBefore = [Int]()
        func endLine() {
            if visible {
                while let last = current.unicodeScalars.last, last == " " || last == "\u{3000}" {
                    current.unicodeScalars.removeLast()
                }
                spacedLines.append(current)
                hasHard.append(hard)
                emptyBefore.append(emptyRun)
                emptyRun = 0
            } else {
                emptyRun += 1
            }
            current = ""
            pendingSpace = false
            visible = false
            hard = false
        }
        for piece in pieces {
            guard case .text(let text, _) = piece else {
                if case .lineBreak = piece { endLine() }
                continue
            }
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v < 0x80 && (v == 0x20 || (v >= 0x09 && v <= 0x0D)) {
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    if !current.unicodeScalars.isEmpty { current.unicodeScalars.append(" ") }
                    pendingSpace = false
                }
                if HTMLWhitespace.contains(scalar) {
                    current.unicodeScalars.append(v == 0x3000 ? scalar : " ")
                    hard = true
                } else {
                    current.unicodeScalars.append(scalar)
                    visible = true
                }
            }
        }
        endLine()
        guard spacedLines.count == lines.count else { return }
        for index in lines.indices {
            if hasHard[index] { lines[index].spaced = spacedLines[index] }
            lines[index].emptyLinesBefore = emptyBefore[index]
        }
    }

    /// Drops leading and trailing spaces of a line, and pieces that become empty. After
    /// collapsing, the only white space left in a piece is the ASCII space, so the work is done
    /// on UTF-8 bytes.
    private static func trim(_ pieces: [String]) -> [String] {
        var result = pieces
        while let first = result.first, first.utf8.allSatisfy({ $0 == 0x20 }) { result.removeFirst() }
        while let last = result.last, last.utf8.allSatisfy({ $0 == 0x20 }) { result.removeLast() }
        guard !result.isEmpty else { return [] }
        if result[0].utf8.first == 0x20 {
            result[0] = String(Substring(result[0].utf8.drop(while: { $0 == 0x20 })))
        }
        let lastIndex = result.count - 1
        if result[lastIndex].utf8.last == 0x20 {
            let utf8 = result[lastIndex].utf8
            var end = utf8.endIndex
            while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
            result[lastIndex] = String(Substring(utf8[utf8.startIndex..<end]))
        }
        return result
    }
}
