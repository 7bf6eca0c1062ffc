import Foundation

/// One cell of a table that arrived as lines of text, and where it stood.
struct TextCell: Equatable {
    var text: String
    /// The body item (line) it came from.
    var item: Int
    /// Whether it is the first cell of its line.
    var startsLine: Bool
    /// How many cells its line holds.
    var lineCells: Int
}

/// Splits a line of text into table cells, whatever separates them: pipes (`a | b |||`), runs of
/// spaces (a `pdftotext -layout` dump), single spaces (a row or a whole form on one line), or
/// nothing (one cell per line, with or without a closing ` |`).
enum TextCells {
    /// The cells of one line; `[]` for a blank line or a pipe rule, `[""]` for a line holding
    /// only NBSP or an ideographic space, or only the closing bar of a copy that ends every cell
    /// with ` |` (an empty cell that survived the copy: dropping it would shift the row's later
    /// cells one column left, a weight read as the completed value).
    static func split(_ raw: String) -> [String] {
        let trimmed = raw.trimmingWhitespace()
        if trimmed.isEmpty {
            return raw.unicodeScalars.contains { $0 == "\u{00A0}" || $0 == "\u{3000}" } ? [""] : []
        }
        if trimmed == "|" || trimmed == "｜" { return [""] }
        if trimmed.unicodeScalars.contains(where: { $0 == "|" || $0 == "｜" }) {
            var cells = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" })
                .map { String($0).trimmingWhitespace() }
            if cells.first == "" { cells.removeFirst() }
            while cells.last == "" { cells.removeLast() }
            // A markdown rule row (`|---|:--|`) holds no cells.
            if cells.allSatisfy({ $0.unicodeScalars.allSatisfy { ":-—－ ".unicodeScalars.contains($0) } }) { return [] }
            return cells
        }
        if hasGap(trimmed) { return layoutCells(trimmed) }
        if trimmed.unicodeScalars.contains(where: \.isSpaceLike) { return fusedSingles(trimmed.split(whereSeparator: { $0.unicodeScalars.first!.isSpaceLike }).map(String.init)) }
        return [trimmed]
    }

    /// Whether the text holds a run of two or more spaces, a tab or an ideographic space: the
    /// column gaps of a layout dump.
    static func hasGap(_ s: String) -> Bool {
        var previousSpace = false
        for u in s.unicodeScalars {
            if u == "\t" || u == "\u{3000}" { return true }
            let space = u == " " || u == "\u{00A0}"
            if space, previousSpace { return true }
            previousSpace = space
        }
        return false
    }

    private static func layoutCells(_ s: String) -> [String] {
        var cells: [String] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        func flush() {
            let t = String(current).trimmingWhitespace()
            if !t.isEmpty { cells.append(t) }
            current = String.UnicodeScalarView()
        }
        for u in s.unicodeScalars {
            if u == "\t" || u == "\u{3000}" { flush(); spaces = 0; continue }
            if u == " " || u == "\u{00A0}" {
                spaces += 1
                if spaces == 2 { flush() } else if spaces == 1 { current.append(u) }
                continue
            }
            spaces = 0
            current.append(u)
        }
        flush()
        return cells
    }

    /// Runs of one-character Han tokens are one label spaced out (`产 出 指 标`).
    private static func fusedSingles(_ tokens: [String]) -> [String] {
        var out: [String] = []
        var run = ""
        var runCount = 0
        func flush() {
            if !run.isEmpty { out.append(run) }
            run = ""
            runCount = 0
        }
        for t in tokens {
            if t.count == 1, let u = t.unicodeScalars.first, u.properties.isIdeographic {
                run += t
                runCount += 1
                continue
            }
            flush()
            out.append(t)
        }
        flush()
        return out
    }
}
