import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses one XML part into a `MarkupElement` tree with Foundation's `XMLParser`.
///
/// External entities are never resolved (the parser's default), and libxml2 underneath refuses
/// entity expansion bombs, so a hostile part fails with a reason instead of exhausting memory.
public enum MarkupParser {
    public struct Failure: Error, CustomStringConvertible {
        public let part: String
        public let reason: String
        public var description: String { "'\(part)' is not well-formed XML: \(reason)" }
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
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
            throw Failure(part: part, reason: "line \(parser.lineNumber): \(reason)")
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

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        var local: [String: String] = [:]
        for (key, value) in attributes where !key.hasPrefix("xmlns") {
            local[MarkupParser.localName(key)] = value
        }
        stack.append(MarkupElement(name: MarkupParser.localName(elementName), attributes: local))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        guard let done = stack.popLast() else { return }
        if stack.isEmpty {
            root = done
        } else {
            stack[stack.count - 1].children.append(.element(done))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        let last = stack.count - 1
        if case .text(let previous) = stack[last].children.last {
            stack[last].children[stack[last].children.count - 1] = .text(previous + string)
        } else {
            stack[last].children.append(.text(string))
        }
    }
}
