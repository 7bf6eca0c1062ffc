import OfficeOpenXML

/// List numbering (`word/numbering.xml`): the number text Word draws before a numbered
/// paragraph (`一、`, `（二）`, `3.`), which is not in the paragraph's runs but carries the
/// heading structure core reads.
///
/// Counters run per list (`numId`) in document order; a level restarts when a higher level
/// advances, as Word does by default.
struct DOCXNumbering {
    /// A paragraph's `w:numPr`.
    struct Reference: Equatable {
        var numID: String
        var level: Int

        init?(_ numPr: MarkupElement?) {
            guard let numPr, let id = numPr.child("numId")?[attribute: "val"], id != "0" else { return nil }
            numID = id
            level = numPr.child("ilvl")?[attribute: "val"].flatMap { Int($0) }.map { min(max($0, 0), 8) } ?? 0
        }
    }

    private struct Level {
        var format: String
        var text: String
        var start: Int
        var suffix: String
        var legal: Bool
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    private var numToAbstract: [String: String] = [:]
    private var startOverrides: [String: [Int: Int]] = [:]
    private var counters: [String: [Int]] = [:]

    init(_ root: MarkupElement?) {
        guard let root else { return }
        for abstract in root.children("abstractNum") {
            guard let id = abstract[attribute: "abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for lvl in abstract.children("lvl") {
                guard let ilvl = lvl[attribute: "ilvl"].flatMap({ Int($0) }) else { continue }
                levels[ilvl] = Level(
                    format: lvl.child("numFmt")?[attribute: "val"] ?? "decimal",
                    text: lvl.child("lvlText")?[attribute: "val"] ?? "",
                    start: lvl.child("start")?[attribute: "val"].flatMap { Int($0) } ?? 1,
                    suffix: lvl.child("suff")?[attribute: "val"] ?? "tab",
                    legal: lvl.child("isLgl").map { $0[attribute: "val"] != "0" && $0[attribute: "val"] != "false" } ?? false)
            }
            abstractLevels[id] = levels
        }
        for num in root.children("num") {
            guard let id = num[attribute: "numId"], let abstract = num.child("abstractNumId")?[attribute: "val"] else { continue }
            numToAbstract[id] = abstract
            for override in num.children("lvlOverride") {
                guard let ilvl = override[attribute: "ilvl"].flatMap({ Int($0) }),
                      let start = override.child("startOverride")?[attribute: "val"].flatMap({ Int($0) }) else { continue }
                startOverrides[id, default: [:]][ilvl] = start
            }
        }
    }

    /// Advances the list's counter for this paragraph and returns the number text to put
    /// before it (with its separator), or "" for bullets and unknown lists.
    mutating func next(_ ref: Reference) -> String {
        guard let abstract = numToAbstract[ref.numID], let levels = abstractLevels[abstract],
              let level = levels[ref.level] else { return "" }
        let overrides = startOverrides[ref.numID] ?? [:]
        let start = { (ilvl: Int) in overrides[ilvl] ?? levels[ilvl]?.start ?? 1 }
        var counter = counters[ref.numID] ?? (0..<9).map { start($0) - 1 }
        counter[ref.level] += 1
        for deeper in (ref.level + 1)..<9 { counter[deeper] = start(deeper) - 1 }
        // A level above that never appeared counts as its start value, as Word draws it.
        for upper in 0..<ref.level where counter[upper] < start(upper) { counter[upper] = start(upper) }
        counters[ref.numID] = counter
        guard level.format != "bullet", level.format != "none" else { return "" }

        var text = ""
        let chars = Array(level.text)
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 1 < chars.count, let d = chars[i + 1].wholeNumberValue, (1...9).contains(d) {
                let l = d - 1
                let format = level.legal ? "decimal" : (levels[l]?.format ?? "decimal")
                text += Self.format(counter[l], as: format)
                i += 2
            } else {
                text.append(chars[i])
                i += 1
            }
        }
        guard !text.isEmpty else { return "" }
        // Word puts a tab (or a space) after the number; after closing CJK punctuation
        // (`一、`, `（二）`) it is only spacing, and core reads `一、标题` as it is typed.
        let closesItself = text.last.map { "、）】．：".contains($0) } ?? false
        return text + (level.suffix == "nothing" || closesItself ? "" : " ")
    }

    static func format(_ n: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "chineseLegalSimplified",
             "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand":
            return chineseNumeral(n)
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return (1...stems.count).contains(n) ? String(stems[n - 1]) : String(n)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(n) ? String(UnicodeScalar(0x2460 + n - 1).map(Character.init) ?? "?") : String(n)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(n).unicodeScalars.map { Character(UnicodeScalar($0.value + 0xFEE0) ?? $0) })
        case "decimalZero":
            return n < 10 ? "0\(n)" : String(n)
        case "upperLetter", "lowerLetter":
            let letter = letters(n)
            return format == "upperLetter" ? letter.uppercased() : letter
        case "upperRoman", "lowerRoman":
            let roman = romanNumeral(n)
            return format == "upperRoman" ? roman : roman.lowercased()
        default:
            return String(n)
        }
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
    static func chineseNumeral(_ n: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        guard n > 0, n < 1000 else { return String(n) }
        if n < 10 { return String(digits[n]) }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : String(digits[n % 10])) }
        if n < 100 { return String(digits[n / 10]) + "十" + (n % 10 == 0 ? "" : String(digits[n % 10])) }
        let rest = n % 100
        let tail = rest == 0 ? "" : (rest < 10 ? "零" + String(digits[rest]) : (rest < 20 ? "一" : "") + chineseNumeral(rest))
        return String(digits[n / 100]) + "百" + tail
    }

    static func letters(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(UnicodeScalar(UInt8(97 + (n - 1) % 26)))
        return String(repeating: String(letter), count: (n - 1) / 26 + 1)
    }

    static func romanNumeral(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, symbol) in table { while rest >= value { out += symbol; rest -= value } }
        return out
    }
}
