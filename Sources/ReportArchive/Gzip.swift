import CompressNIO
import Foundation
import NIOCore

/// gzip for what the archive stores in bulk (original files, each source's report JSON), so
/// an archive of PDFs and pages stays a fraction of their size. zlib through compress-nio.
enum Gzip {
    static func compress(_ data: Data) throws -> Data {
        var buffer = ByteBuffer(bytes: data)
        let out = try buffer.compress(with: .gzip())
        return Data(out.readableBytesView)
    }

    static func decompress(_ data: Data) throws -> Data {
        var buffer = ByteBuffer(bytes: data)
        let out = try buffer.decompress(with: .gzip())
        return Data(out.readableBytesView)
    }
}
