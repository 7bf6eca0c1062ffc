import Testing
@testable import ReportCore

/// A line that opens with a field of a page's metadata block starts a paragraph of its own.
@Suite struct MetadataFieldLineTests {
    @Test func fieldsWithTheirColonOpenALine() {
        for text in ["发布时间:2025-05-15 09:12 来源:州医疗保障局", "来源：县医疗保障局", "【发布日期：2023-06-02】",
                     "- 发布机构: 市医保局", "文档格式：xlsx 页数：1", "时间：2021-03-18", "索引号：11330521/2023-00417"] {
            #expect(MetadataFieldLine.opens(text), "\(text)")
        }
    }

    /// A label word running on into text, or a field's name without its colon, is body text.
    @Test func labelsRunningIntoTextDoNot() {
        for text in ["时间节点把控不严，部分项目进度滞后。", "来源于中央财政的资金", "分类施策，精准救助",
                     "发布时间", "全市兑付补贴资金来源：中央财政", ""] {
            #expect(!MetadataFieldLine.opens(text), "\(text)")
        }
    }

    /// Short labels spaced out to the long ones' width, with any kind of space: NBSP (a page's
    /// `&nbsp;` copied as text), ideographic spaces, ASCII spaces.
    @Test func spacedLabelsOpenALine() {
        for text in ["索\u{00A0}引\u{00A0}号：11330521/2023-00417", "文\u{3000}\u{3000}号：某医保〔2024〕5号", "标 题：某县2023年度自评报告"] {
            #expect(MetadataFieldLine.opens(text), "\(text)")
        }
        // Spaced before the first character, or a label split by other text, is none.
        for text in ["索引 表：第3页", "文 件号：1", "来 往 单 位：某局"] {
            #expect(!MetadataFieldLine.opens(text), "\(text)")
        }
    }

    /// The metadata block reads the spaced labels' values, and a spaced word that is no label
    /// inside a value stays in it.
    @Test func spacedLabelsAreRead() throws {
        let r = try buildFromLines("""
            标\u{3000}\u{3000}题：青禾县医疗保障局2023年度部门整体支出绩效自评报告
            索\u{00A0}引\u{00A0}号：qhyb/2024-00031
            发布机构：青禾县医疗保障局
            文\u{00A0}\u{00A0}\u{00A0}\u{00A0}号：青医保〔2024〕5号
            发\u{3000}布\u{3000}日\u{3000}期：2024-05-16
            青禾县医疗保障局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            正文。
            """)
        #expect(r.metadata.indexNumber == "qhyb/2024-00031")
        #expect(r.metadata.publishedOn == "2024-05-16")
        #expect(r.metadata.issuer == "青禾县医疗保障局")
        #expect(r.sections.map(\.title) == ["部门基本情况"])
    }
}
