import Hummingbird
import ReportArchive

/// Errors as pages: the router's "no such route" as a 404 page, a read past the time limit as
/// a 503, and an archive failure as a 500 page naming the reason (the archive's own message, escaped like everything else).
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return ErrorPage.response(error.status, error.body ?? error.status.reasonPhrase)
        } catch let error as ArchiveReaders.TimedOut {
            return ErrorPage.response(.serviceUnavailable, error.description)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            return ErrorPage.response(.internalServerError, "\(error)")
        }
    }
}
