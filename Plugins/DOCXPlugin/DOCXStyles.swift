import OfficeOpenXML

/// The paragraph styles of `word/styles.xml` that matter for reading: which are headings, and
/// which carry list numbering.
struct DOCXStyles {
    private struct Style {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: DOCXNumbering.Reference?
        var centered: Bool
    }

    private var styles: [String: Style] = [:]

    init(_ root: MarkupElement?) {
        guard let root else { return }
        for style in root.children("style") where style[attribute: "type"] == "paragraph" {
            guard let id = style[attribute: "styleId"] else { continue }
            let pPr = style.child("pPr")
            styles[id] = Style(
                name: style.child("name")?[attribute: "val"] ?? id,
                basedOn: style.child("basedOn")?[attribute: "val"],
                outlineLevel: pPr?.child("outlineLvl")?[attribute: "val"].flatMap { Int($0) },
                numbering: DOCXNumbering.Reference(pPr?.child("numPr")),
                centered: pPr?.child("jc")?[attribute: "val"] == "center")
        }
    }

    /// The heading level (1 = top) a paragraph style gives: Word's built-in `heading N`
    /// (its name is English in every language version), `Title`, or an outline level.
    func headingLevel(_ id: String) -> Int? {
        var current: String? = id
        var seen = Set<String>()
        while let styleID = current, let style = styles[styleID], seen.insert(styleID).inserted {
            let name = style.name.lowercased()
            if name == "title" { return 1 }
            if name.hasPrefix("heading "), let n = Int(name.dropFirst(8)), (1...9).contains(n) { return n }
            if let level = style.outlineLevel, (0...8).contains(level) { return level + 1 }
            current = style.basedOn
        }
        return nil
    }

    /// The list numbering a style attaches to its paragraphs, following `basedOn`.
    func numbering(_ id: String) -> DOCXNumbering.Reference? {
        var current: String? = id
        var seen = Set<String>()
        while let styleID = current, let style = styles[styleID], seen.insert(styleID).inserted {
            if let n = style.numbering { return n }
            current = style.basedOn
        }
        return nil
    }

    func isCentered(_ id: String) -> Bool {
        styles[id]?.centered ?? false
    }
}
