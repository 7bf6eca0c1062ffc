import Foundation

/// Recognises Office Open XML packages from their first bytes, without inflating anything.
///
/// A ZIP file starts with local file headers whose names are stored uncompressed, and Office
/// writers put the small parts (`[Content_Types].xml`, `_rels/.rels`, the main part's folder)
/// first, so the names in the prefix tell a Word package (`word/…`) from an Excel one (`xl/…`).
public enum OfficeSniffer {
    static let localHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// The signature of the old binary Office formats (OLE2 compound file: `.doc`, `.xls`).
    public static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The entry names found in local file headers within `prefix`.
    public static func entryNames(_ prefix: Data) -> [String] {
        let bytes = [UInt8](prefix)
        guard bytes.starts(with: localHeader) else { return [] }
        var names: [String] = []
        var i = 0
        while i + 30 <= bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x03, bytes[i + 3] == 0x04 {
                let length = Int(bytes[i + 26]) | Int(bytes[i + 27]) << 8
                if length > 0, i + 30 + length <= bytes.count,
                   let name = String(bytes: bytes[(i + 30)..<(i + 30 + length)], encoding: .utf8) {
                    names.append(name)
                }
                i += 30
            } else {
                i += 1
            }
        }
        return names
    }

    /// Whether the prefix is a ZIP package with an entry in `folder` (`word/`, `xl/`).
    public static func isPackage(_ prefix: Data, withPartsIn folder: String) -> Bool {
        entryNames(prefix).contains { $0.hasPrefix(folder) }
    }

    public static func isCompoundFile(_ data: Data) -> Bool {
        data.starts(with: compoundFileSignature)
    }
}
