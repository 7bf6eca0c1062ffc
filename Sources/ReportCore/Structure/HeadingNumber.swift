import Foundation

/// The numbering that starts a Chinese heading, and the level its style conventionally has:
/// 一、 (1) > （一） (2) > 1. 1、 (3) > （1） (4). 第一部分/第一章 count as level 1.
struct HeadingNumber: Equatable {
    /// The numbering as written, full-width or half-width kept (`一、`, `(一)`, `1.`).
    var text: String
    var style: Style
    var ordinal: Int

    enum Style: Int, Comparable {
        case chapter = 0, chinese = 1, parenChinese = 2, arabic = 3, parenArabic = 4, circled = 5
        static func < (a: Style, b: Style) -> Bool { a.rawValue < b.rawValue }
    }

    /// Parses the numbering at the start of `line` (already trimmed).
    /// - Returns: the numbering and the rest of the line, or nil when the line is not numbered.
    static func parse(_ line: String) -> (HeadingNumber, String)? {
        // Every numbering starts with one of a few characters; most lines are rejected here,
        // before any regular expression sees them.
        guard let first = line.unicodeScalars.first, leadingScalars.contains(first)
                || ("0"..."9").contains(first) || (0x2460...0x2473).contains(first.value) else { return nil }
        guard mayOpen(line, first) else { return nil }
        let ns = NSRange(line.startIndex..., in: line)
        for (regex, style) in patterns(startingWith: first) {
            guard let m = regex.firstMatch(in: line, range: ns), let r = Range(m.range, in: line),
                  let nr = Range(m.range(at: 1), in: line) else { continue }
            let numeral = String(line[nr])
            guard let ordinal = style == .arabic || style == .parenArabic ? Int(numeral)
                    : style == .circled ? circledValue(numeral) : ChineseNumeral.value(numeral) else { continue }
            let rest = String(line[r.upperBound...]).trimmingWhitespace()
            guard !rest.isEmpty else { continue }
            var text = String(line[r]).trimmingWhitespace()
            // `三）` is `（三）` with its opening bracket lost: given back, in the closing one's width.
            if style == .parenChinese, let f = text.first, f != "(", f != "（" { text = (text.contains("）") ? "（" : "(") + text }
            return (HeadingNumber(text: text, style: style, ordinal: ordinal), rest)
        }
        return nil
    }

    /// What the patterns need after a Chinese numeral or a bracket, asked of the scalars before
    /// a regular expression bridges the whole line: a numeral run, spaces, then its mark
    /// (、.． or a closing bracket); a bracket, spaces, then a numeral or a digit. Most lines that
    /// open with 一 or （ (一是…, 一年来…, （万元）) fail here.
    private static func mayOpen(_ line: String, _ first: Unicode.Scalar) -> Bool {
        let isBracket = first == "(" || first == "（"
        guard isBracket || chineseNumerals.contains(first) else { return true }
        var scalars = line.unicodeScalars.dropFirst()[...]
        if isBracket {
            scalars = scalars.drop { $0.properties.isWhitespace }
            guard let next = scalars.first else { return false }
            return chineseNumerals.contains(next) || ("0"..."9").contains(next)
        }
        scalars = scalars.drop { chineseNumerals.contains($0) }.drop { $0.properties.isWhitespace }
        guard let mark = scalars.first else { return false }
        return "、.．)）".unicodeScalars.contains(mark)
    }

    private static let chineseNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]

    private static func circledValue(_ s: String) -> Int? {
        guard let v = s.unicodeScalars.first?.value, (0x2460...0x2473).contains(v) else { return nil }
        return Int(v - 0x2460 + 1)
    }

    private static let leadingScalars: Set<Unicode.Scalar> = ["第", "(", "（", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]

    private static let cn = "[一二三四五六七八九十百零〇]{1,4}"
    private static let sources: [(String, Style)] = [
        (#"^第(\#(cn))(部分|章|节|篇)[、.．:：\s]?"#, .chapter),
        (#"^(\#(cn))\s*[、.．]\s*"#, .chinese),
        (#"^[(（]\s*(\#(cn))\s*[)）]\s*[、.．]?\s*"#, .parenChinese),
        // `三）当年部门整体支出绩效`: the opening bracket lost in a copy (a PDF's line start, a
        // converter dropping a lone full-width bracket); a Chinese numeral with a closing
        // bracket numbers nothing else.
        (#"^(\#(cn))\s*[)）]\s*[、.．]?\s*"#, .parenChinese),
        // 1. 1、 1． but not 2.5 or 2023年: the number is one or two digits and no digit follows the dot.
        (#"^(\d{1,2})\s*(?:[、．]|\.(?!\d))\s*"#, .arabic),
        (#"^[(（]\s*(\d{1,2})\s*[)）]\s*[、.．]?\s*"#, .parenArabic),
        (#"^([①-⑳])\s*"#, .circled),
    ]
    private static let patterns: [(NSRegularExpression, Style)] = sources.map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    /// The patterns whose first character can be `first`, in `patterns`' order: each pattern is
    /// anchored and opens with its own kind of character (第, a Chinese numeral, a bracket, an
    /// ASCII digit, a circled number), so the others cannot match and are not run.
    private static func patterns(startingWith first: Unicode.Scalar) -> [(NSRegularExpression, Style)] {
        switch first {
        case "第": return chapterPatterns
        case "(", "（": return bracketPatterns
        case "0"..."9": return arabicPatterns
        default: return (0x2460...0x2473).contains(first.value) ? circledPatterns : chinesePatterns + halfBracketPatterns
        }
    }
    private static let chapterPatterns = patterns.filter { $0.1 == .chapter }
    private static let bracketPatterns = patterns.filter {
        ($0.1 == .parenChinese || $0.1 == .parenArabic) && ($0.0.pattern.hasPrefix("^[(（]"))
    }
    /// `三）…`: a bracketed Chinese numeral whose opening bracket was lost, tried after 三、.
    private static let halfBracketPatterns = patterns.filter { $0.1 == .parenChinese && !$0.0.pattern.hasPrefix("^[(（]") }
    private static let arabicPatterns = patterns.filter { $0.1 == .arabic }
    private static let circledPatterns = patterns.filter { $0.1 == .circled }
    private static let chinesePatterns = patterns.filter { $0.1 == .chinese }
}

/// Chinese numerals up to the hundreds (一 … 九十九, 一百…).
enum ChineseNumeral {
    static func value(_ s: String) -> Int? {
        let digits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        var total = 0, current = 0
        for ch in s {
            if let d = digits[ch] {
                current = d
            } else if ch == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else if ch == "百" {
                total += (current == 0 ? 1 : current) * 100
                current = 0
            } else {
                return nil
            }
        }
        let v = total + current
        return v > 0 ? v : nil
    }
}
