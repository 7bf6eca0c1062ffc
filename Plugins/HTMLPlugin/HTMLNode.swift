/// One node of a parsed page: an element or a run of text.
///
/// Nodes live in `HTMLTree.nodes` and point at each other by index, never by reference, so a
/// page nested 100,000 levels deep is freed without recursion and walked with explicit stacks.
struct HTMLNode: Sendable {
    /// The lowercase tag name; empty for a text node.
    var name: String
    /// The text of a text node; empty for an element.
    var text: String
    /// The attributes the plugin looks at (see `HTMLTree.keptAttributes`), names lowercase.
    var attributes: [String: String]
    /// The parent's index; -1 for a top-level node.
    var parent: Int
    /// Child indices in document order. Always greater than this node's own index.
    var children: [Int]

    var isText: Bool { name.isEmpty }

    func attribute(_ name: String) -> String? { attributes[name] }
}
