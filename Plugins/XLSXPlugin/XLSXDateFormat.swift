import Foundation

/// Renders an Excel date serial under a date/time format code (`yyyy/m/d`, `yyyy"年"m"月"`,
/// `h:mm AM/PM`). Serials count days from 1899-12-30 (Excel's 1900 system, with its phantom
/// 1900-02-29) or from 1904-01-01.
enum XLSXDateFormat {
    private enum Item {
        case letter(Character, Int)
        case text(String)
        case meridiem(chinese: Bool)
    }

    static func format(_ serial: Double, tokens: [XLSXNumberFormat.Token], date1904: Bool) -> String {
        guard serial >= 0, serial < 2_958_466 else { return XLSXNumberFormat.general(serial) }
        let items = self.items(tokens)
        var seconds = Int((serial - serial.rounded(.down)) * 86_400 + 0.5)
        var days = Int(serial.rounded(.down))
        if seconds >= 86_400 { seconds -= 86_400; days += 1 }
        // Days since 1970-01-01.
        let epochDays: Int
        if date1904 { epochDays = days - 24_107 } else if days < 61 { epochDays = days - 25_568 } else { epochDays = days - 25_569 }
        let (year, month, day) = civil(epochDays)
        let hour = seconds / 3600, minute = seconds / 60 % 60, second = seconds % 60
        let twelveHour = items.contains { if case .meridiem = $0 { return true } else { return false } }

        var out = ""
        for (i, item) in items.enumerated() {
            switch item {
            case .text(let t): out += t
            case .meridiem(let chinese): out += chinese ? (hour < 12 ? "上午" : "下午") : (hour < 12 ? "AM" : "PM")
            case .letter(let letter, let count):
                switch letter {
                case "y": out += count <= 2 ? pad(year % 100, 2) : String(year)
                case "d":
                    if count <= 2 { out += pad(day, count) } else {
                        let weekday = ((epochDays % 7) + 11) % 7  // 1970-01-01 was a Thursday
                        let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
                        out += count == 3 ? String(names[weekday].prefix(3)) : names[weekday]
                    }
                case "h":
                    let h = twelveHour ? (hour % 12 == 0 ? 12 : hour % 12) : hour
                    out += pad(h, count)
                case "s": out += pad(second, count)
                case "m":
                    if isMinute(items, at: i), count <= 2 {
                        out += pad(minute, count)
                    } else if count <= 2 {
                        out += pad(month, count)
                    } else {
                        let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]
                        let name = names[month - 1]
                        out += count == 3 ? String(name.prefix(3)) : count == 5 ? String(name.prefix(1)) : name
                    }
                default: break
                }
            }
        }
        return out
    }

    /// `m` means minutes right after an hour or right before seconds.
    private static func isMinute(_ items: [Item], at index: Int) -> Bool {
        for item in items[..<index].reversed() {
            if case .letter(let l, _) = item { if l == "h" { return true }; break }
        }
        for item in items[(index + 1)...] {
            if case .letter(let l, _) = item { return l == "s" }
        }
        return false
    }

    private static func items(_ tokens: [XLSXNumberFormat.Token]) -> [Item] {
        var items: [Item] = []
        var i = 0
        let letters = tokens.map { token -> Character? in
            switch token {
            case .literal(let s) where s.count == 1: return s.first
            case .placeholder(let p) where "hms".contains(p): return p
            default: return nil
            }
        }
        while i < tokens.count {
            let rest = String(letters[i...].prefix(5).map { $0 ?? "\u{0}" })
            if rest.uppercased() == "AM/PM" { items.append(.meridiem(chinese: false)); i += 5; continue }
            if rest == "上午/下午" { items.append(.meridiem(chinese: true)); i += 5; continue }
            if let c = letters[i], "yYmMdDhHsS".contains(c) {
                let lower = Character(c.lowercased())
                var count = 0
                while i < tokens.count, let d = letters[i], Character(d.lowercased()) == lower { count += 1; i += 1 }
                items.append(.letter(lower, count))
                continue
            }
            switch tokens[i] {
            case .literal(let s): items.append(.text(s))
            case .comma: items.append(.text(","))
            case .placeholder(let p) where p == "0":
                break  // fractions of a second
            case .placeholder(let p): items.append(.text(String(p)))
            }
            i += 1
        }
        return items
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return width > s.count ? String(repeating: "0", count: width - s.count) + s : s
    }

    /// Year, month, day of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
