import Foundation
import Hummingbird
import ReportArchive
import ReportModel

/// The server's routes, every one a GET that reads. Stored things are reached by id only
/// (`StoredID`); an id that is malformed or not stored is a 404.
enum ServerRoutes {
    static func router(_ readers: ArchiveReaders) -> Router<BasicRequestContext> {
        // HEAD is answered by every GET route, with the GET's headers and no body.
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorPages())
        router.add(middleware: RequestLimits())

        router.get("/") { request, _ in
            let query = SearchPage.Query(QueryParameters(request.uri.query))
            let (results, facets) = try await readers.read { archive in
                (try archive.reports(matching: query.filter, offset: (query.page - 1) * SearchPage.pageSize, limit: SearchPage.pageSize),
                 try archive.facets())
            }
            return PageLayout.response(SearchPage.render(query, results: results, facets: facets))
        }

        router.get("/report/:id") { _, context in
            guard let id = context.parameters.get("id").flatMap(StoredID.contentId) else { throw notFound }
            let found = try await readers.read { archive -> (Report, [(listing: SourceListing, report: Report)])? in
                let sources = try archive.sources(contentId: id).compactMap { s in
                    try archive.storedReport(sha256: s.sha256).map { (listing: s, report: $0) }
                }
                return sources.first.map { ($0.report, sources) }
            }
            guard let (report, sources) = found else { throw notFound }
            return PageLayout.response(ReportDetailPage.render(report, sources: sources))
        }

        router.get("/source/:sha/:artifact") { _, context in
            guard let sha = context.parameters.get("sha").flatMap(StoredID.sha256),
                  let artifact = context.parameters.get("artifact").flatMap(Downloads.Artifact.init) else { throw notFound }
            if case .original = artifact {
                guard let original = try await readers.read({ try $0.original(sha256: sha) }) else { throw notFound }
                return Downloads.original(file: original.file, data: original.data)
            }
            let found = try await readers.read { archive -> (Report, String)? in
                guard let report = try archive.storedReport(sha256: sha) else { return nil }
                return (report, try archive.sources(contentId: report.contentId).first { $0.sha256 == sha }?.path ?? report.source.file)
            }
            guard let (report, path) = found else { throw notFound }
            return try Downloads.export(artifact, report: report, path: path)
        }

        router.get("/compare") { request, _ in
            guard let line = ComparePage.line(QueryParameters(request.uri.query)) else {
                let (indicators, funding) = try await readers.read { archive in
                    (try archive.comparableNames(indicators: true, limit: ComparePage.pickLimit),
                     try archive.comparableNames(indicators: false, limit: ComparePage.pickLimit))
                }
                return PageLayout.response(ComparePage.renderPicker(indicators: indicators, funding: funding))
            }
            let points = try await readers.read { try $0.compare(line) }
            return PageLayout.response(ComparePage.render(line, points: points))
        }

        router.get("/compare.csv") { request, _ in
            guard let line = ComparePage.line(QueryParameters(request.uri.query)) else { throw notFound }
            let points = try await readers.read { try $0.compare(line) }
            return Downloads.attachment(Data(ComparePage.csv(line, points).utf8), name: "compare.csv", type: "text/csv; charset=utf-8")
        }
        return router
    }

    private static var notFound: HTTPError { HTTPError(.notFound, message: "Nothing is stored under that id.") }
}
