import Foundation

/// Renders a number as Excel shows it under a format code: `0.0%` makes 0.818 `81.8%`,
/// `#,##0.00` makes 1286.4 `1,286.40`, `yyyy"年"m"月"d"日"` makes 45042 `2023年4月26日`, and
/// `General` shows at most 15 significant digits, so 1286.4000000000001 is `1286.4`.
///
/// Decimal rounding is done in base 10 (half away from zero, as Excel), after the value is cut
/// to the 15 significant digits Excel keeps. Fractions (`# ?/?`) show as General.
enum XLSXNumberFormat {
    static func format(_ value: Double, code: String, date1904: Bool = false) -> String {
        guard value.isFinite else { return general(value) }
        let sections = split(code)
        var section = sections[0]
        var negativeSign = value < 0
        if value < 0, sections.count >= 2, !sections[1].tokens.isEmpty {
            section = sections[1]
            negativeSign = false
        } else if value == 0, sections.count >= 3 {
            section = sections[2]
        }
        if section.isGeneral || section.isText { return general(value) }
        if section.isDate { return XLSXDateFormat.format(value, tokens: section.tokens, date1904: date1904) }
        let body = number(abs(value), section: section)
        return (negativeSign && body.contains(where: { $0.isNumber && $0 != "0" }) ? "-" : "") + body
    }

    /// General: the shortest form with at most 15 significant digits.
    static func general(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "#NUM!" : "#DIV/0!" }
        var s = String(format: "%.15g", value)
        if s == "-0" { s = "0" }
        if let e = s.firstIndex(of: "e") {
            // %g's exponent (1e+20) as Excel writes it (1E+20).
            let mantissa = s[..<e], exponent = s[s.index(after: e)...]
            let sign = exponent.first == "-" ? "-" : "+"
            let digits = exponent.drop { $0 == "+" || $0 == "-" }
            s = mantissa + "E" + sign + (digits.count < 2 ? "0" : "") + digits
        }
        return s
    }

    // MARK: - Numbers

    private static func number(_ value: Double, section: Section) -> String {
        let placeholders = section.tokens.enumerated().filter { if case .placeholder = $0.element { return true } else { return false } }
        guard let first = placeholders.first?.offset, let last = placeholders.last?.offset else {
            return section.tokens.map(\.literal).joined()
        }
        var integerZeros = 0, fractionDigits = 0, fractionZeros = 0
        var grouping = false, inFraction = false, percent = 0, scientific = false, trailingCommas = 0
        for (i, token) in section.tokens.enumerated() {
            switch token {
            case .placeholder(let p):
                trailingCommas = 0
                if p == "." { inFraction = true; continue }
                if p == "E" { scientific = true; continue }
                if p == "/" { return general(value) }
                if inFraction {
                    if !scientific { fractionDigits += 1; if p == "0" { fractionZeros += 1 } }
                } else if p == "0" { integerZeros += 1 }
            case .comma:
                if i > first, i < last, !inFraction { grouping = true } else if i > first { trailingCommas += 1 }
            case .literal(let s):
                percent += s.filter { $0 == "%" }.count
            }
        }
        var v = value * pow(100, Double(percent)) / pow(1000, Double(trailingCommas))
        if scientific {
            let digits = String(format: "%.\(fractionDigits)E", v)
            return literals(section, before: first) + digits + literals(section, after: last)
        }
        guard v < 1e15 else { return general(v) }
        v = Double(String(format: "%.15g", v)) ?? v
        var decimal = Decimal(string: String(format: "%.15g", v)) ?? Decimal(v)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &decimal, fractionDigits, .plain)
        let text = "\(rounded)"
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts.first ?? "0")
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: max(0, fractionDigits - fraction.count))
        while fraction.count > fractionZeros, fraction.last == "0" { fraction.removeLast() }
        if integer == "0", integerZeros == 0 { integer = "" }
        integer = String(repeating: "0", count: max(0, integerZeros - integer.count)) + integer
        if grouping { integer = group(integer) }
        let number = integer + (fraction.isEmpty ? (fractionDigits > 0 && fractionZeros > 0 ? "." : "") : "." + fraction)
        return literals(section, before: first) + number + literals(section, after: last)
    }

    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }

    private static func literals(_ section: Section, before index: Int) -> String {
        section.tokens[..<index].map(\.literal).joined()
    }

    private static func literals(_ section: Section, after index: Int) -> String {
        section.tokens[(index + 1)...].map(\.literal).joined()
    }

    // MARK: - Parsing a format code

    enum Token: Equatable {
        /// `0 # ? . E /`, or a date/time letter.
        case placeholder(Character)
        case comma
        case literal(String)

        var literal: String {
            if case .literal(let s) = self { return s }
            return ""
        }
    }

    struct Section {
        var tokens: [Token] = []
        var isGeneral = false
        var isText = false
        var isDate = false
    }

    /// Splits a format code into its sections (positive; negative; zero; text) and tokens.
    static func split(_ code: String) -> [Section] {
        var sections = [Section()]
        let chars = Array(code)
        var i = 0
        func add(_ token: Token) { sections[sections.count - 1].tokens.append(token) }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case ";":
                sections.append(Section())
            case "\"":
                var literal = ""
                i += 1
                while i < chars.count, chars[i] != "\"" { literal.append(chars[i]); i += 1 }
                add(.literal(literal))
            case "\\":
                if i + 1 < chars.count { add(.literal(String(chars[i + 1]))); i += 1 }
            case "_", "*":
                i += 1  // padding to a character's width, or a fill: nothing to read
            case "[":
                var inside = ""
                i += 1
                while i < chars.count, chars[i] != "]" { inside.append(chars[i]); i += 1 }
                // Elapsed time ([h]) is a date token; colours, locales and conditions are not shown.
                if let letter = inside.lowercased().first, "hms".contains(letter), inside.allSatisfy({ $0.lowercased() == String(letter) }) {
                    add(.placeholder(letter))
                    sections[sections.count - 1].isDate = true
                }
            case "0", "#", "?", ".", "/":
                add(.placeholder(c))
            case "E", "e":
                if i + 1 < chars.count, chars[i + 1] == "+" || chars[i + 1] == "-" {
                    add(.placeholder("E")); i += 1
                } else {
                    add(.literal(String(c)))
                }
            case ",":
                add(.comma)
            case "@":
                sections[sections.count - 1].isText = true
            default:
                if code.dropFirst(i).lowercased().hasPrefix("general") {
                    sections[sections.count - 1].isGeneral = true
                    i += 7
                    continue
                }
                if "yYmMdDhHsS".contains(c) || code.dropFirst(i).uppercased().hasPrefix("AM/PM") || code.dropFirst(i).hasPrefix("上午/下午") {
                    sections[sections.count - 1].isDate = true
                }
                add(.literal(String(c)))
            }
            i += 1
        }
        for k in sections.indices where sections[k].isDate {
            // Date sections keep their raw characters; the date formatter reads them.
            sections[k].tokens = sections[k].tokens.map { $0 == .placeholder(".") || $0 == .placeholder("/") ? .literal(String($0 == .placeholder(".") ? "." : "/")) : $0 }
        }
        if sections[0].tokens.isEmpty, !sections[0].isText { sections[0].isGeneral = true }
        return sections
    }
}
