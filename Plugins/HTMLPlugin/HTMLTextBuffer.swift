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
        return Flushed(lines: lines, bold: allBold, centered: allCentered, large: allLarge)
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
