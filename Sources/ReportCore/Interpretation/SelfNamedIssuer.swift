import Foundation

/// The body a report names once, where it describes itself, and otherwise speaks of as 我X
/// (`我中心对…项目的支出情况进行了绩效自评`): `省发展研究中心是省人民政府直属决策与政策研究机构`.
/// A body with no place in its name (a province's or a city's own 中心, 研究室) is found by no
/// place-and-type pattern, and a 范文 copied from a template site carries no title or signature
/// naming it.
///
/// Read only where both hold: the text speaks of itself as 我 and a body type (我中心, 我局,
/// 我院…), and a sentence opens with a name ending in that same type that says what the body is
/// (`…是…机构`, `…是…单位`): the self-description a report's 部门概况 or 项目单位基本情况 opens with.
/// A sentence about another body (`市财政局是预算主管部门`) ends in another type than the one the
/// report calls itself, or the report does not call itself by a type at all.
enum SelfNamedIssuer {
    /// Types a report calls itself by after 我, longest first.
    static let types = ["中心", "研究室", "局", "厅", "委", "办", "院", "所", "站", "馆"]

    static func name(in lines: [String]) -> String? {
        let text = lines.joined(separator: "\n")
        let selfTypes = types.filter { text.contains("我" + $0) }
        guard !selfTypes.isEmpty else { return nil }
        for line in lines {
            for sentence in line.split(whereSeparator: { "。；;！!\n".contains($0) }) {
                var s = String(sentence).compacted
                if let (_, rest) = HeadingNumber.parse(s) { s = rest }
                if let n = selfDescription(s), selfTypes.contains(where: { n.hasSuffix($0) }) { return n }
            }
        }
        return nil
    }

    /// The name a self-describing sentence opens with: `<name>是<…>机构|单位|部门|机关`, the name
    /// a body's (`OrganizationNames.isOrganization`) and no pronoun's (本中心, 该局, 我局).
    static func selfDescription(_ sentence: String) -> String? {
        guard let m = pattern.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)),
              let r = Range(m.range(at: 1), in: sentence) else { return nil }
        let name = String(sentence[r])
        guard let first = name.first, !"我本该此其".contains(first), OrganizationNames.isOrganization(name) else { return nil }
        return name
    }

    private static let pattern = try! NSRegularExpression(
        pattern: #"^([\p{Han}]{2,20}?)是[^，,。]{0,40}?(?:机构|单位|部门|机关)"#)
}
