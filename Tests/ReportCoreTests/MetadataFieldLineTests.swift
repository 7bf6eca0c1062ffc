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
}
