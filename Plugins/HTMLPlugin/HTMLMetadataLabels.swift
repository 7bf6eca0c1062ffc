/// The labels of the metadata block government pages carry (信息公开 header tables and lists),
/// and the labels of counters and widgets that sit in the same lines.
///
/// The plugin only needs them to recognise a metadata block in markup and rewrite it as
/// `label：value` lines; what each label means is decided in core.
enum HTMLMetadataLabels {
    /// Labels whose value is document metadata, longest first so that `信息索引号` wins over `索引号`.
    static let fields: [String] = [
        "规范性文件登记号", "服务对象分类", "信息索引号", "文件登记号", "发布机构", "发文机关", "发文单位",
        "发布单位", "发布部门", "所属机构", "信息来源", "发布日期", "成文日期", "发文日期", "生成日期",
        "印发日期", "公开日期", "发布时间", "发表时间", "发稿时间", "编稿时间", "更新时间", "发文字号", "文件编号", "主题分类", "组配分类",
        "信息分类", "内容分类", "体裁分类", "主题词", "公开方式", "公开范围", "公开时限", "公开形式", "公开属性",
        "有效性", "时效性", "是否有效", "公开目录", "索引号", "登记号", "来源", "文号",
        // Labels of the lines around the block (`分类：预算绩效`, `作者：办公室`, `标题：…`): a value
        // line under an empty label is never one of them.
        "标题", "文章标题", "信息名称", "分类", "信息类别", "作者", "责任编辑", "文章来源", "稿件来源",
    ].sorted { $0.count > $1.count }

    /// Labels of page counters and widgets (`浏览次数：`, `字体：[大 中 小]`): the field is dropped
    /// with its value.
    static let chrome: [String] = ["浏览次数", "访问次数", "阅读次数", "点击次数", "浏览量", "点击数", "点击量",
                                   "访问量", "阅读量", "字体", "字号", "文档格式", "上传时间", "下载次数", "文件大小"]
        .sorted { $0.count > $1.count }

    static let all: [String] = (fields + chrome).sorted { $0.count > $1.count }

    static func isChrome(_ label: String) -> Bool { chrome.contains(label) }

    /// The labels as scalars, for the line scanner.
    static let allScalars: [(label: String, scalars: [Unicode.Scalar])] = all.map { ($0, Array($0.unicodeScalars)) }
    static let chromeScalars: [(label: String, scalars: [Unicode.Scalar])] = chrome.map { ($0, Array($0.unicodeScalars)) }

    /// The first scalar of every label: a line without any of them is not metadata, which
    /// settles almost every body line at once.
    static let firstScalars: Set<Unicode.Scalar> = Set(all.compactMap { $0.unicodeScalars.first })

    /// The label `text` consists of, allowing spaces between its characters (`索 引 号`) and a
    /// trailing colon; nil when `text` is anything else.
    static func wholeLabel(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }
        let withoutColon = compact.hasSuffix(":") || compact.hasSuffix("：") ? String(compact.dropLast()) : compact
        return all.first { $0 == withoutColon }
    }
}
