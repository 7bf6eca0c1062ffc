import Foundation
@testable import HTMLPlugin
import Testing

/// The `<meta>` declarations pages write, found by the byte scan.
@Suite struct HTMLCharsetDeclarationTests {
    @Test(arguments: [
        ("<meta charset=\"gb2312\">", "gb2312"),
        ("<META CHARSET=GBK>", "GBK"),
        ("<meta charset = 'utf-8' />", "utf-8"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\">", "GB18030"),
        ("<meta content='text/html;charset=x-gbk' http-equiv='content-type'>", "x-gbk"),
        ("<!-- <meta charset=\"big5\"> --><meta charset=\"utf-8\">", "utf-8"),
        ("<html><head><title>t</title><meta name=\"keywords\" content=\"绩效\"><meta charset=\"gbk\">", "gbk"),
    ])
    func findsTheDeclaration(_ head: String, _ expected: String) {
        #expect(HTMLCharset.declaredCharset(in: Array(head.utf8)) == expected)
    }

    @Test(arguments: [
        "<html><head><title>charset=gbk</title></head>",
        "<!-- <meta charset=\"gbk\"> -->",
        "<meta name=\"description\" content=\"报告\">",
        "<!-- unclosed comment <meta charset=\"gbk\">",
    ])
    func ignoresWhatIsNotADeclaration(_ head: String) {
        #expect(HTMLCharset.declaredCharset(in: Array(head.utf8)) == nil)
    }

    @Test func onlyTheFirstFewKilobytesAreScanned() {
        let head = String(repeating: " ", count: HTMLCharset.scanLength) + "<meta charset=\"gbk\">"
        #expect(HTMLCharset.declaredCharset(in: Array(head.utf8)) == nil)
    }
}
