import Hummingbird

/// An error as a small page: not found, refused, or the archive failing.
enum ErrorPage {
    static func response(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        var response = PageLayout.response(
            PageLayout.page(title: "\(status.code)", "<h1>\(status.code) \(status.reasonPhrase)</h1><p>\(message)</p>"),
            status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}
