import Foundation
@testable import ReportArchive
import ReportModel
import Testing
import TestSupport

/// What the server refuses and how it stops, over plain HTTP (no browser needed).
@Suite struct ServerSafetyTests {
    @Test func onlyReadsAndOnlyByStoredID() async throws {
        let server = try ServedArchive.start(try ServedArchive.sqlite.get())
        defer { _ = try? server.stop() }
        #expect(server.url.host == "127.0.0.1", "loopback unless told otherwise")

        #expect(try server.curlStatus(["-X", "POST", "--data", "x=1"], "/") == 405)
        for method in ["PUT", "DELETE", "PATCH"] { #expect(try server.curlStatus(["-X", method], "/") == 405, "\(method)") }
        #expect(try server.curlStatus(["-X", "GET", "--data", "0123456789"], "/") == 413)
        #expect(try server.curlStatus([], "/?q=" + String(repeating: "a", count: 5000)) == 414)
        // Headers past 16 KB: the connection is refused or closed, never served.
        #expect(try server.curlStatus(["-H", "X-Big: " + String(repeating: "b", count: 20_000)], "/") != 200)

        let page = try await server.fetch("/")
        #expect(page.status == 200 && page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(page.headers["x-content-type-options"] == "nosniff")
        // HEAD: the GET's status and headers, no body.
        let head = try await server.fetch("/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(page.body.count))
        #expect(try server.curlStatus(["-I"], "/compare") == 200)
        #expect(try server.curlStatus(["-I"], "/report/sha256:" + String(repeating: "0", count: 64)) == 404)

        // Anything but a stored id is not found: paths, other files, malformed and unknown ids.
        let unknown = String(repeating: "0", count: 64)
        for path in ["/source/../../etc/passwd", "/source/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd/original", "/source/\(unknown)/original",
                     "/source/\(unknown)/report.json", "/report/sha256:\(unknown)", "/report/../Package.swift",
                     "/source/ABC/original", "/Package.swift", "/compare.csv"] {
            #expect(try server.curlStatus([], path) == 404, "\(path)")
        }
    }

    @Test func downloadsAreTheStoredBytesAndExports() async throws {
        let db = try ServedArchive.sqlite.get()
        let original = try Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/000_e82f18c061ea3c91.html"))
        let sha = try #require(try Archive(try ArchiveLocation(db), readOnly: true)
            .query("SELECT sha256 FROM sources WHERE file = '000_e82f18c061ea3c91.html'").rows.first?[0].cellText)
        let server = try ServedArchive.start(db)
        defer { _ = try? server.stop() }

        let bytes = try await server.fetch("/source/\(sha)/original")
        #expect(bytes.status == 200 && bytes.body == original)
        #expect(bytes.headers["content-type"] == "application/octet-stream")
        #expect(bytes.headers["content-disposition"]?.hasPrefix("attachment; filename=\"000_e82f18c061ea3c91.html\"") == true)

        let converted = try BinaryRun.run(["convert", "Samples/000_e82f18c061ea3c91.html", "--to", "json"])
        let json = try await server.fetch("/source/\(sha)/report.json")
        #expect(json.status == 200 && json.body == converted.stdout, "the JSON export is what convert gives")
        let md = try await server.fetch("/source/\(sha)/report.md")
        #expect(md.status == 200 && String(decoding: md.body, as: UTF8.self).hasPrefix("# 泸西县医疗保障局"))
        let csv = try await server.fetch("/source/\(sha)/indicators.csv")
        #expect(csv.status == 200 && String(decoding: csv.body, as: UTF8.self).hasPrefix("path,sha256,row,level1"))
    }

    @Test(arguments: [SIGINT, SIGTERM]) func stopsCleanlyOnSignal(_ signal: Int32) async throws {
        let server = try ServedArchive.start(try ServedArchive.sqlite.get())
        #expect(try await server.fetch("/").status == 200)
        #expect(try server.stop(signal) == 0)
    }

    @Test func refusesAMissingArchiveAndABadPort() throws {
        let missing = try BinaryRun.run(["serve", "--db", "/nonexistent/archive.sqlite", "--port", "0"])
        #expect(missing.status == 1 && missing.stderr.contains("'/nonexistent/archive.sqlite': no such file"))
        #expect(try BinaryRun.run(["serve", "--port", "70000"]).status == 2)
    }

    @Test func theServersConnectionsCannotWrite() throws {
        var locations = [try ServedArchive.sqlite.get()]
        if let pg = ServedArchive.postgres { locations.append(try pg.get()) }
        for db in locations {
            let archive = try Archive(try ArchiveLocation(db), readOnly: true)
            #expect(throws: (any Error).self, "\(db)") {
                try archive.db.read { s in try s.execute("DELETE FROM reports") }
            }
            #expect(throws: (any Error).self, "\(db)") {
                try archive.db.write { s in try s.execute("UPDATE reports SET title = 'x'") }
            }
            #expect(try archive.counts().reports == 32)
        }
    }

    @Test func servesAPostgreSQLArchive() async throws {
        guard let pg = ServedArchive.postgres else { return }
        let server = try ServedArchive.start(try pg.get())
        defer { _ = try? server.stop() }
        let search = String(decoding: try await server.fetch("/?q=%E6%BB%A1%E6%84%8F%E5%BA%A6").body, as: UTF8.self)
        let id = try #require(search.firstMatch(of: /href="\/report\/(sha256:[0-9a-f]{64})"/)).1
        let report = try await server.fetch("/report/\(id)")
        #expect(report.status == 200 && String(decoding: report.body, as: UTF8.self).contains("id=\"indicators\""))
        let compare = try await server.fetch("/compare?indicator=%E5%8F%82%E4%BF%9D%E7%BE%A4%E4%BC%97%E6%BB%A1%E6%84%8F%E5%BA%A6")
        #expect(compare.status == 200 && String(decoding: compare.body, as: UTF8.self).contains("<rect "))
    }
}
