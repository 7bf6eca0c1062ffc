import Foundation

/// Dates as Chinese pages write them, to ISO `yyyy-MM-dd`.
enum DateText {
    /// `2023-04-26`, `2023/4/26`, `2023.04.26`, `2023年4月26日` (time of day ignored).
    static func iso(_ text: String) -> String? {
        guard let m = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        func part(_ i: Int) -> Int? {
            guard let r = Range(m.range(at: i), in: text) else { return nil }
            return Int(text[r])
        }
        guard let y = part(1), let mo = part(2), let d = part(3), (1...12).contains(mo), (1...31).contains(d) else {
            return nil
        }
        return String(format: "%04d-%02d-%02d", y, mo, d)
    }

    private static let pattern = try! NSRegularExpression(
        pattern: #"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"#)
}
