import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses one XML part into a `MarkupElement` tree with Foundation's `XMLParser`.
///
/// External entities are never resolved (the parser's default), and libxml2 underneath refuses
/// entity expansion bombs, so a hostile part fails with a reason instead of exhausting memory.
public enum MarkupParser {
    /// The deepest element nesting accepted. Word and Excel parts stay far below it (a table in
    /// a table in a table is some 20 levels); a hostile part nested thousands deep would
    /// otherwise overflow the stack of every recursive walk, down to the tree's deallocation.
    public static let maximumDepth = 256

    public struct Failure: Error, CustomStringConvertible {
        public let part: String
        public let reason: String
        public var description: String { "part '\(part)' cannot be read: \(reason)" }
    }

    public static func parse(_ data: Data, part: String) throws -> MarkupElement {
        // Office writes its parts in UTF-8. Foundation's parser on Linux traps on a name that
        // is not valid UTF-8 (a damaged part), so such bytes are refused before it sees them.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw Failure(part: part, reason: "not valid UTF-8")
        }
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let parsed = parser.parse()
        if builder.tooDeep {
            throw Failure(part: part, reason: "elements nested more than \(maximumDepth) deep")
        }
        guard parsed, let root = builder.root else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
            throw Failure(part: part, reason: "not well-formed XML at line \(parser.lineNumber): \(reason)")
        }
        return root
    }

    /// Strips a namespace prefix: `w:tbl` → `tbl`.
    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }
}

/// Collects the SAX events into a tree; the open elements are a stack, so depth costs no
/// recursion.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [MarkupElement] = []
    var root: MarkupElement?
    var tooDeep = false

    /// Text of the open element not yet added: libxml2 hands text over in chunks, and appending
    /// each to the tree would copy a long text node once per chunk.
    private var pendingText = ""

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard stack.count < MarkupParser.maximumDepth else {
            tooDeep = true
            parser.abortParsing()
            return
        }
        flushText()
        var local: [String: String] = [:]
        for (key, value) in attributes where !key.hasPrefix("xmlns") {
            local[MarkupParser.localName(key)] = value
        }
        stack.append(MarkupElement(name: MarkupParser.localName(elementName), attributes: local))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        guard !tooDeep else { return }
        flushText()
        guard let done = stack.popLast() else { return }
        if stack.isEmpty {
            root = done
        } else {
            stack[stack.count - 1].children.append(.element(done))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !tooDeep, !stack.isEmpty else { return }
        pendingText += string
    }

    private func flushText() {
        guard !pendingText.isEmpty, !stack.isEmpty else { return }
        stack[stack.count - 1].children.append(.text(pendingText))
        pendingText = ""
    }
}
