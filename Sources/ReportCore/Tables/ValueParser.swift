import Foundation
import ReportModel

/// Reads targets and actual values: an optional comparison, one number, an optional unit.
///
/// `≥636万人` → (>=, 636, 万人); `不低于30天` → (>=, 30, 天); `90%以上` → (>=, 90, %);
/// `有所提升` → no number; `药品网采率≥90%,高值医用耗材网采率≥80%` → no single number.
enum ValueParser {
    struct Quantity: Equatable {
        var op: ComparisonOperator?
        var value: Double
        var unit: String?
    }

    /// Parses a cell that is wholly `[comparison] number [unit] [以上|以下]`.
    static func parseQuantity(_ cell: String) -> Quantity? {
        var s = cell.compacted
        // No figure, no quantity: most names and sentences leave here, before the regex.
        guard !s.isEmpty, s.utf8.count <= 96, s.containsDigit, s.count <= 24 else { return nil }
        var op: ComparisonOperator?
        for (word, o) in prefixes where s.hasPrefix(word) {
            op = o
            s = String(s.dropFirst(word.count))
            break
        }
        guard let m = number.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)),
              let r = Range(m.range, in: s) else { return nil }
        guard let value = Double(withoutThousandsSeparators(s[r])) else {
            return nil
        }
        var rest = String(s[r.upperBound...])
        // `70%左右`: about the figure, no comparison.
        if rest.hasSuffix("左右") { rest = String(rest.dropLast(2)) }
        for (word, o) in suffixes where rest.hasSuffix(word) {
            if op == nil { op = o }
            rest = String(rest.dropLast(word.count))
            break
        }
        if rest.isEmpty { return Quantity(op: op, value: value, unit: nil) }
        guard isUnit(rest) else { return nil }
        return Quantity(op: op, value: value, unit: rest)
    }

    /// Splits a target cell into the contract's target value.
    static func target(_ raw: String) -> TargetValue {
        let text = raw.trimmingWhitespace()
        if let q = parseQuantity(text) {
            return TargetValue(raw: text, operator: q.op, value: q.value, unit: q.unit)
        }
        return TargetValue(raw: text, operator: nil, value: nil, unit: nil)
    }

    /// An actual value: like a target but with no operator (`小于20分钟` is 20 分钟).
    static func actual(_ raw: String) -> ActualValue {
        let text = raw.trimmingWhitespace()
        if let q = parseQuantity(text) {
            return ActualValue(raw: text, value: q.value, unit: q.unit)
        }
        return ActualValue(raw: text, value: nil, unit: nil)
    }

    /// The operator a cell of a 指标性质/运算符 column states.
    static func operatorSign(_ cell: String) -> ComparisonOperator? {
        let c = cell.compacted
        for (word, o) in prefixes where c == word { return o }
        return nil
    }

    /// A unit after a figure: one of the templates' (`isTemplateUnit`) or a counted thing they do
    /// not list (`countWords`).
    static func isUnit(_ s: String) -> Bool {
        countWords.contains(s) || isTemplateUnit(s)
    }

    /// A unit of the templates: a known one, a known one with a 万/亿/千 prefix (万人次), `个` +
    /// a counted thing (个乡镇), or a rate `X/Y` of known units (元/人). Free text after a number
    /// (`2023年完成`) is not a unit, so such a cell stays qualitative.
    static func isTemplateUnit(_ s: String) -> Bool {
        guard (1...8).contains(s.count) else { return false }
        if CellKind.units.contains(s) { return true }
        if let f = s.first, "万亿千".contains(f), CellKind.units.contains(String(s.dropFirst())) { return true }
        // A count of visits or times of a counted thing: 家次, 户次, 场次.
        if (2...3).contains(s.count), s.hasSuffix("次"), s.unicodeScalars.allSatisfy({ $0.properties.isIdeographic }),
           CellKind.units.contains(String(s.dropLast())) || s.count == 2 { return true }
        if s.hasPrefix("个"), s.count <= 4, s.range(of: #"^个\p{Han}{1,3}$"#, options: .regularExpression) != nil { return true }
        let parts = s.split(separator: "/").map(String.init)
        if parts.count == 2, parts.allSatisfy({ CellKind.units.contains($0) || $0 == "年" || $0 == "月" || $0 == "日" }) { return true }
        return CompoundUnit.isRate(s)
    }

    /// Counted things of offices, archives, clinics and schools (`≥3000卷`, `500盒`, `12支` teams,
    /// `6轮` inspections), energy (`千瓦时`, `度`) and earthwork (`方`, `延米`): units only where a
    /// figure is all the cell holds besides them. They are not `CellKind.units`, which a
    /// run-together form cuts at whatever follows (`1根据…` would lose a name's head), nor a
    /// template's unit printed alone in an unfilled cell (`UnfilledValue`): alone, 度, 位 or 门
    /// is far more often the cut tail of 满意度, 单位 or 部门.
    static let countWords: Set<String> = [
        "卷", "盒", "袋", "箱", "瓶", "支", "剂", "对", "位", "艘", "架", "根", "块", "片", "顶", "村", "门", "节",
        "轮", "届", "队", "千瓦时", "度", "方", "延米",
    ]

    /// Amounts in a funds table: `1,286.40`, `3359.62万`, `2746.35万元`; nil for anything else.
    static func amount(_ cell: String) -> Double? {
        var s = cell.compacted
        for suffix in ["万元", "万", "元"] where s.hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count))
            break
        }
        s = withoutThousandsSeparators(s)
        guard s.isPlainNumber else { return nil }
        return Double(s)
    }

    /// A rate: `81.80%` → 81.8; a bare number is taken as the percent written.
    static func percent(_ cell: String) -> Double? {
        let s = cell.compacted
        guard s.hasSuffix("%") || s.hasSuffix("％") else { return nil }
        return Double(withoutThousandsSeparators(s.dropLast()))
    }

    /// `1,286.40` → `1286.40`.
    private static func withoutThousandsSeparators(_ s: Substring) -> String {
        String(s.unicodeScalars.filter { $0 != "," && $0 != "，" }.map(Character.init))
    }

    private static func withoutThousandsSeparators(_ s: String) -> String { withoutThousandsSeparators(s[...]) }

    /// Comparison words, longest first.
    private static let prefixes: [(String, ComparisonOperator)] = [
        ("大于或等于", .atLeast), ("小于或等于", .atMost),
        ("大于等于", .atLeast), ("小于等于", .atMost), ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast),
        ("不高于", .atMost), ("不超过", .atMost), ("不多于", .atMost), ("不大于", .atMost), ("至少", .atLeast),
        ("≥", .atLeast), (">=", .atLeast), ("＞＝", .atLeast), ("≧", .atLeast), ("≤", .atMost), ("<=", .atMost), ("＜＝", .atMost), ("≦", .atMost),
        ("等于", .equal), ("高于", .greater), ("超过", .greater), ("大于", .greater), ("多于", .greater),
        ("低于", .less), ("小于", .less), ("少于", .less),
        // `═` (a box-drawing double bar): forms that write ≧ for ≥ write it for =.
        ("=", .equal), ("＝", .equal), ("═", .equal), (">", .greater), ("＞", .greater), ("<", .less), ("＜", .less),
        // The small forms (`﹦` U+FE66, `﹥`, `﹤`): an input method's symbol palette offers them
        // beside ＝ ＞ ＜, and forms that typed the sign from it carry them in their 指标性质 column.
        ("﹦", .equal), ("﹥", .greater), ("﹤", .less),
    ]

    private static let suffixes: [(String, ComparisonOperator)] = [
        ("及以上", .atLeast), ("以上", .atLeast), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost),
    ]

    private static let number = try! NSRegularExpression(pattern: #"^[+-]?\d[\d,，]*(\.\d+)?"#)
}
