/// The labels of the metadata block government pages carry above a document.
enum MetadataLabel: String, CaseIterable {
    case indexNumber = "索引号"
    case issuer = "发布机构"
    case publishedOn = "发布日期"
    case postedAt = "发布时间"
    case writtenOn = "成文日期"
    case documentNumber = "文号"
    case source = "来源"
    case topic = "主题分类"
    case other

    /// Every spelling, longest first so that 信息索引号 wins over 索引号.
    static let spellings: [(String, MetadataLabel)] = [
        ("信息索引号", .indexNumber), ("索引号", .indexNumber), ("索 引 号", .indexNumber),
        ("发布机构", .issuer), ("发文机关", .issuer), ("发布单位", .issuer), ("发文单位", .issuer),
        ("发布日期", .publishedOn), ("公开日期", .publishedOn), ("发布时间", .postedAt),
        ("成文日期", .writtenOn), ("生成日期", .writtenOn), ("成文时间", .writtenOn),
        ("文号", .documentNumber), ("发文字号", .documentNumber),
        ("信息来源", .source), ("来源", .source),
        ("主题分类", .topic), ("组配分类", .other), ("体裁分类", .other), ("服务对象分类", .other),
        ("公开方式", .other), ("公开范围", .other), ("公开时限", .other), ("有效性", .other), ("时效性", .other),
        ("文件登记号", .other), ("规范性文件登记号", .other), ("统一登记号", .other), ("浏览次数", .other),
        ("访问量", .other), ("字体", .other), ("责任部门", .other), ("关键词", .other), ("主题词", .other),
    ].sorted { $0.0.count > $1.0.count }

    /// The spellings by their first character, longest first: the line scan looks up only
    /// the labels that can start where it stands.
    static let byFirstCharacter: [Character: [(String, MetadataLabel)]] =
        Dictionary(grouping: spellings, by: { $0.0.first! })
}
