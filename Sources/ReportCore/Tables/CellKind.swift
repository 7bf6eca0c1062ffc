import Foundation

/// What a table cell holds, judged from its text alone. Used to place cells in columns where a
/// text copy lost the empty ones.
enum CellKind: Equatable {
    /// Empty, or only spaces/NBSP: an empty cell that survived.
    case empty
    /// A comparison alone: `>=`, `≥`, `=`, `定性`.
    case operatorSign
    /// A plain number or amount (`20`, `1,286.40`, `2746.35万`).
    case number
    /// A percentage (`73.57%`).
    case percent
    /// A number with a comparison and/or unit (`>=20`, `≥636万人`, `40次`).
    case quantity
    /// A unit alone (`%`, `人次`, `万元`).
    case unit
    /// 定量指标 / 定性指标 / 正向指标 / 反向指标.
    case attribute
    /// A 一级指标 label (`产出指标`, `产`).
    case level1
    /// A 二级指标 label (`数量指标`, `服务对象`).
    case level2
    /// 合计 / 总分: the label of a closing total row.
    case total
    /// Anything else.
    case text
    /// A template's unfilled indicator slot (`指标2`, `……`) where a name goes: set by the reader
    /// that knows the column has names, never by `of(_:)`. It stands where the name column is,
    /// so it fixes the row it starts, as an empty cell cannot.
    case unfilledName

    static func of(_ cell: String) -> CellKind {
        // A long cell is text: values, units and labels are short.
        if cell.utf8.count > 96 { return .text }
        let c = cell.compacted
        // A dash or slash in a blank cell of the template says "nothing" (`—`, `/`).
        if c.isEmpty || blanks.contains(c) { return .empty }
        if operators.contains(c) { return .operatorSign }
        if ScoresReader.totalLabels.contains(c) { return .total }
        if c.isPlainNumber { return .number }
        if c.hasSuffix("%") || c.hasSuffix("％"), String(c.dropLast()).isPlainNumber { return .percent }
        if c.last == "万" || c.hasSuffix("万元"), ValueParser.amount(c) != nil { return .number }
        if attributes.contains(c) { return .attribute }
        if IndicatorLevels.level1(of: c) != nil { return .level1 }
        if IndicatorLevels.isLevel2(c) { return .level2 }
        if c.count <= 6, ValueParser.isUnit(c) { return .unit }
        if ValueParser.parseQuantity(c) != nil { return .quantity }
        return .text
    }

    static let blanks: Set<String> = ["—", "——", "-", "--", "－", "/", "／", "\\", "…", "……"]

    static let operators: Set<String> = [">=", "<=", "≥", "≤", "=", ">", "<", "＞", "＜", "＝", "═", "≧", "≦", "＞＝", "＜＝", "﹦", "﹥", "﹤", "定性", "等于", "大于", "小于", "大于等于", "小于等于"]
    static let attributes: Set<String> = ["定量指标", "定性指标", "定量", "正向指标", "反向指标", "正向", "反向", "共性指标", "个性指标"]
    static let units: Set<String> = [
        "%", "‰", "万元", "元", "亿元", "万人", "人", "人次", "万人次", "次", "家", "个", "件", "种", "天", "个工作日", "工作日", "分钟", "小时",
        "月", "个月", "年", "份", "场", "批次", "批", "项", "户", "所", "台", "套", "条", "篇", "期", "名", "例", "元/人", "元/人·年",
        "平方米", "公里", "千米", "米", "吨", "亩", "床", "张", "辆", "册", "本", "部", "座", "处", "点", "分", "万份", "万条", "GB", "TB",
        "起", "宗", "类", "课时", "学时", "公顷", "立方米", "个百分点", "百分点", "百分比", "周", "日", "间", "栋", "所次",
        // Lengths, weights and counted things of works and farming (`≥50厘米`, `3000株`, `120头`).
        "厘米", "毫米", "平方公里", "公斤", "千克", "头", "只", "株", "棵", "千瓦", "盏", "眼",
        // Groups of field trials or of people trained (`≧15组`).
        "组",
    ]
}
