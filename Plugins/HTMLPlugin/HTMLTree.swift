/// A parsed page as plain Swift values: the nodes in document (pre-)order.
///
/// Built once from libxml2's tree by `LibXMLDocument`; after that no C pointer is involved.
/// Because a node's index is always smaller than its descendants' indices, one backwards pass
/// over `nodes` can sum anything bottom-up (see `HTMLTextMetrics`).
struct HTMLTree: Sendable {
    var nodes: [HTMLNode]
    /// Top-level node indices (normally just `<html>`).
    var roots: [Int]

    /// Attributes that decide chrome, hidden content, emphasis and table geometry; the rest
    /// are not copied out of libxml2.
    static let keptAttributes: Set<String> = [
        "style", "class", "id", "role", "hidden", "aria-hidden", "align", "rowspan", "colspan",
        "href", "type", "size", "summary", "rel", "property", "content", "name",
    ]

    init(nodes: [HTMLNode] = [], roots: [Int] = []) {
        self.nodes = nodes
        self.roots = roots
    }

    subscript(index: Int) -> HTMLNode { nodes[index] }

    /// The nearest element with one of `names` at or above `index`, or nil.
    func nearest(_ names: Set<String>, from index: Int) -> Int? {
        var current = index
        while current >= 0 {
            if names.contains(nodes[current].name) { return current }
            current = nodes[current].parent
        }
        return nil
    }
}
