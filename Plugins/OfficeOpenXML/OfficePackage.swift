import Foundation
import ZIPFoundation

/// An Office Open XML package (`.docx`, `.xlsx`): a ZIP archive of XML parts tied together by
/// relationship files.
///
/// Parts are read whole into memory, each capped at `maximumPartSize`, so a ZIP bomb (a small
/// entry that inflates to gigabytes) fails with a reason instead of exhausting memory.
public struct OfficePackage {
    /// The most bytes one part may inflate to.
    public static let maximumPartSize = 256 * 1024 * 1024

    public enum Failure: Error, CustomStringConvertible {
        case notZIP(String)
        case missingPart(String)
        case tooLarge(String)
        case damaged(part: String, reason: String)

        public var description: String {
            switch self {
            case .notZIP(let reason): return "not a ZIP package: \(reason)"
            case .missingPart(let part): return "the package has no part '\(part)'"
            case .tooLarge(let part): return "part '\(part)' inflates to more than \(OfficePackage.maximumPartSize / 1_048_576) MB"
            case .damaged(let part, let reason): return "part '\(part)' is damaged: \(reason)"
            }
        }
    }

    private let archive: Archive

    /// Opens the package read from `path` (the file holding `data`), or from a temporary copy
    /// of `data` when there is no such file.
    ///
    /// Always from a file: ZIPFoundation's in-memory archive traps on a damaged directory that
    /// points past the end of the data, where its file-backed reads fail cleanly.
    public init(data: Data, path: String) throws {
        let fm = FileManager.default
        var url = URL(fileURLWithPath: path)
        var temporary: URL?
        let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size != data.count {
            url = fm.temporaryDirectory.appendingPathComponent("reportconv-\(UUID().uuidString).zip")
            do {
                try data.write(to: url)
            } catch {
                throw Failure.notZIP("cannot stage the package: \(error)")
            }
            temporary = url
        }
        // The archive keeps its file open, so a temporary copy can go at once.
        defer { if let temporary { try? fm.removeItem(at: temporary) } }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw Failure.notZIP("\(error)")
        }
    }

    /// The paths of all parts, in archive order.
    public var partNames: [String] { archive.map(\.path) }

    public func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of a part, or nil when the package has none at `path`.
    public func data(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var out = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                out.append(chunk)
                if out.count > Self.maximumPartSize { throw Failure.tooLarge(path) }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.damaged(part: path, reason: "\(error)")
        }
        return out
    }

    /// A part parsed as XML, or nil when the package has none at `path`.
    public func xml(_ path: String) throws -> MarkupElement? {
        guard let bytes = try data(path) else { return nil }
        return try MarkupParser.parse(bytes, part: path)
    }

    /// The relationships of a part (`word/document.xml` → `word/_rels/document.xml.rels`),
    /// by id, with targets resolved to package paths. External targets (hyperlinks) are left out.
    public func relationships(of part: String) throws -> [String: Relationship] {
        // Split at the last slash by hand: NSString's deletingLastPathComponent traps on a
        // one-character name (swift-corelibs-foundation, Swift 6.3), and a part name is the
        // package's to choose.
        let slash = part.lastIndex(of: "/")
        let folder = slash.map { String(part[..<$0]) } ?? ""
        let name = slash.map { String(part[part.index(after: $0)...]) } ?? part
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let rels = try xml(relsPath) else { return [:] }
        var out: [String: Relationship] = [:]
        for r in rels.children("Relationship") {
            guard let id = r[attribute: "Id"], let target = r[attribute: "Target"],
                  r[attribute: "TargetMode"] != "External" else { continue }
            out[id] = Relationship(type: r[attribute: "Type"] ?? "", path: Self.resolve(target, from: folder))
        }
        return out
    }

    /// The package's main part: the target of the root `officeDocument` relationship.
    public func mainPart() throws -> String? {
        try relationships(of: "").values.first { $0.type.hasSuffix("/officeDocument") }?.path
    }

    public struct Relationship: Sendable {
        /// The relationship type URI; its last path component says what it is (`header`, `worksheet`).
        public let type: String
        public let path: String
        public var kind: String { (type as NSString).lastPathComponent }
    }

    /// A relationship target relative to its source folder, as a package path without a leading slash.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
