import Foundation
import HTMLPlugin
import ReportCore
import Testing

@Suite struct HTMLBlockReaderTests {
    @Test func headingsKeepTheirLevel() throws {
        let document = try TestPages.read(TestPages.page("""
            <h1>标题</h1><h2>一、部门<br>基本情况</h2><h3>（一）部门概况</h3><h4>1.职能</h4><h5>（1）五级</h5><h6>六级</h6>
            """))
        #expect(document.blocks.map(\.kind) == (1...6).map { Block.Kind.heading(level: $0) })
        #expect(document.texts == ["标题", "一、部门 基本情况", "（一）部门概况", "1.职能", "（1）五级", "六级"])
        #expect(document.blocks.allSatisfy { $0.emphasized })
    }

    @Test func shortBoldCentredOrLargeParagraphsAreEmphasized() throws {
        let long = String(repeating: "正文很长的加粗段落，", count: 10)
        let document = try TestPages.read(TestPages.page("""
            <p><b>绩效自评得分情况表</b></p>
            <p align="center">（2024年）</p>
            <div style="text-align:center">居中的标题</div>
            <p><span style="font-size:22px">大字号标题</span></p>
            <p><font size="5">大字体标题</font></p>
            <p><span style="font-weight:bold">样式加粗</span></p>
            <p><strong>一部分加粗</strong>一部分不加粗</p>
            <p><b>\(long)</b></p>
            <center><p style="text-align:left">左对齐</p></center>
            <p>普通段落</p>
            """))
        let flags = document.blocks.map(\.emphasized)
        #expect(flags == [true, true, true, true, true, true, false, false, false, false])
    }

    @Test func breaksStayInsideTheParagraph() throws {
        let document = try TestPages.read(TestPages.page("""
            <p>目标1:提升信息化水平。<br>目标2:加强监管。<br><br>目标3:推进改革。</p><div>甲<div>乙</div>丙</div>
            """))
        #expect(document.texts == ["目标1:提升信息化水平。\n目标2:加强监管。\n目标3:推进改革。", "甲", "乙", "丙"])
    }

    @Test func whiteSpaceCollapsesAndNBSPIsASpace() throws {
        let document = try TestPages.read(TestPages.page("<p>&nbsp;&nbsp; 采购金额\n  1723.34&nbsp;万元&nbsp;</p><p>\u{3000}\u{3000}首行缩进</p>"))
        #expect(document.texts == ["采购金额 1723.34 万元", "首行缩进"])
    }

    /// A `<pre>` is a text copy pasted into the page: its lines reach core as a `.txt` file's
    /// do, spaces, empty lines and inline markup's text kept, so the layout readers see its columns.
    @Test func preformattedTextIsPlainTextLines() throws {
        let document = try TestPages.read(TestPages.page(
            "<p>前言</p><pre>\n一级指标    二级指标\n\n产出指标    <b>数量</b>指标<br>  满意度</pre><p>后记</p>"))
        #expect(document.blocks.map(\.kind) == [.paragraph, .line, .line, .line, .line, .paragraph])
        #expect(document.blocks.filter { $0.kind == .line }.map(\.text)
            == ["一级指标    二级指标", "", "产出指标    数量指标", "  满意度"])
        // Outside `<pre>` white space still collapses.
        #expect(document.texts == ["前言", "后记"])
    }

    // MARK: - Metadata blocks

    @Test func listWithLabelElementsAndValueBlocks() throws {
        let document = try TestPages.read(TestPages.page("""
            <ul><li>预决算与三公经费</li>
            <li><b>索引号</b><p>000014348/2023-00950</p></li>
            <li><b>发布机构</b><p>泸西县医疗保障局</p></li>
            <li><b>文号</b><p></p></li>
            <li><b>发布日期</b><p>2023-04-26</p></li></ul>
            """))
        #expect(document.texts == ["预决算与三公经费", "索引号：000014348/2023-00950", "发布机构：泸西县医疗保障局", "发布日期：2023-04-26"])
    }

    @Test func definitionList() throws {
        let document = try TestPages.read(TestPages.page("""
            <dl><dt>信息索引号:</dt><dd>11331022MB1686075F/2023-115183</dd><dt>主题分类:</dt><dd>医保</dd>
            <dt>有效性:</dt><dd></dd><dt>成文日期:</dt><dd>2023-07-27</dd></dl>
            """))
        #expect(document.texts == ["信息索引号：11331022MB1686075F/2023-115183", "主题分类：医保", "成文日期：2023-07-27"])
    }

    @Test func labelledSpansInOneLineWithCountersAndWidgets() throws {
        let document = try TestPages.read(TestPages.page("""
            <div class="info"><span>来源:遂宁市医疗保障局</span> <span>发布时间:2022-05-23 17:22</span>
            <span>浏览次数:<span id="v">35</span></span> <span>字体:[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</span></div>
            <div class="info2">2023-10-25 16:36 <span>来源:县医疗保障局</span>浏览次数:127</div>
            <p><span>索引号</span><span>000014348/2023-00950</span></p>
            """))
        #expect(document.texts == [
            "来源：遂宁市医疗保障局", "发布时间：2022-05-23 17:22",
            "2023-10-25 16:36", "来源：县医疗保障局",
            "索引号：000014348/2023-00950",
        ])
    }

    @Test func labelsInsideBodyTextAreNotMetadata() throws {
        let body = [
            "(二)资金来源：财政拨款320万元。",
            "根据文号为泸政办发[2012]49号的文件规定开展工作。",
            "来源广泛的资金保障了项目的顺利开展，" + String(repeating: "这是一段很长的正文，", count: 30),
        ]
        let document = try TestPages.read(TestPages.page(body.map { "<p>\($0)</p>" }.joined()))
        #expect(document.texts == body)
    }
}
