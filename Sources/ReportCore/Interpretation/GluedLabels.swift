/// A form's head block run together with its values, as a document-sharing site's copy of a
/// Word form gives it (`…县级主管部门某县商务局实施单位储备股项目资金(万元)…`): a value is what
/// stands between its label and the next label of the head block.
enum GluedLabels {
    /// The labels of the national templates' head block, and the words that start the funds
    /// block after it: where a value ends.
    /// `主管单位` is the 主管部门 of the templates that word it so (项目主管单位).
    /// The line above the cells (单位名称, 填报日期) and the project's class rows after the units
    /// (项目类别, 项目属性, 项目类型) end a value too, and so does `项目实施单位` (the 项目 before
    /// 实施单位 is the label's, not the 主管部门's).
    static let headLabels = ["项目名称", "专项资金名称", "转移支付名称", "主管部门", "项目主管单位", "主管单位", "项目实施单位", "实施单位", "资金使用单位",
                             "项目单位", "项目负责人", "负责人及电话", "联系电话", "资金情况", "项目资金", "预算执行情况", "年度资金总额", "资金投入",
                             "单位名称", "填报日期", "填报单位", "项目类别", "项目属性", "项目类型", "年度预算申请"]

    /// The value glued after the first `label` in `text`, up to the next head label; nil when
    /// no head label follows (the text is no head block) or nothing stands between.
    /// - Parameter maxLength: nil, or the longest value wanted (its colons left out): the next
    ///   label is then looked for only that far (a whole report run into one line holds the head
    ///   block's labels again and again, far on).
    static func value(after label: String, in text: String, maxLength: Int? = nil) -> String? {
        guard let start = text.utf8Range(of: label) else { return nil }
        let rest = text[start.upperBound...]
        var searched = rest
        if let maxLength {
            // A label that starts within the value's reach, read to its end.
            let reach = rest.drop { $0 == ":" || $0 == "：" }.prefix(maxLength + 1 + longestLabel)
            searched = rest[..<reach.endIndex]
        }
        let ends = headLabels.compactMap { searched.utf8Range(of: $0)?.lowerBound }
        guard let end = ends.min(), end > rest.startIndex else { return nil }
        var v = String(rest[..<end])
        if let maxLength, v.drop(while: { $0 == ":" || $0 == "：" }).count > maxLength { return nil }
        // `单位名称：某局` keeps its colon in the copy.
        while let first = v.first, first == ":" || first == "：" { v.removeFirst() }
        return v.isEmpty ? nil : undoubled(v)
    }

    private static let longestLabel = headLabels.map(\.count).max() ?? 0

    /// The values glued after each `label` in `text`, in order (at most four): a form may hold
    /// the label more than once (自治区主管部门 and 市县主管部门), the first value not the one
    /// sought.
    static func values(after label: String, in text: String, maxLength: Int? = nil) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while out.count < 4, let r = rest.utf8Range(of: label) {
            if let v = value(after: label, in: String(rest[r.lowerBound...]), maxLength: maxLength) { out.append(v) }
            rest = rest[r.upperBound...]
        }
        return out
    }

    /// A value written twice over (`某市某局某市某局`): a PDF's text layer gives the 主管单位's
    /// and the 实施单位's cells one after the other when one body is both, after a single label.
    /// Two equal halves are one name; anything else is kept as written.
    static func undoubled(_ v: String) -> String {
        let chars = Array(v)
        guard chars.count >= 4, chars.count % 2 == 0 else { return v }
        let half = chars.count / 2
        return chars[..<half] == chars[half...] ? String(chars[..<half]) : v
    }

    /// Whether `text` holds a project form's head block run together: 项目名称, then 主管部门,
    /// then 实施单位, close after one another.
    static func holdsProjectHead(_ text: String) -> Bool {
        guard let name = text.range(of: "项目名称"), let authority = text[name.upperBound...].range(of: "主管部门"),
              let unit = text[authority.upperBound...].range(of: "实施单位") else { return false }
        return text.distance(from: name.upperBound, to: unit.lowerBound) <= 160
    }
}
