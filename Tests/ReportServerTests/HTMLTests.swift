@testable import ReportServer
import Testing

/// The one escaping rule, and the parsers that decide what a request can name.
@Suite struct HTMLTests {
    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        let title = "<script>alert(\"x\")</script> & 'y'"
        let cell: HTML = "<td title=\"\(title)\">\(title)</td>"
        #expect(cell.text == "<td title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;\">"
            + "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</td>")
        let nested: HTML = "<tr>\(cell)</tr>"
        #expect(nested.text == "<tr>" + cell.text + "</tr>")
        let missing: String? = nil
        #expect(("<p>\(missing)</p>" as HTML).text == "<p></p>")
    }

    @Test func formQueriesDecodeLikeABrowserSendsThem() {
        let q = QueryParameters("q=%E5%8C%BB%E4%BF%9D+%E5%8E%BF&kind=&year=2022&x=a%2Bb")
        #expect(q["q"] == "医保 县" && q["kind"] == nil && q["year"] == "2022" && q["x"] == "a+b" && q["none"] == nil)
        #expect(QueryParameters.encode([("q", "医保 县&"), ("kind", nil), ("page", "2")]) == "?q=%E5%8C%BB%E4%BF%9D%20%E5%8E%BF%26&page=2")
    }

    @Test func onlyWellFormedIDsNameStoredThings() {
        let hex = String(repeating: "ab", count: 32)
        #expect(StoredID.sha256(hex) == hex && StoredID.contentId("sha256:" + hex) == "sha256:" + hex)
        for bad in ["../" + hex, hex.uppercased(), String(hex.dropLast()), hex + "0", "", "sha256:" + hex] {
            #expect(StoredID.sha256(bad) == nil, "\(bad)")
        }
        #expect(StoredID.contentId(hex) == nil && StoredID.contentId("sha256:../x") == nil)
    }

    @Test func chartAxisEndsOnARoundNumber() {
        #expect(BarChart.niceCeiling(87) == 100 && BarChart.niceCeiling(101) == 200 && BarChart.niceCeiling(0.3) == 0.5)
        let svg = BarChart.svg([.init(label: "<b>县</b> 2022", value: 95.5)], caption: "rate", unit: "%").text
        #expect(svg.contains("&lt;b&gt;县&lt;/b&gt; 2022") && !svg.contains("<b>"))
    }

    @Test func downloadNamesCarryChineseSafely() {
        #expect(Downloads.disposition("自评\"表.txt") == "attachment; filename=\"____.txt\"; filename*=UTF-8''%E8%87%AA%E8%AF%84%22%E8%A1%A8.txt")
    }
}
