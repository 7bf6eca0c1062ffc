import Foundation
import HTMLPlugin
import ReportCore
import ReportModel
import Testing

/// The charset is decided by the plugin (BOM, declaration, valid UTF-8, GB18030), never by
/// libxml2, whose strict GB2312 converter drops the rest of a page at 镕 or 𠮷.
@Suite struct HTMLCharsetTests {
    /// 镕 is outside GB2312, 𠮷 outside GBK (a four-byte GB18030 sequence).
    static let body = "<p>朱镕基同志视察𠮷祥村医保工作站</p><p>一、部门基本情况</p><p>最后一段</p>"

    @Test func declaredGB2312IsReadAsGB18030WithoutLosingText() throws {
        let html = TestPages.page(HTMLCharsetTests.body, head: "<meta charset=\"gb2312\">")
        let document = try TestPages.read(bytes: try TestPages.iconv(html, to: "GB18030"))
        #expect(document.encoding == "GB18030")
        #expect(document.texts == ["朱镕基同志视察𠮷祥村医保工作站", "一、部门基本情况", "最后一段"])
        // Declared and used differ by name: recorded, as information.
        #expect(document.diagnostics.map(\.code) == ["charset-superset"])
        #expect(document.diagnostics.first?.message.contains("'gb2312'") == true)
        #expect(document.diagnostics.first?.message.contains("'GB18030'") == true)
    }

    @Test func httpEquivDeclarationIsRead() throws {
        let html = TestPages.page(HTMLCharsetTests.body,
                                  head: "<META http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">")
        let document = try TestPages.read(bytes: try TestPages.iconv(html, to: "GB18030"))
        #expect(document.encoding == "GB18030")
        #expect(document.texts.first == "朱镕基同志视察𠮷祥村医保工作站")
    }

    @Test func undeclaredGBBytesAreGB18030() throws {
        let html = TestPages.page(HTMLCharsetTests.body, head: "")
        let document = try TestPages.read(bytes: try TestPages.iconv(html, to: "GB18030"))
        #expect(document.encoding == "GB18030")
        #expect(document.texts.count == 3)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func undeclaredUTF8IsUTF8() throws {
        let document = try TestPages.read(TestPages.page(HTMLCharsetTests.body, head: ""))
        #expect(document.encoding == "UTF-8")
        #expect(document.texts.first == "朱镕基同志视察𠮷祥村医保工作站")
        #expect(document.diagnostics.isEmpty)
    }

    @Test func staleGBDeclarationOnUTF8BytesIsAWarning() throws {
        // A page saved as UTF-8 that kept its original meta.
        let document = try TestPages.read(TestPages.page(HTMLCharsetTests.body, head: "<meta charset=\"gb2312\">"))
        #expect(document.encoding == "UTF-8")
        #expect(document.texts.first == "朱镕基同志视察𠮷祥村医保工作站")
        let warning = try #require(document.diagnostics.first)
        #expect(warning.code == "charset-mismatch")
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("'gb2312'") && warning.message.contains("'UTF-8'"))
    }

    @Test func falseUTF8DeclarationOnGBBytesIsAWarning() throws {
        let html = TestPages.page(HTMLCharsetTests.body, head: "<meta charset=\"utf-8\">")
        let document = try TestPages.read(bytes: try TestPages.iconv(html, to: "GB18030"))
        #expect(document.encoding == "GB18030")
        #expect(document.texts.first == "朱镕基同志视察𠮷祥村医保工作站")
        #expect(document.diagnostics.map(\.code) == ["charset-mismatch"])
    }

    @Test func latin1LabelOnChinesePageIsOverridden() throws {
        let html = TestPages.page(HTMLCharsetTests.body, head: "<meta charset=\"iso-8859-1\">")
        let document = try TestPages.read(bytes: try TestPages.iconv(html, to: "GB18030"))
        #expect(document.encoding == "GB18030")
        #expect(document.texts.first == "朱镕基同志视察𠮷祥村医保工作站")
        #expect(document.diagnostics.map(\.code) == ["charset-mismatch"])
    }

    @Test func badBytesBecomeReplacementCharactersWithAWarning() throws {
        var bytes = [UInt8](TestPages.page("<p>前文XX后文</p>", head: "<meta charset=\"utf-8\">").utf8)
        let x = bytes.firstIndex(of: UInt8(ascii: "X"))!
        bytes[x] = 0xFF
        bytes[x + 1] = 0xFE
        let document = try TestPages.read(bytes: Data(bytes))
        #expect(document.texts == ["前文\u{FFFD}\u{FFFD}后文"])
        #expect(document.diagnostics.contains { $0.code == "invalid-bytes" })
    }

    @Test func byteOrderMarksDecide() throws {
        let html = TestPages.page(HTMLCharsetTests.body, head: "<meta charset=\"gb2312\">")
        let utf8 = try TestPages.read(bytes: Data([0xEF, 0xBB, 0xBF] + Array(html.utf8)))
        #expect(utf8.encoding == "UTF-8")
        #expect(utf8.diagnostics.map(\.code) == ["charset-mismatch"])
        let le = Data([0xFF, 0xFE] + Array(html.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let utf16 = try TestPages.read(bytes: le)
        #expect(utf16.encoding == "UTF-16LE")
        #expect(utf16.texts == utf8.texts)
    }

    @Test func declarationInsideACommentIsIgnored() throws {
        let html = "<!-- <meta charset=\"big5\"> --><html><head></head><body>\(HTMLCharsetTests.body)</body></html>"
        let document = try TestPages.read(html)
        #expect(document.encoding == "UTF-8")
        #expect(document.diagnostics.isEmpty)
    }
}
