import Foundation
import HTMLPlugin
import ReportCore
import Testing

/// Pages that are empty, all chrome, truncated, absurdly deep or hostile give a clear error or a
/// clear result, quickly. Big inputs are generated here, not committed.
@Suite struct HTMLBadInputTests {
    @Test func emptyFileIsAnEmptyError() {
        #expect(throws: ConversionError.empty(file: "empty.html")) {
            try TestPages.read(bytes: Data(), name: "empty.html")
        }
    }

    @Test func pageWithoutTextIsANoContentError() {
        #expect(throws: ConversionError.noContent(file: "blank.html", reason: "the page holds no text")) {
            try TestPages.read("<!DOCTYPE html><html><head></head><body> \n&nbsp; <div></div></body></html>", name: "blank.html")
        }
        #expect(throws: ConversionError.noContent(file: "ws.html", reason: "the page holds no text")) {
            try TestPages.read("   \n\t  ", name: "ws.html")
        }
    }

    @Test func allChromePageIsANoContentError() {
        let page = TestPages.page("""
            <div class="top"><a href="/login">登录</a> | <a href="/register">注册</a></div>
            <nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>
            <div style="display:none">隐藏的内容</div><script>var text = "脚本里的字";</script>
            <form><input placeholder="请输入关键字"><button>搜索</button></form>
            <footer>主办单位：某县人民政府 网站标识码：5300000000</footer>
            """)
        #expect(throws: ConversionError.noContent(
            file: "chrome.html", reason: "the page holds only navigation, scripts, hidden text and other page furniture")) {
            try TestPages.read(page, name: "chrome.html")
        }
    }

    @Test func truncatedPageKeepsWhatArrived() throws {
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>某县医疗保障局2022年度部门整体支出绩效自评报告</h1>
            <p>一、部门基本情况</p><p>正文内容</p><table><tr><td>一级指标</td><td>二级指标</td></tr><tr><td>产出指标</td><td>数量
            """
        let document = try TestPages.read(page)
        #expect(document.texts == ["某县医疗保障局2022年度部门整体支出绩效自评报告", "一、部门基本情况", "正文内容"])
        #expect(document.tables.first?.rows == [["一级指标", "二级指标"], ["产出指标", "数量"]])
    }

    @Test func truncatedInsideAMultibyteCharacterStaysUTF8() throws {
        // "…<p>正文" with the last byte of 文 cut off: still UTF-8, not GB18030 mojibake.
        let bytes = Array("<html><body><p>一、部门基本情况</p><p>正文".utf8).dropLast()
        let document = try TestPages.read(bytes: Data(bytes))
        #expect(document.encoding == "UTF-8")
        #expect(document.texts == ["一、部门基本情况", "正\u{FFFD}\u{FFFD}"])
        #expect(document.diagnostics.contains { $0.code == "invalid-bytes" })
    }

    @Test func truncatedInsideATag() throws {
        let document = try TestPages.read("<html><body><p>一、部门基本情况</p><p>正文内容</p><table><tr><td colspan=\"")
        #expect(document.texts == ["一、部门基本情况", "正文内容"])
    }

    @Test func hundredThousandNestedDivsAreReadWithoutRecursion() throws {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>一、深处的正文</p>"
            + String(repeating: "</div>", count: depth) + "<p>二、之后的正文</p></body></html>"
        let document = try TestPages.read(page)
        #expect(document.texts == ["一、深处的正文", "二、之后的正文"])
    }

    @Test func deeplyNestedTablesAndInlineElements() throws {
        let depth = 20_000
        let tables = String(repeating: "<table><tr><td>", count: depth) + "<p>一、表格深处</p>"
            + String(repeating: "</td></tr></table>", count: depth)
        let inline = String(repeating: "<b><span>", count: depth) + "二、加粗深处" + String(repeating: "</span></b>", count: depth)
        let document = try TestPages.read("<html><body>\(tables)<p>\(inline)</p></body></html>")
        #expect(document.texts == ["一、表格深处", "二、加粗深处"])
        #expect(document.tables.isEmpty)
    }

    @Test func unclosedNestingIsReadToo() throws {
        let page = "<html><body>" + String(repeating: "<div><span>", count: 50_000) + "<p>一、深处的正文</p></body></html>"
        let document = try TestPages.read(page)
        #expect(document.texts == ["一、深处的正文"])
    }

    @Test func entityBombIsNotExpanded() throws {
        var declarations = "<!ENTITY lol0 \"哈哈哈哈哈哈哈哈哈哈\">"
        for i in 1...9 {
            declarations += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">"
        }
        let page = "<!DOCTYPE html [\(declarations)]><html><body><p>&lol9;</p><p>一、正文</p></body></html>"
        let document = try TestPages.read(page)
        // A browser shows an unknown entity reference as written; nothing is expanded.
        #expect(document.texts == ["&lol9;", "一、正文"])
        #expect(document.diagnostics.map(\.code) == ["doctype-subset-ignored"])
    }

    /// An unclosed `<!DOCTYPE html [` ends where the declarations end; the page after it stays.
    @Test func unclosedDoctypeSubsetKeepsThePage() throws {
        let page = "<!DOCTYPE html [\n<!ENTITY a \"x > ] y\">\n<html><body><p>一、正文</p><script>if (a[1]>0) {}</script><p>二、结语</p></body></html>"
        let document = try TestPages.read(page)
        #expect(document.texts == ["一、正文", "二、结语"])
        #expect(document.diagnostics.map(\.code) == ["doctype-subset-ignored"])
        let bare = try TestPages.read("<!DOCTYPE html [<html><body><p>一、正文</p></body></html>")
        #expect(bare.texts == ["一、正文"])
    }

    /// A NUL that fell inside a character is dropped before decoding: the character stays whole.
    @Test func controlBytesAreDroppedBeforeDecoding() throws {
        var bytes = Array(TestPages.page("<p>一、绩效目标完成情况</p>").utf8)
        let at = bytes.firstIndex(of: 0xE7)! + 1   // inside 绩 (E7 BB A9)
        bytes.insert(0x00, at: at)
        let document = try TestPages.read(bytes: Data(bytes))
        #expect(document.texts == ["一、绩效目标完成情况"])
        #expect(document.diagnostics.map(\.code) == ["control-bytes"])
        #expect(document.diagnostics.first?.message.contains("offset(s) \(at)") == true)
    }

    /// Random bytes named .html are not a page: an error, not a report of tag soup.
    @Test func randomBytesAreNotAPage() {
        var state: UInt64 = 7
        let bytes = (0..<200_000).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        do {
            _ = try TestPages.read(bytes: Data(bytes), name: "noise.html")
            Issue.record("random bytes converted")
        } catch let error as ConversionError {
            #expect(error.description.contains("not an HTML page"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func externalEntitiesAndNetworkAreNotUsed() throws {
        let page = """
            <!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
            <html><body><p>&ext;</p><p>正文</p></body></html>
            """
        let document = try TestPages.read(page)
        #expect(document.texts == ["&ext;", "正文"])
        #expect(!document.texts.joined().contains("root:"))
    }

    @Test func binaryGarbageIsReadAsTextOrRejectedClearly() {
        // A fixed seed: the same bytes every run, so a failure can be repeated.
        var state: UInt64 = 0x5EED_2026
        let bytes = (0..<20_000).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        do {
            let document = try TestPages.read(bytes: Data(bytes))
            #expect(!document.blocks.isEmpty)
        } catch let error as ConversionError {
            #expect(!error.description.isEmpty)
        } catch {
            Issue.record("unexpected error type: \(error)")
        }
    }
}
