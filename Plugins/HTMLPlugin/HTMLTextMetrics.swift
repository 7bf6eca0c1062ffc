/// Per-node sums of visible text, link text and structure, computed in one backwards pass.
///
/// Furniture and table decisions need "how much text is under this element, and how much of it
/// is link text" for every element; summing bottom-up once keeps that linear in the page size
/// whatever the nesting depth.
struct HTMLTextMetrics {
    /// Visible characters (white space excluded) under each node.
    private(set) var text: [Int]
    /// Of those, characters inside `<a href>`.
    private(set) var linkText: [Int]
    /// `<a href>` elements under each node, including the node itself.
    private(set) var links: [Int]
    /// `<table>` elements strictly under each node.
    private(set) var tables: [Int]
    /// Whether a heading element (`h1`–`h6`) is under each node.
    private(set) var headings: [Bool]

    init(_ tree: HTMLTree, excluded: [Bool]) {
        let count = tree.nodes.count
        text = Array(repeating: 0, count: count)
        linkText = Array(repeating: 0, count: count)
        links = Array(repeating: 0, count: count)
        tables = Array(repeating: 0, count: count)
        headings = Array(repeating: false, count: count)
        // Children always have larger indices than their parent: walking backwards visits every
        // node after all of its descendants.
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = tree.nodes[index]
            if node.isText {
                text[index] = HTMLTextMetrics.visibleCount(node.text)
            } else if node.name == "a", node.attribute("href") != nil {
                links[index] += 1
                linkText[index] = text[index]
            }
            guard node.parent >= 0, !excluded[index] else { continue }
            let parent = node.parent
            text[parent] += text[index]
            linkText[parent] += linkText[index]
            links[parent] += links[index]
            tables[parent] += tables[index] + (node.name == "table" ? 1 : 0)
            if headings[index] || HTMLElementKinds.headings[node.name] != nil { headings[parent] = true }
        }
    }

    /// Characters that are not white space (NBSP and ideographic space count as white space).
    static func visibleCount(_ s: String) -> Int {
        var n = 0
        for scalar in s.unicodeScalars where !HTMLWhitespace.contains(scalar) { n += 1 }
        return n
    }

    /// Visible characters under `index` that are not link text.
    func plainText(_ index: Int) -> Int { text[index] - linkText[index] }
}
