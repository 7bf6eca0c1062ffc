internal import CZlibInflate
import Foundation

/// zlib's inflate with a ceiling on the output, so a decompression bomb costs at most `limit`
/// bytes of memory and the time to produce them.
enum Inflater {
    /// The inflated bytes, at most `limit` of them, and whether the stream held more. A damaged
    /// stream gives what inflated before the damage (poppler reads it the same way).
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int) -> (bytes: [UInt8], truncated: Bool) {
        var output = [UInt8]()
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return ([], false) }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var truncated = false
        input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(clamping: source.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let status = CZlibInflate.inflate(&stream, Z_NO_FLUSH)
                    return (status, out.count - Int(stream.avail_out))
                }
                let room = limit - output.count
                output.append(contentsOf: chunk[0..<min(produced, room)])
                if produced > room {
                    truncated = true
                    return
                }
                if status != Z_OK || (produced == 0 && stream.avail_in == 0) { return }
            }
        }
        return (output, truncated)
    }
}
