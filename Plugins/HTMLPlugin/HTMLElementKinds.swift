/// What the plugin knows about element names: which break blocks, which never carry content.
enum HTMLElementKinds {
    /// Elements whose content is never page text (code, media, form controls, the head).
    static let ignored: Set<String> = [
        "head", "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
        "embed", "applet", "svg", "math", "canvas", "map", "audio", "video", "source", "track", "input",
        "select", "option", "optgroup", "button", "textarea", "datalist", "meta", "link", "base",
        "title", "param", "img", "picture", "area", "wbr",
    ]

    /// Elements that start and end a block of text. Everything else is inline.
    static let block: Set<String> = [
        "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
        "ol", "p", "pre", "section", "summary", "table", "caption", "thead", "tbody", "tfoot", "tr",
        "td", "th", "ul", "legend", "listing", "xmp", "plaintext",
    ]

    static let headings: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    /// Page-level landmarks that hold site chrome, not the document.
    static let landmarks: Set<String> = ["nav", "aside", "header", "footer"]

    /// Where a `<header>`/`<footer>` belongs to the document itself (an article's own header).
    static let documentContainers: Set<String> = ["article", "main"]
}
