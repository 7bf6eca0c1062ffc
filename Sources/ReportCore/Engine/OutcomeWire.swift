import Foundation

/// How a worker's `FileOutcome` crosses the pipe to the parent.
///
/// The exports are most of an answer (a report's whole JSON, Markdown and CSV rows), and as
/// strings inside a JSON answer every quote and line break of them was escaped by the worker
/// and unescaped by the parent: a tenth of a text batch's CPU. So only the small fields go as
/// JSON; each export follows as its own length-prefixed run of UTF-8 bytes, copied as is.
///
/// Layout: `u32 header length, header JSON, then per blob: u32 length, bytes` (big-endian),
/// the blobs in the order the header names them (`exportKeys`, then `csvKeys`).
enum OutcomeWire {
    private struct Header: Codable {
        var status: FileOutcome.Status
        var format: String?
        var sha256: String?
        var error: String?
        var errorWarnings: [String]
        var exportKeys: [String]
        var csvKeys: [String]
    }

    static func encode(_ outcome: FileOutcome) throws -> Data {
        // Sorted, so the same outcome gives the same bytes.
        let exportKeys = outcome.exports.keys.sorted()
        let csvKeys = outcome.csvRows.keys.sorted()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let header = try encoder.encode(Header(
            status: outcome.status, format: outcome.format, sha256: outcome.sha256, error: outcome.error,
            errorWarnings: outcome.errorWarnings, exportKeys: exportKeys, csvKeys: csvKeys))
        var data = Data()
        append(header, to: &data)
        for key in exportKeys { append(Data(outcome.exports[key]!.utf8), to: &data) }
        for key in csvKeys { append(Data(outcome.csvRows[key]!.utf8), to: &data) }
        return data
    }

    /// Nil when the bytes are not a whole answer.
    static func decode(_ data: Data) -> FileOutcome? {
        var reader = BlobReader(data: data)
        guard let headerBytes = reader.next(),
              let header = try? JSONDecoder().decode(Header.self, from: headerBytes) else { return nil }
        var outcome = FileOutcome(status: header.status, format: header.format, sha256: header.sha256, error: header.error)
        outcome.errorWarnings = header.errorWarnings
        for key in header.exportKeys {
            guard let blob = reader.next() else { return nil }
            outcome.exports[key] = String(decoding: blob, as: UTF8.self)
        }
        for key in header.csvKeys {
            guard let blob = reader.next() else { return nil }
            outcome.csvRows[key] = String(decoding: blob, as: UTF8.self)
        }
        guard reader.atEnd else { return nil }
        return outcome
    }

    private static func append(_ blob: Data, to data: inout Data) {
        var length = UInt32(blob.count).bigEndian
        withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
        data.append(blob)
    }

    private struct BlobReader {
        let data: Data
        var offset: Int

        init(data: Data) {
            self.data = data
            offset = data.startIndex
        }

        var atEnd: Bool { offset == data.endIndex }

        mutating func next() -> Data? {
            guard data.endIndex - offset >= 4 else { return nil }
            let length = data[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            let start = offset + 4
            guard data.endIndex - start >= length else { return nil }
            offset = start + length
            return data[start..<offset]
        }
    }
}
