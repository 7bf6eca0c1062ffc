/// One XML element of an Office part, with its children in document order.
///
/// Names are local names (`p`, not `w:p`): Office parts use fixed namespaces, and the prefixes
/// are only conventions that another writer may spell differently.
public struct MarkupElement: Sendable {
    public enum Child: Sendable {
        case element(MarkupElement)
        case text(String)
    }

    public var name: String
    public var attributes: [String: String]
    public var children: [Child]

    public init(name: String, attributes: [String: String] = [:], children: [Child] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The child elements, text left out.
    public var elements: [MarkupElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The first child element with this local name.
    public func child(_ name: String) -> MarkupElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    public func children(_ name: String) -> [MarkupElement] {
        elements.filter { $0.name == name }
    }

    /// Follows a path of child names (`pPr`, `pStyle`).
    public func child(path: String...) -> MarkupElement? {
        var current: MarkupElement? = self
        for name in path { current = current?.child(name) }
        return current
    }

    /// An attribute by local name (`val` finds `w:val`).
    public subscript(attribute name: String) -> String? { attributes[name] }

    /// All text below this element, in order.
    public var text: String {
        var out = ""
        var pending: [[Child].SubSequence] = [children[...]]
        // Iterative, so a hostile part nested thousands deep cannot overflow the stack.
        while var rest = pending.popLast() {
            while let first = rest.first {
                rest = rest.dropFirst()
                switch first {
                case .text(let t): out += t
                case .element(let e):
                    pending.append(rest)
                    rest = e.children[...]
                }
            }
        }
        return out
    }

    /// Every descendant element with this local name, in document order (iterative).
    public func descendants(_ name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var pending: [[Child].SubSequence] = [children[...]]
        while var rest = pending.popLast() {
            while let first = rest.first {
                rest = rest.dropFirst()
                guard case .element(let e) = first else { continue }
                if e.name == name { found.append(e) }
                pending.append(rest)
                rest = e.children[...]
            }
        }
        return found
    }
}
