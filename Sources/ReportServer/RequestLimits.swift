import Foundation
import Hummingbird

/// What the server accepts: GET and HEAD only (it has no endpoint that writes), no request body,
/// and a bounded URL. Header sizes are bounded by the HTTP decoder (see `ReportServer`); the time
/// a request may take, by `ArchiveReaders` (the database is the only slow part).
struct RequestLimits<Context: RequestContext>: RouterMiddleware {
    static var maxURILength: Int { 4096 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return ErrorPage.response(.methodNotAllowed, "Only GET and HEAD: this server only reads the archive.",
                                      headers: [.allow: "GET, HEAD"])
        }
        let declared = request.headers[.contentLength].flatMap { Int($0) } ?? 0
        guard declared == 0, request.headers[.transferEncoding] == nil else {
            return ErrorPage.response(.contentTooLarge, "Requests carry no body here.")
        }
        guard request.uri.string.utf8.count <= Self.maxURILength else {
            return ErrorPage.response(.uriTooLong, "The address is longer than \(Self.maxURILength) bytes.")
        }
        return try await next(request, context)
    }
}
