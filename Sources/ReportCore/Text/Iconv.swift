#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An owned glibc `iconv` converter to UTF-8.
///
/// Foundation decodes GB18030 on Linux only through CoreFoundation and gives up on the whole
/// text at the first bad byte; iconv is faster and lets us replace a bad byte and go on.
final class Iconv {
    private let handle: iconv_t
    let sourceEncoding: String

    /// - Returns: nil when glibc does not know `encoding`.
    init?(from encoding: String) {
        let h = iconv_open("UTF-8", encoding)
        // iconv_open returns (iconv_t)-1 on failure.
        if h == iconv_t(bitPattern: -1) { return nil }
        guard let h else { return nil }
        handle = h
        sourceEncoding = encoding
    }

    deinit { iconv_close(handle) }

    /// Converts `bytes`, replacing each byte iconv cannot decode with U+FFFD.
    ///
    /// - Returns: the text and the byte offsets that were replaced.
    func convert(_ bytes: [UInt8]) -> (text: String, badOffsets: [Int]) {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var badOffsets = [Int]()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        bytes.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            var inPtr = UnsafeMutablePointer<CChar>(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
            var inLeft = source.count
            while inLeft > 0 {
                let (produced, errorCode, leftBefore) = chunk.withUnsafeMutableBufferPointer { out -> (Int, Int32, Int) in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count
                    let before = inLeft
                    var inOpt: UnsafeMutablePointer<CChar>? = inPtr
                    let r = iconv(handle, &inOpt, &inLeft, &outPtr, &outLeft)
                    inPtr = inOpt!
                    return (out.count - outLeft, r == -1 ? errno : 0, before)
                }
                output.append(contentsOf: chunk[0..<produced])
                _ = leftBefore
                if errorCode == 0 { break }
                if errorCode == E2BIG { continue }
                // EILSEQ (invalid sequence) or EINVAL (truncated at the end): replace one byte.
                badOffsets.append(source.count - inLeft)
                output.append(contentsOf: replacement)
                inPtr += 1
                inLeft -= 1
                // Reset the shift state so the next sequence decodes from a clean start.
                iconv(handle, nil, nil, nil, nil)
            }
        }
        return (String(decoding: output, as: UTF8.self), badOffsets)
    }
}
