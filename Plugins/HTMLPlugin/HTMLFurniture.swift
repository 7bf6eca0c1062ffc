/// Decides which elements are page furniture (site chrome) rather than the document.
///
/// Only what the DOM says is used, so the rules hold for any site: elements that never carry
/// text (scripts, styles, form controls, media); hidden elements; the page-level landmarks
/// `nav`, `aside`, `header` and `footer` (an article's own header stays) and their ARIA roles;
/// link-dense blocks (menus, breadcrumbs, share and print bars, link lists); small forms
/// (search boxes); and blocks whose class or id is a common chrome word — when they hold little
/// plain text. Textual furniture (`扫一扫…`, `浏览次数`, site footers written as text) is left to
/// core, which removes it for every format.
struct HTMLFurniture {
    /// Elements dropped with everything under them, without looking at their text.
    let excluded: [Bool]

    /// ARIA roles of site chrome.
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar", "complementary",
    ]

    /// Class/id words that mark chrome on sites of every make (checked word by word, and only for
    /// blocks with little plain text, so a mislabelled content wrapper survives).
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "foot", "bottom",
        "share", "bdshare", "login", "search", "sidebar", "copyright", "toolbar", "topbar",
    ]

    /// A link-dense or chrome-labelled block with at least this much plain (non-link) text is
    /// kept anyway: a real paragraph is never lost to a heuristic.
    static let plainTextGuard = 100
    /// The same guard for class/id words; site footers (主办, 地址, 备案号) run longer than menus.
    static let chromeWordGuard = 200

    init(_ tree: HTMLTree) {
        var excluded = Array(repeating: false, count: tree.nodes.count)
        for (index, node) in tree.nodes.enumerated() where !node.isText {
            excluded[index] = HTMLFurniture.isExcluded(node, index: index, in: tree)
        }
        self.excluded = excluded
    }

    /// Whether `index` is dropped: excluded outright, or chrome by its links, form or labels.
    func isFurniture(_ index: Int, in tree: HTMLTree, metrics: HTMLTextMetrics) -> Bool {
        if excluded[index] { return true }
        let node = tree.nodes[index]
        let plain = metrics.plainText(index)
        if node.name == "form", plain <= 30 { return true }
        guard HTMLElementKinds.block.contains(node.name) || node.name == "span" else { return false }
        // Menus, breadcrumbs, share/print bars: several links and little else. A metadata
        // block whose values are links (发布机构：<a>…</a>) looks the same and is kept.
        if metrics.links[index] >= 2, plain < HTMLFurniture.plainTextGuard,
           metrics.linkText[index] * 2 >= metrics.text[index] || plain <= 10,
           !HTMLFurniture.hasMetadataLabel(index, in: tree) {
            return true
        }
        if plain < HTMLFurniture.chromeWordGuard, node.name != "body", node.name != "html",
           hasChromeWord(node) {
            return true
        }
        return false
    }

    /// Whether the plain (non-link) text under `index` names a metadata field with a colon
    /// (`发布机构：`). Only asked of the few link-dense candidates, so the walk is cheap.
    static func hasMetadataLabel(_ index: Int, in tree: HTMLTree) -> Bool {
        var text = ""
        var stack = [index]
        while let next = stack.popLast() {
            let node = tree.nodes[next]
            if node.isText {
                text += node.text
            } else if node.name != "a", !HTMLElementKinds.ignored.contains(node.name) {
                stack.append(contentsOf: node.children.reversed())
            }
        }
        // A field needs its colon; menus and share bars rarely have one.
        guard text.unicodeScalars.contains(where: { $0 == ":" || $0 == "：" }) else { return false }
        let compact = text.filter { !$0.isWhitespace }
        return HTMLMetadataLabels.fields.contains { compact.contains($0 + "：") || compact.contains($0 + ":") }
    }

    private static func isExcluded(_ node: HTMLNode, index: Int, in tree: HTMLTree) -> Bool {
        if HTMLElementKinds.ignored.contains(node.name) { return true }
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if HTMLInlineStyle(node.attribute("style")).hides { return true }
        if let role = node.attribute("role")?.lowercased(), chromeRoles.contains(role) { return true }
        if HTMLElementKinds.landmarks.contains(node.name) {
            // <header>/<footer> inside an <article>/<main> belong to the document.
            if node.name == "header" || node.name == "footer" {
                return tree.nearest(HTMLElementKinds.documentContainers, from: node.parent) == nil
            }
            return true
        }
        return false
    }

    private func hasChromeWord(_ node: HTMLNode) -> Bool {
        let names = [node.attribute("class"), node.attribute("id")].compactMap { $0 }
        guard !names.isEmpty else { return false }
        for name in names {
            for word in HTMLFurniture.words(in: name) where HTMLFurniture.chromeWords.contains(word) {
                return true
            }
        }
        return false
    }

    /// `main-nav topBar share_box` → main, nav, top, bar, share, box.
    static func words(in classOrID: String) -> [String] {
        var words = [String]()
        var current = ""
        var previousLower = false
        for ch in classOrID {
            if ch.isLetter || ch.isNumber {
                // camelCase boundary: topBar → top, bar.
                if ch.isUppercase, previousLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(Character(ch.lowercased()))
                previousLower = ch.isLowercase
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
