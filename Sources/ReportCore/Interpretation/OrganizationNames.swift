import Foundation

/// Names of government bodies: `<place><省|市|县|区|州|旗…><body>局/厅/委员会/中心…`.
enum OrganizationNames {
    static let suffixes = ["局", "厅", "委员会", "办公室", "中心", "人民政府", "政府", "医院", "委", "办", "院", "所", "站", "部", "署"]
    static let placeMarks: Set<Character> = ["省", "市", "县", "区", "州", "旗", "盟", "镇", "乡"]

    static func isOrganization(_ s: String) -> Bool {
        let c = s.compacted
        guard (3...30).contains(c.count), !c.includes("。"), !c.includes("，"), !c.includes(",") else { return false }
        return suffixes.contains { c.hasSuffix($0) }
    }

    /// Whether a name starts with a place (泸西县…, 大连市…), not only a body type (县医疗保障局).
    static func hasPlace(_ s: String) -> Bool {
        guard let p = place(s) else { return false }
        return p.count >= 2
    }

    /// The place at the start of a name or title: up to and including the first place mark
    /// (辽宁省大连市 → 辽宁省; the first is enough to compare).
    static func place(_ s: String) -> String? {
        let c = Array(s.compacted.prefix(12))
        guard let i = c.firstIndex(where: { placeMarks.contains($0) }), i >= 1 else { return nil }
        // A title that starts with a year: 2023年淮北市… → 淮北市.
        var start = 0
        if c.count > 5, String(c[0..<4]).allSatisfy(\.isNumber), c[4] == "年" { start = 5 }
        guard i > start else { return nil }
        return String(c[start...i])
    }

    /// Candidate organisation names in running text: a place then a body type.
    static func find(in text: String) -> [String] {
        let ns = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: ns).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    }

    private static let pattern = try! NSRegularExpression(
        pattern: #"(?<![\p{Han}])((?:[\p{Han}]{1,6}省)?[\p{Han}]{1,6}(?:市|县|区|州|旗|盟)[\p{Han}]{2,10}?(?:局|厅|委员会|办公室|中心))"#)
}
