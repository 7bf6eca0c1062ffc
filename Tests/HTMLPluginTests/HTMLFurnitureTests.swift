import Foundation
@testable import HTMLPlugin
import ReportCore
import Testing

/// Site chrome is recognised from the DOM alone (landmarks, roles, hidden, link density,
/// small forms, generic chrome class words), never from one site's markup.
@Suite struct HTMLFurnitureTests {
    @Test func landmarksScriptsAndControlsAreDropped() throws {
        let document = try TestPages.read(TestPages.page("""
            <header><img src="logo.png" alt="某县人民政府"><p>某县人民政府门户网站</p></header>
            <nav><a href="/">首页</a><a href="/zwgk">政务公开</a></nav>
            <form action="/search"><input name="q"><button>搜索</button></form>
            <script>document.write("脚本文字")</script><style>p{color:red}</style><noscript>请启用脚本</noscript>
            <p>一、部门基本情况</p>
            <aside><h3>相关链接</h3><p>国家医疗保障局</p></aside>
            <iframe src="ad.html">广告</iframe>
            <footer><p>主办单位：某县人民政府办公室</p></footer>
            """))
        #expect(document.texts == ["一、部门基本情况"])
    }

    @Test func anArticlesOwnHeaderIsKept() throws {
        let document = try TestPages.read(TestPages.page("""
            <header>站点页头</header>
            <article><header><h1>某县医疗保障局2022年度部门整体支出绩效自评报告</h1></header><p>正文</p>
            <footer><p>某县医疗保障局</p><p>2023年3月8日</p></footer></article>
            """))
        #expect(document.texts == ["某县医疗保障局2022年度部门整体支出绩效自评报告", "正文", "某县医疗保障局", "2023年3月8日"])
    }

    @Test func hiddenElementsAreDropped() throws {
        let document = try TestPages.read(TestPages.page("""
            <div style="display: none">隐藏一</div><div style="VISIBILITY:hidden">隐藏二</div>
            <div hidden>隐藏三</div><span aria-hidden="true">隐藏四</span><input type="hidden" value="隐藏五">
            <div role="navigation"><p>导航</p></div>
            <p>可见的正文</p>
            """))
        #expect(document.texts == ["可见的正文"])
    }

    @Test func linkDenseBlocksAreDroppedButContentWithALinkIsKept() throws {
        let document = try TestPages.read(TestPages.page("""
            <div class="top"><a href="/login">登录</a> | <a href="/reg">注册</a></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk">政务公开</a> &gt;&gt; <a href="/jx">绩效评价</a></div>
            <div><a href="javascript:window.print()">【打印此页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
            <div class="x">分享至：<a href="#" class="wx"></a><a href="#" class="wb"></a></div>
            <p>根据<a href="/doc/1.html">《预算法》</a>有关规定，本局开展了2022年度部门整体支出绩效自评，自评得分98.98分，评价等级为“优”。</p>
            <p>附件【<a href="/f/绩效评价报告附件.rar">绩效评价报告附件.rar</a></p>
            """))
        #expect(document.texts == [
            "根据《预算法》有关规定，本局开展了2022年度部门整体支出绩效自评，自评得分98.98分，评价等级为“优”。",
            "附件【绩效评价报告附件.rar",
        ])
    }

    @Test func chromeClassWordsDropOnlySmallBlocks() throws {
        let long = String(repeating: "本段是正文内容，", count: 40)
        let document = try TestPages.read(TestPages.page("""
            <div id="footer"><p>主办单位：某县人民政府办公室</p><p>网站标识码：5300000000</p></div>
            <div class="breadcrumb">首页 &gt; 政务公开</div>
            <div class="mainMenu">首页 政务公开 互动交流</div>
            <div class="footer-wrapper-content"><p>\(long)</p></div>
            """))
        #expect(document.texts == [long])
    }

    @Test func classWordsAreSplitOnCaseAndPunctuation() {
        #expect(HTMLFurniture.words(in: "main-nav topBar share_box") == ["main", "nav", "top", "bar", "share", "box"])
    }
}

extension HTMLFurnitureTests {
    @Test func metadataBlockWithLinkedValuesIsKept() throws {
        let document = try TestPages.read(TestPages.page("""
            <div class="meta"><span>发布机构：<a href="/org/1">泸西县医疗保障局</a></span> <span>主题分类：<a href="/topic/9">医保</a></span></div>
            <div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
            <p>一、部门基本情况</p>
            """))
        #expect(document.texts == ["发布机构：泸西县医疗保障局", "主题分类：医保", "一、部门基本情况"])
    }
}
