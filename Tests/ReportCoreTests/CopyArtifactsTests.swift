@testable import ReportCore
import Testing

@Suite struct CopyArtifactsTests {
    @Test func entitiesAScraperLeftAreDecoded() {
        #expect(CopyArtifacts.removed(from: "索&nbsp;引&nbsp;号：A-2023", isLine: true) == "索\u{A0}引\u{A0}号：A-2023")
        #expect(CopyArtifacts.removed(from: "投诉率&lt;5%", isLine: false) == "投诉率<5%")
        #expect(CopyArtifacts.removed(from: "&#8805;90%、&#x2264;3天", isLine: false) == "≥90%、≤3天")
        // Escaped twice.
        #expect(CopyArtifacts.removed(from: "年度&amp;nbsp;资金", isLine: false) == "年度\u{A0}资金")
    }

    @Test func ampersandsThatOpenNoEntityStay() {
        #expect(CopyArtifacts.removed(from: "R&D经费", isLine: false) == "R&D经费")
        #expect(CopyArtifacts.removed(from: "A&B;C", isLine: false) == "A&B;C")
        #expect(CopyArtifacts.removed(from: "收入&支出 & 结余", isLine: false) == "收入&支出 & 结余")
        // A control character's number is no text: left as written.
        #expect(CopyArtifacts.removed(from: "a&#1;b", isLine: false) == "a&#1;b")
    }

    @Test func zeroWidthCharactersGo() {
        #expect(CopyArtifacts.removed(from: "产\u{200B}出指\u{FEFF}标\u{00AD}", isLine: true) == "产出指标")
        #expect(CopyArtifacts.removed(from: "数量\u{200D}指标", isLine: false) == "数量指标")
    }

    @Test func markdownHeadingMarksGoFromLinesOnly() {
        #expect(CopyArtifacts.removed(from: "## 一、基本情况", isLine: true) == "一、基本情况")
        #expect(CopyArtifacts.removed(from: "###### （一）项目概况", isLine: true) == "（一）项目概况")
        // No space after the marks, seven marks, or a cell: not a heading mark.
        #expect(CopyArtifacts.removed(from: "#3机组检修", isLine: true) == "#3机组检修")
        #expect(CopyArtifacts.removed(from: "####### 一、", isLine: true) == "####### 一、")
        #expect(CopyArtifacts.removed(from: "# 一、基本情况", isLine: false) == "# 一、基本情况")
    }

    @Test func boldMarksWrappingALineGo() {
        #expect(CopyArtifacts.removed(from: "**一、基本情况**", isLine: true) == "一、基本情况")
        #expect(CopyArtifacts.removed(from: "**合计**", isLine: false) == "合计")
        // A page's hidden names, marks inside a line, a rule of stars: left as written.
        #expect(CopyArtifacts.removed(from: "张**、李**", isLine: true) == "张**、李**")
        #expect(CopyArtifacts.removed(from: "**注**：以上为初步数据", isLine: true) == "**注**：以上为初步数据")
        #expect(CopyArtifacts.removed(from: "**********", isLine: true) == "**********")
        #expect(CopyArtifacts.removed(from: "**a** **b**", isLine: true) == "**a** **b**")
    }

    @Test func textWithNoneIsReturnedAsIs() {
        let line = "年度资金总额 | 300 | 270 | 90%"
        #expect(CopyArtifacts.removed(from: line, isLine: true) == line)
    }
}
