import Foundation

/// Recognises a line of a page's metadata block and splits it into `label：value` fields.
///
/// Pages write the block as `<li><b>索引号</b><span>…</span></li>`, as `来源:… 发布时间:…` in one
/// line of spans, as `<td>索引号：</td><td>…</td>`. The line arrives as its pieces (the text between
/// inline element boundaries). A label counts only where a piece starts or after white space,
/// and only when a colon or the end of its piece follows, so `资金来源：` in a sentence is not a
/// `来源` field. A line is metadata only when it is short and starts with a label (or a short
/// prefix such as the posting time `2023-10-25 16:36`).
enum HTMLMetadataLine {
    struct Field: Equatable {
        var label: String
        var value: String
    }

    struct Parsed: Equatable {
        /// Text before the first label, kept as its own line (a bare posting time).
        var prefix: String?
        /// The fields in order; chrome fields (counters, font-size widgets) are already dropped.
        var fields: [Field]
        /// The line was only a label with no value: the value may follow in the next block.
        var labelOnly: String?
    }

    /// Lines longer than this (in Unicode scalars) are body text.
    static let maximumLength = 240
    /// Text before the first label longer than this is body text.
    static let maximumPrefix = 40

    private typealias Labels = [(label: String, scalars: [Unicode.Scalar])]

    /// - Returns: nil when the line is not part of a metadata block.
    static func parse(pieces: [String]) -> Parsed? {
        // Flatten the pieces into scalars, remembering where each piece starts.
        var chars = [Unicode.Scalar]()
        var pieceStarts = Set<Int>()
        for piece in pieces {
            pieceStarts.insert(chars.count)
            chars.append(contentsOf: piece.unicodeScalars)
            guard chars.count <= maximumLength else { return nil }
        }
        pieceStarts.insert(chars.count)
        guard chars.contains(where: { HTMLMetadataLabels.firstScalars.contains($0) }),
              chars.contains(where: { !HTMLWhitespace.contains($0) }) else { return nil }

        // Label occurrences: the label and where its value starts.
        var matches = [(label: String, start: Int, valueStart: Int)]()
        var i = 0
        while i < chars.count {
            guard HTMLMetadataLabels.firstScalars.contains(chars[i]) else {
                i += 1
                continue
            }
            let atBoundary = i == 0 || pieceStarts.contains(i) || HTMLWhitespace.contains(chars[i - 1])
                || ["】", "]", "|"].contains(chars[i - 1])
            // Counter labels (`浏览次数：`) are specific enough to split a run of text even
            // without a boundary: `来源:县医疗保障局浏览次数:`.
            if !atBoundary, let (label, end) = label(in: chars, at: i, among: HTMLMetadataLabels.chromeScalars),
               end < chars.count, isColon(chars[end]) {
                matches.append((label, i, end + 1))
                i = end + 1
                continue
            }
            if atBoundary, let (label, end) = label(in: chars, at: i, among: HTMLMetadataLabels.allScalars) {
                var j = end
                while j < chars.count, chars[j] == " " { j += 1 }
                if j < chars.count, isColon(chars[j]) {
                    matches.append((label, i, j + 1))
                    i = j + 1
                    continue
                }
                if pieceStarts.contains(end) || end == chars.count {
                    matches.append((label, i, end))
                    i = end
                    continue
                }
            }
            i += 1
        }
        guard let first = matches.first else { return nil }

        let prefix = text(chars[0..<first.start])
        guard prefix.unicodeScalars.count <= maximumPrefix else { return nil }

        var fields = [Field]()
        var labelOnly: String?
        for (n, match) in matches.enumerated() {
            let end = n + 1 < matches.count ? matches[n + 1].start : chars.count
            let value = text(chars[match.valueStart..<max(match.valueStart, end)])
            if matches.count == 1, prefix.isEmpty, value.isEmpty { labelOnly = match.label }
            if HTMLMetadataLabels.isChrome(match.label) || value.isEmpty { continue }
            fields.append(Field(label: match.label, value: value))
        }
        return Parsed(prefix: prefix.isEmpty ? nil : prefix, fields: fields, labelOnly: labelOnly)
    }

    /// The line for a field, as core reads metadata lines: label, full-width colon, value.
    static func line(_ field: Field) -> String { "\(field.label)：\(field.value)" }

    private static func isColon(_ s: Unicode.Scalar) -> Bool { s == ":" || s == "：" }

    /// The scalars as a string, trimmed of spaces.
    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view).trimmingCharacters(in: .whitespaces)
    }

    /// The longest label starting at `start`, allowing spaces between its characters
    /// (`索 引 号`, `文　　号`); returns the label and the index just after it.
    private static func label(in chars: [Unicode.Scalar], at start: Int, among labels: Labels) -> (String, Int)? {
        for (label, scalars) in labels where scalars[0] == chars[start] {
            var j = start + 1
            var matched = true
            for ch in scalars.dropFirst() {
                while j < chars.count, chars[j] == " " || chars[j] == "\u{3000}" { j += 1 }
                guard j < chars.count, chars[j] == ch else { matched = false; break }
                j += 1
            }
            if matched { return (label, j) }
        }
        return nil
    }
}
