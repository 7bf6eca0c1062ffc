/// The labels of the metadata block government pages carry above a document.
enum MetadataLabel: String, CaseIterable {
    case indexNumber = "索引号"
    /// The page's own title field (`- 标题: …`), which names the document.
    case title = "标题"
    case issuer = "发布机构"
    case publishedOn = "发布日期"
    case postedAt = "发布时间"
    case writtenOn = "成文日期"
    case updatedAt = "更新时间"
    case documentNumber = "文号"
    case source = "来源"
    case topic = "主题分类"
    /// Labels of the block whose value no field needs (公开方式, 作者, 栏目…): the line is still
    /// metadata, not body text or a title.
    case other

    /// Every spelling, longest first so that 信息索引号 wins over 索引号.
    ///
    /// The block labels every page template uses, and the chrome labels that share its lines
    /// (`作者：… 发布时间：…`, `分类：预算绩效`, `栏目：…`). A province's block spells its fields
    /// its own way (`文件名称 | 统一登记号 | 索引号 | 发文编号 | 公开责任部门 | 生效日期 | 有效期`):
    /// each is listed whole, because a label found inside an unknown longer one (`文号` in
    /// `发文编号`) would take the next field's label for the previous field's value. Kept in step with the HTML plugin's
    /// `HTMLMetadataLabels.fields`, which rewrites markup blocks into these label lines.
    static let spellings: [(String, MetadataLabel)] = [
        ("标题", .title), ("文章标题", .title), ("信息标题", .title), ("信息名称", .title), ("文件名称", .title),
        ("信息索引号", .indexNumber), ("索引号", .indexNumber),
        ("发布机构", .issuer), ("发文机关", .issuer), ("发布单位", .issuer), ("发文单位", .issuer),
        ("发布部门", .issuer), ("所属机构", .issuer),
        ("发布日期", .publishedOn), ("公开日期", .publishedOn), ("日期", .publishedOn), ("发布时间", .postedAt), ("发表时间", .postedAt), ("发稿时间", .postedAt), ("编稿时间", .postedAt), ("时间", .postedAt),
        ("成文日期", .writtenOn), ("生成日期", .writtenOn), ("成文时间", .writtenOn), ("发文日期", .writtenOn), ("印发日期", .writtenOn),
        ("更新时间", .updatedAt), ("更新日期", .updatedAt),
        ("文号", .documentNumber), ("发文字号", .documentNumber), ("发布文号", .documentNumber), ("文件编号", .documentNumber), ("发文编号", .documentNumber),
        ("信息来源", .source), ("来源", .source), ("稿件来源", .source), ("文章来源", .source),
        ("主题分类", .topic), ("组配分类", .other), ("体裁分类", .other), ("服务对象分类", .other), ("信息分类", .other), ("内容分类", .other),
        ("信息类别", .other), ("分类", .other), ("所属栏目", .other), ("栏目", .other),
        ("公开方式", .other), ("公开范围", .other), ("公开时限", .other), ("公开形式", .other), ("公开属性", .other),
        ("有效性", .other), ("时效性", .other), ("是否有效", .other), ("公开目录", .other), ("公开责任部门", .other),
        ("生效日期", .other), ("有效期", .other), ("失效日期", .other),
        ("文件登记号", .other), ("规范性文件登记号", .other), ("统一登记号", .other), ("登记号", .other), ("浏览次数", .other),
        ("访问量", .other), ("浏览量", .other), ("阅读次数", .other), ("点击数", .other), ("字体", .other), ("字号", .other), ("责任部门", .other),
        ("关键词", .other), ("主题词", .other), ("作者", .other), ("责任编辑", .other), ("编辑", .other), ("审核", .other),
        ("供稿", .other),
        // A document-sharing site's line over the file it shows: its upload time is not the
        // report's publishing date.
        ("文档格式", .other), ("页数", .other), ("上传时间", .other), ("上传者", .other), ("下载次数", .other), ("文件大小", .other),
    ].sorted { $0.0.count > $1.0.count }

    /// The spellings by their first character, longest first: the line scan looks up only
    /// the labels that can start where it stands.
    static let byFirstCharacter: [Character: [(String, MetadataLabel)]] =
        Dictionary(grouping: spellings, by: { $0.0.first! })

    /// Where `spelling` ends if `text` starts with it, its characters perhaps spaced out: a page
    /// aligns its short labels with the long ones by spaces between their characters (`索 引 号`,
    /// `文　　号`, `标&nbsp;&nbsp;题` copied as NBSP), any kind of space, but not before the first.
    static func end(of spelling: String, in text: Substring) -> String.Index? {
        var i = text.startIndex
        for (k, c) in spelling.enumerated() {
            if k > 0 {
                while i < text.endIndex, text[i].unicodeScalars.allSatisfy(\.isSpaceLike) { i = text.index(after: i) }
            }
            guard i < text.endIndex, text[i] == c else { return nil }
            i = text.index(after: i)
        }
        return i
    }

    /// Short, common words that are a label only with a colon after them (`时间：2021-03-18`,
    /// `分类：预算绩效`), never when they run on into text (`时间节点…`, `分类施策…`).
    static let needColon: Set<String> = ["日期", "时间", "分类", "栏目", "作者", "编辑", "审核", "供稿", "页数"]

}
