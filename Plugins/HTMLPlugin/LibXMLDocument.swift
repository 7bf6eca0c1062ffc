import CLibXML2

/// The one owner of a libxml2 HTML document; the only file that sees libxml2.
///
/// Parsing happens in `init`, the tree is copied into Swift values by `tree()`, and the C
/// document is freed in `deinit`. The handle never leaves this class, so nothing C escapes the
/// task that reads the file.
final class LibXMLDocument {
    private let document: htmlDocPtr

    /// libxml2 could not produce a document at all (it recovers from almost anything else).
    struct ParseFailure: Error {}

    /// Parses UTF-8 HTML.
    ///
    /// The text is always handed over as UTF-8 (the plugin transcodes first), and the encoding
    /// is forced so that a `<meta charset>` inside cannot switch libxml2 to its own lossy
    /// converters. `NONET` forbids network access. `XML_PARSE_HUGE` lifts the 256-level depth
    /// limit, past which libxml2 stops parsing and silently drops the rest of the page; the
    /// limits it also lifts guard XML entity expansion, which the HTML parser never does (it
    /// knows only HTML's own named entities, and the plugin strips DOCTYPE internal subsets).
    init(utf8 bytes: [UInt8]) throws {
        LibXMLDocument.initializeLibrary()
        var bytes = bytes
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_HUGE.rawValue)
        if bytes.isEmpty { bytes = [0x20] }
        let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { throw ParseFailure() }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// libxml2 must be initialised once, before any thread parses: its lazy initialisation on
    /// first use is not thread-safe, and the batch converter and the tests parse pages on many
    /// threads at once. A `static let` runs its initialiser exactly once, atomically.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initializeLibrary() {
        _ = initialized
    }

    /// Copies the document into an `HTMLTree`, walking libxml2's sibling and parent links so
    /// that depth costs no stack.
    func tree() -> HTMLTree {
        var tree = HTMLTree()
        tree.nodes.reserveCapacity(1024)
        // The arena index of the element whose children are being copied; -1 at the top.
        var parentStack: [Int] = [-1]
        var current = document.pointee.children
        while let node = current {
            var descended = false
            if let index = append(node, parent: parentStack[parentStack.count - 1], to: &tree),
               node.pointee.type == XML_ELEMENT_NODE, let firstChild = node.pointee.children {
                parentStack.append(index)
                current = firstChild
                descended = true
            }
            if descended { continue }
            // Next sibling, or climb until an ancestor has one.
            var climber: xmlNodePtr? = node
            current = nil
            while let c = climber {
                if let next = c.pointee.next {
                    current = next
                    break
                }
                climber = c.pointee.parent
                if climber == nil || climber!.pointee.type == XML_HTML_DOCUMENT_NODE
                    || climber!.pointee.type == XML_DOCUMENT_NODE {
                    climber = nil
                    break
                }
                parentStack.removeLast()
            }
        }
        return tree
    }

    /// Adds one node to the arena and returns its index; nil for nodes that carry nothing
    /// (comments, processing instructions, the doctype).
    private func append(_ node: xmlNodePtr, parent: Int, to tree: inout HTMLTree) -> Int? {
        let type = node.pointee.type
        let newNode: HTMLNode
        switch type {
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? "unknown"
            newNode = HTMLNode(name: name.isEmpty ? "unknown" : name, text: "",
                               attributes: attributes(of: node), parent: parent, children: [])
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            newNode = HTMLNode(name: "", text: String(cString: content), attributes: [:],
                               parent: parent, children: [])
        case XML_ENTITY_REF_NODE:
            // An entity the HTML parser does not know stays as its literal text.
            let name = node.pointee.name.map { String(cString: $0) } ?? ""
            newNode = HTMLNode(name: "", text: "&\(name);", attributes: [:], parent: parent, children: [])
        default:
            return nil
        }
        let index = tree.nodes.count
        tree.nodes.append(newNode)
        if parent >= 0 {
            tree.nodes[parent].children.append(index)
        } else {
            tree.roots.append(index)
        }
        return index
    }

    /// The kept attributes of an element; values read from the attribute's text children.
    private func attributes(of node: xmlNodePtr) -> [String: String] {
        var result = [String: String]()
        var attribute = node.pointee.properties
        while let a = attribute {
            defer { attribute = a.pointee.next }
            guard let rawName = a.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard HTMLTree.keptAttributes.contains(name) else { continue }
            guard let value = xmlNodeListGetString(document, a.pointee.children, 1) else {
                result[name] = ""
                continue
            }
            result[name] = String(cString: value)
            reportconv_xmlFree(value)
        }
        return result
    }
}
