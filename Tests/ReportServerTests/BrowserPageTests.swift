import Foundation
import ReportArchive
import Testing
import TestSupport

/// Each page loaded by headless Chromium from a running `reportconv serve`, checked for what a
/// reader sees. Few and serial: each Chromium start costs a second or two of both cores.
@Suite(.serialized) struct BrowserPageTests {
    @Test func searchPageFindsPagesAndFilters() throws {
        let server = try ServedArchive.start(try ServedArchive.sqlite.get())
        defer { _ = try? server.stop() }

        // All 32 reports, 20 to a page: the first page links to the second, which has the rest.
        let all = try Chromium.dumpDOM(server.address("/"))
        #expect(all.contains("32 份报告 reports · 第 1 / 2 页"), "\(all.prefix(3000))")
        #expect(all.components(separatedBy: "href=\"/report/sha256:").count - 1 == 20)
        #expect(all.contains("href=\"/?page=2\" rel=\"next\""))
        let second = try Chromium.dumpDOM(server.address("/?page=2"))
        #expect(second.components(separatedBy: "href=\"/report/sha256:").count - 1 == 12)

        // A two-character Chinese term (no trigram: the substring fallback) with a year filter.
        let found = try Chromium.dumpDOM(server.address("/?q=%E5%8C%BB%E4%BF%9D&year=2022"))
        let count = try #require(found.firstMatch(of: /(\d+) 份报告 reports/)).1
        #expect(Int(count)! > 0 && Int(count)! < 32, "\(count)")
        #expect(found.contains("<option value=\"2022\" selected=\"\">2022</option>"))
        let years = found.matches(of: /<td class="n">(20\d\d)<\/td>/).map { String($0.1) }
        #expect(!years.isEmpty && years.allSatisfy { $0 == "2022" }, "\(years)")
    }

    @Test func reportPageShowsEverythingWithUnmetTargetsMarked() throws {
        let db = try ServedArchive.sqlite.get()
        let archive = try Archive(try ArchiveLocation(db), readOnly: true)
        // A report with an unmet indicator that has a note, and the seed with two sources.
        let unmet = try archive.query("SELECT content_id, name, note FROM indicators WHERE met = 0 AND note IS NOT NULL ORDER BY content_id LIMIT 1").rows[0]
        let seed = try archive.query("SELECT content_id FROM sources WHERE file LIKE '000_%' LIMIT 1").rows[0][0].cellText
        let server = try ServedArchive.start(db)
        defer { _ = try? server.stop() }

        let page = try Chromium.dumpDOM(server.address("/report/" + unmet[0].cellText))
        for id in ["funds", "indicators", "scores", "sources", "sections"] { #expect(page.contains("id=\"\(id)\""), "no #\(id)") }
        let unmetRow = try #require(page.firstMatch(of: /<tr class="unmet">(.*?)<\/tr>/.dotMatchesNewlines()))
        #expect(unmetRow.1.contains(unmet[1].cellText) && unmetRow.1.contains("✗ 未达成") && unmetRow.1.contains(unmet[2].cellText))
        #expect(page.contains("绩效目标 Goals") && page.contains("警告 Warnings"))

        let seedPage = try Chromium.dumpDOM(server.address("/report/" + seed))
        #expect(seedPage.contains("泸西县医疗保障局2022年度部门整体支出绩效自评报告"))
        let sourceRows = try #require(seedPage.firstMatch(of: /<table id="sources">.*?<\/table>/.dotMatchesNewlines())).0
        #expect(sourceRows.contains("000_e82f18c061ea3c91.txt") && sourceRows.contains("000_e82f18c061ea3c91.html"))
        for artifact in ["original", "report.json", "report.md", "reports.csv", "indicators.csv", "funding.csv", "scores.csv"] {
            #expect(sourceRows.components(separatedBy: "/\(artifact)\"").count - 1 == 2, "\(artifact)")
        }
    }

    @Test func markupInAReportIsShownAsText() throws {
        let db = try ServedArchive.sqlite.get()
        let archive = try Archive(try ArchiveLocation(db), readOnly: true)
        let id = try archive.query("SELECT content_id FROM reports WHERE title LIKE '%<script>%'").rows[0][0].cellText
        let server = try ServedArchive.start(db)
        defer { _ = try? server.stop() }

        for path in ["/report/" + id, "/?q=%3Cscript%3E"] {
            let dom = try Chromium.dumpDOM(server.address(path))
            #expect(dom.contains("瑶台县&lt;script&gt;alert('x')&lt;/script&gt;医疗保障局"), "\(path)")
            #expect(!dom.contains("<script"), "\(path): a script element reached the DOM")
        }
    }

    @Test func comparePageDrawsTheChartAndOffersCSV() async throws {
        let server = try ServedArchive.start(try ServedArchive.sqlite.get())
        defer { _ = try? server.stop() }

        let picker = try Chromium.dumpDOM(server.address("/compare"))
        let firstName = try #require(picker.firstMatch(of: /<ul id="indicator-names"><li><a href="([^"]+)">([^<]+)<\/a> <span class="muted">(\d+)<\/span>/))
        let path = String(firstName.1).replacingOccurrences(of: "&amp;", with: "&")
        let reports = Int(firstName.3)!
        #expect(reports >= 2)

        let page = try Chromium.dumpDOM(server.address(path))
        #expect(page.contains("对比 Compare: 指标 indicator “\(firstName.2)”"))
        let rows = try #require(page.firstMatch(of: /<table id="comparison">.*?<\/table>/.dotMatchesNewlines())).0
        #expect(rows.components(separatedBy: "<tr").count - 2 >= reports)
        #expect(page.contains("<svg id=\"chart\"") && page.contains("<rect "))

        let csvLink = try #require(page.firstMatch(of: /<a href="([^"]+)" id="csv">/)).1.replacingOccurrences(of: "&amp;", with: "&")
        let csv = try await server.fetch(String(csvLink))
        #expect(csv.status == 200 && csv.headers["content-type"] == "text/csv; charset=utf-8")
        let lines = String(decoding: csv.body, as: UTF8.self).split(separator: "\r\n")
        #expect(lines.first == "issuer,year,title,target,actual,actualValue,unit,met,score,contentId")
        #expect(lines.count - 1 == rows.components(separatedBy: "<tr").count - 2)

        let funds = try await server.fetch("/compare?funding=%E5%B9%B4%E5%BA%A6%E8%B5%84%E9%87%91%E6%80%BB%E9%A2%9D")
        #expect(funds.status == 200 && String(decoding: funds.body, as: UTF8.self).contains("执行率 execution rate"))
    }
}
