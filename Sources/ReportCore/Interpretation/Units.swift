/// Which units compare, and how: 万人 and 人 convert; 天 and 个月 do not (a month has no fixed
/// number of days).
enum Units {
    /// Multiplier taking a value in `from` to `to`, or nil when they do not compare.
    ///
    /// A side without a unit compares with any unit but a percentage: forms often state the unit
    /// once (`>=20` against `40次`).
    static func factor(from: String?, to: String?) -> Double? {
        switch (from, to) {
        case (nil, nil): return 1
        case (nil, let u?), (let u?, nil): return u == "%" ? nil : 1
        case (let f?, let t?):
            if f == t { return 1 }
            let (fb, fm) = split(f)
            let (tb, tm) = split(t)
            if fb == tb { return fm / tm }
            if let a = time[fb], let b = time[tb] { return a * fm / (b * tm) }
            return nil
        }
    }

    /// `万人` → (人, 10000); `亿元` → (元, 1e8).
    private static func split(_ u: String) -> (String, Double) {
        if u.count > 1, u.hasPrefix("万") { return (String(u.dropFirst()), 10_000) }
        if u.count > 1, u.hasPrefix("亿") { return (String(u.dropFirst()), 100_000_000) }
        if u.count > 1, u.hasPrefix("千") { return (String(u.dropFirst()), 1_000) }
        return (u, 1)
    }

    /// Exact time units in minutes.
    private static let time: [String: Double] = ["分钟": 1, "小时": 60, "天": 1_440, "日": 1_440]
}
