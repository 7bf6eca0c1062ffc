import Hummingbird

/// The frame every page shares: head, style sheet, navigation.
enum PageLayout {
    static func page(title: String, _ body: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · reportconv</title>
        <style>\(style)</style></head>
        <body><nav><a href="/">报告检索 Search</a> <a href="/compare">对比 Compare</a></nav>
        <main>\(body)</main></body></html>
        """
    }

    /// An HTML page as a response.
    static func response(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: html.text)))
    }

    private static let style: HTML = """
        body{font-family:"Noto Sans CJK SC",sans-serif;margin:0;color:#222;background:#fafafa}
        nav{background:#1f4e79;padding:.6em 1em}nav a{color:#fff;margin-right:1.5em;text-decoration:none;font-weight:bold}
        main{padding:1em 1.5em;max-width:72em}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:.5em 0;background:#fff}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
        th{background:#eef3f8;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
        tr.unmet{background:#fde8e8}.unmet-mark{color:#b00;font-weight:bold}
        form.filters{display:flex;flex-wrap:wrap;gap:.5em;align-items:end}form.filters label{display:flex;flex-direction:column;font-size:.85em}
        .muted{color:#666;font-size:.9em}.warning-error{color:#b00}.pager a,.pager span{margin-right:1em}
        dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.meta dt{font-weight:bold}
        section.sec{margin-left:1em}pre.text{white-space:pre-wrap;font-family:inherit;margin:.3em 0}
        """
}
