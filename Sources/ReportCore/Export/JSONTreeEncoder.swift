import Foundation

/// Encodes any `Encodable` into a `JSONValue`, keeping keys in the order `encode(to:)` writes
/// them. The model's types write every key in contract order, nulls included.
public enum JSONTreeEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try encode(value, reusing: [:])
    }

    /// The same, with the values of the top-level keys in `reused` taken as already encoded (the
    /// parts `contentId` hashed, which the JSON export would otherwise encode a second time).
    public static func encode<T: Encodable>(_ value: T, reusing reused: [String: JSONValue]) throws -> JSONValue {
        let box = Box()
        var encoder = TreeEncoder(box: box, codingPath: [])
        encoder.reused = reused
        try value.encode(to: encoder)
        return box.value.resolved
    }

    // MARK: - Storage

    /// Mutable node storage; containers write into their node as they are filled. Children live
    /// in the node's own arrays (not in an enum payload) so that appending does not copy them.
    final class Node {
        enum Kind { case unset, leaf, array, object }
        var kind: Kind = .unset
        var leaf: JSONValue = .null
        var items: [Node] = []
        var pairs: [(String, Node)] = []

        var resolved: JSONValue {
            switch kind {
            case .unset: return .null
            case .leaf: return leaf
            case .array: return .array(items.map(\.resolved))
            case .object: return .object(pairs.map { ($0.0, $0.1.resolved) })
            }
        }

        func setLeaf(_ v: JSONValue) { kind = .leaf; leaf = v }
    }

    final class Box { let value = Node() }

    struct TreeEncoder: Encoder {
        let node: Node
        var codingPath: [CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        /// Encoded values of this object's keys (top level only).
        var reused: [String: JSONValue] = [:]

        init(box: Box, codingPath: [CodingKey]) { self.init(node: box.value, codingPath: codingPath) }
        init(node: Node, codingPath: [CodingKey]) { self.node = node; self.codingPath = codingPath }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if node.kind != .object { node.kind = .object; node.pairs = [] }
            return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath, reused: reused))
        }
        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if node.kind != .array { node.kind = .array; node.items = [] }
            return Unkeyed(node: node, codingPath: codingPath)
        }
        func singleValueContainer() -> SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }
    }

    /// The coding path is not tracked (every container's is empty): nothing reads it, and
    /// extending it allocated an array for every value encoded. The primitive types are told
    /// apart by their metadata, which is cheaper than a dynamic cast tried on every struct.
    static func leaf<T: Encodable>(_ value: T) throws -> Node {
        let n = Node()
        if T.self == String.self { n.setLeaf(.string(value as! String)) }
        else if T.self == Bool.self { n.setLeaf(.bool(value as! Bool)) }
        else if T.self == Double.self { n.setLeaf(.number(value as! Double)) }
        else if T.self == Int.self { n.setLeaf(.number(Double(value as! Int))) }
        else if T.self == Float.self { n.setLeaf(.number(Double(value as! Float))) }
        else { try value.encode(to: TreeEncoder(node: n, codingPath: [])) }
        return n
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [CodingKey]
        var reused: [String: JSONValue] = [:]

        private func set(_ key: Key, _ child: Node) {
            if let i = node.pairs.firstIndex(where: { $0.0 == key.stringValue }) { node.pairs[i].1 = child } else {
                node.pairs.append((key.stringValue, child))
            }
        }
        mutating func encodeNil(forKey key: Key) throws {
            let n = Node(); n.setLeaf(.null); set(key, n)
        }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            if let tree = reused[key.stringValue] {
                let n = Node(); n.setLeaf(tree); set(key, n)
            } else {
                set(key, try JSONTreeEncoder.leaf(value))
            }
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            let n = Node(); set(key, n)
            return TreeEncoder(node: n, codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let n = Node(); set(key, n)
            return TreeEncoder(node: n, codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder { TreeEncoder(node: node, codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> Encoder {
            let n = Node(); set(key, n); return TreeEncoder(node: n, codingPath: codingPath)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [CodingKey]
        var count: Int { node.items.count }
        private func append(_ child: Node) { node.items.append(child) }
        mutating func encodeNil() throws { let n = Node(); n.setLeaf(.null); append(n) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            append(try JSONTreeEncoder.leaf(value))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let n = Node(); append(n)
            return TreeEncoder(node: n, codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let n = Node(); append(n)
            return TreeEncoder(node: n, codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder { let n = Node(); append(n); return TreeEncoder(node: n, codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [CodingKey]
        mutating func encodeNil() throws { node.setLeaf(.null) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let n = try JSONTreeEncoder.leaf(value)
            node.kind = n.kind
            node.leaf = n.leaf
            node.items = n.items
            node.pairs = n.pairs
        }
    }
}
