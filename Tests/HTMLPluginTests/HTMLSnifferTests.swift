import Foundation
import HTMLPlugin
import Testing

@Suite struct HTMLSnifferTests {
    let plugin = HTMLFormatPlugin()

    @Test(arguments: [
        "<!DOCTYPE html><html><body>x</body></html>",
        "\n  <!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        "<html lang=\"zh\"><head>",
        "<HTML><HEAD><META http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
        "<meta charset=\"utf-8\"><title>t</title>",
        "<table border=1><tr><td>一级指标</td></tr></table>",
        "<!-- saved page --><html><body>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">",
    ])
    func sniffsMarkup(_ text: String) {
        #expect(plugin.sniff(Data(text.utf8)))
        #expect(plugin.sniff(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))), "after a UTF-8 BOM")
    }

    @Test func sniffsUTF16WithAndWithoutBOM() {
        let page = "<!DOCTYPE html><html><body>绩效自评报告</body></html>"
        let le = Array(page.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = Array(page.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(plugin.sniff(Data([0xFF, 0xFE] + le)))
        #expect(plugin.sniff(Data([0xFE, 0xFF] + be)))
        #expect(plugin.sniff(Data(le)))
        #expect(plugin.sniff(Data(be)))
    }

    @Test func sniffsGB18030Page() throws {
        let data = try TestPages.iconv("<html><head><meta charset=\"gb2312\"></head><body>泸西县医疗保障局</body></html>", to: "GB18030")
        #expect(plugin.sniff(data))
    }

    @Test(arguments: [
        "",
        "泸西县医疗保障局2022年度部门整体支出绩效自评报告\n一、部门基本情况",
        "The report mentions <table> in its prose.",
        "%PDF-1.7\n%âãÏÓ",
        "一级指标 | 二级指标 | <html>",
    ])
    func rejectsNonHTML(_ text: String) {
        #expect(!plugin.sniff(Data(text.utf8)))
    }

    @Test func claimsItsExtensions() {
        #expect(plugin.id == "html")
        #expect(Set(plugin.fileExtensions) == ["html", "htm", "shtml", "xhtml"])
        #expect(plugin.mediaTypes.contains("text/html"))
    }
}
