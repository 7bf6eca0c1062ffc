import Foundation
@testable import ReportCore
import ReportModel
import Testing

@Suite struct HeadingTreeTests {
    @Test func numberingStyles() throws {
        let cases: [(String, HeadingNumber.Style, String)] = [
            ("一、部门基本情况", .chinese, "部门基本情况"), ("十二．其他", .chinese, "其他"),
            ("(一)部门概况", .parenChinese, "部门概况"), ("（二）绩效目标", .parenChinese, "绩效目标"),
            ("1. 部门职能职责", .arabic, "部门职能职责"), ("2、过程管理", .arabic, "过程管理"), ("3．产出", .arabic, "产出"),
            ("(1)资金管理", .parenArabic, "资金管理"), ("（2）数量指标", .parenArabic, "数量指标"), ("第三部分 结论", .chapter, "结论"),
        ]
        for (line, style, rest) in cases {
            let (n, r) = try #require(HeadingNumber.parse(line), "\(line)")
            #expect(n.style == style, "\(line)")
            #expect(r == rest, "\(line)")
        }
        for line in ["2023年,我局设立", "2.5万元", "一是打造清廉医保", "100%", "12345.6"] {
            #expect(HeadingNumber.parse(line) == nil, "\(line)")
        }
    }

    /// The scalar test before the patterns lets every numbering through (spaces, a lost opening
    /// bracket, several numerals) and stops lines that merely open with 一 or a bracket.
    @Test func numeralAndBracketLinesBeforeThePatterns() throws {
        for (line, style) in [("二十一 、其他", HeadingNumber.Style.chinese), ("三）当年支出", .parenChinese), ("（ 四 ）目标", .parenChinese),
                              ("( 3 )成本", .parenArabic), ("一百零一．附则", .chinese)] {
            #expect(try #require(HeadingNumber.parse(line), "\(line)").0.style == style, "\(line)")
        }
        for line in ["一年来，我局", "（万元）", "(A)预算数", "（", "一", "二〇二三年", "一 是"] {
            #expect(HeadingNumber.parse(line) == nil, "\(line)")
        }
    }

    @Test func longNumberedLineSplitsIntoTitleAndParagraph() throws {
        let (n, title, rest) = try #require(SectionTreeBuilder.heading("(一)坚持围绕中心,有效助力疫情防控。认真贯彻落实国家和省、州新冠病毒疫苗及接种费用保障的政策规定和相关要求,慎终如始。"))
        #expect(n.text == "(一)")
        #expect(title == "坚持围绕中心,有效助力疫情防控")
        #expect(rest?.hasPrefix("认真贯彻") == true)
    }

    @Test func irregularNumberingNestsByStyle() throws {
        let report = try buildFromLines("""
            报告标题2023年绩效自评报告
            一、总体情况
            1、项目决策
            正文一。
            2.过程管理
            (1)资金管理
            正文二。
            2.组织管理
            二、结论
            """)
        let titles = report.sections.map { ($0.number ?? "") + $0.title }
        #expect(titles == ["一、总体情况", "二、结论"])
        let first = report.sections[0]
        #expect(first.sections.map(\.title) == ["项目决策", "过程管理", "组织管理"])
        #expect(first.sections[1].sections.map(\.title) == ["资金管理"])
        #expect(first.sections[1].sections[0].level == 3)
        #expect(first.sections[1].sections[0].paragraphs == ["正文二。"])
    }

    /// The level-1 heading titles of every seed.
    @Test(arguments: [
        ("000_e82f18c061ea3c91.txt", ["部门基本情况", "年度工作计划及重点工作任务", "年度部门整体支出绩效目标", "部门整体支出绩效目标实现情况",
                                      "绩效自评结论", "部门整体支出绩效中存在的问题及下一步工作打算", "其他需要说明的情况"]),
        ("001_17f5b4d2682cfcf2.txt", ["绩效目标分解下达情况", "绩效情况分析", "偏离绩效目标的原因及改进措施", "绩效自评结果拟应用和公开情况", "其他需要说明的问题"]),
        ("002_46cbd641e677e2d2.txt", []),
        ("003_5df99de71ad1aeeb.txt", ["上半年工作总结", "存在问题", "下半年工作计划"]),
        ("004_78d1ee8d1c119a5d.txt", ["绩效目标分解下达情况", "绩效目标完成情况分析", "偏离绩效目标的原因和下一步改进措施", "绩效自评结果拟应用和公开情况"]),
    ])
    func seedHeadingTree(file: String, titles: [String]) throws {
        let text = String(decoding: try Repo.sampleData(file), as: UTF8.self)
        let report = try buildFromLines(text, file: file)
        #expect(report.sections.filter { $0.number != nil }.map(\.title) == titles)
        #expect(report.sections.allSatisfy { $0.level == 1 })
        if file.hasPrefix("000") {
            let first = report.sections[0]
            #expect(first.sections.map(\.title) == ["部门概况"])
            #expect(first.sections[0].sections.map(\.title) == ["部门职能职责", "机构设置及人员情况"])
            #expect(first.sections[0].sections[0].level == 3)
        }
    }
}
