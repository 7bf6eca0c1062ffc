/// PDF's general-purpose stream filters other than Flate (ISO 32000-1 §7.4), each decoding with
/// a ceiling on its output, so that a bomb in any of them costs the estimate at most `limit`
/// bytes and the time to make them.
///
/// RunLength expands a byte up to 128 times and LZW about 2,700 times (a 12-bit code can stand
/// for a 4,096-byte string), so a small stream in either can be as costly to poppler as a
/// Flate bomb; the ASCII filters only shrink, but they wrap the others (`[/ASCII85Decode
/// /LZWDecode]`), which must be reached. Each returns what it decoded before any damage, as
/// poppler reads a damaged stream.
enum StreamFilters {
    typealias Output = (bytes: [UInt8], truncated: Bool)

    /// `ASCIIHexDecode`: pairs of hex digits up to `>`; white space ignored, an odd last digit
    /// followed by 0.
    static func asciiHex(_ input: ArraySlice<UInt8>, limit: Int) -> Output {
        var out: [UInt8] = []
        var high: UInt8?
        for b in input {
            if b == UInt8(ascii: ">") { break }
            guard let digit = hexValue(b) else { continue }
            if let h = high {
                if out.count == limit { return (out, true) }
                out.append(h << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        if let h = high {
            if out.count == limit { return (out, true) }
            out.append(h << 4)
        }
        return (out, false)
    }

    /// `ASCII85Decode`: groups of five `!`…`u` to four bytes, `z` for four zeros, up to `~>`.
    static func ascii85(_ input: ArraySlice<UInt8>, limit: Int) -> Output {
        var out: [UInt8] = []
        var group: [UInt32] = []
        func flush(_ count: Int) -> Bool {
            // A short last group is padded with `u` and gives count - 1 bytes.
            var value: UInt64 = 0
            for k in 0..<5 { value = value * 85 + UInt64(k < group.count ? group[k] : 84) }
            let word = UInt32(truncatingIfNeeded: value)
            for k in 0..<(count - 1) {
                if out.count == limit { return false }
                out.append(UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32(k))))
            }
            group.removeAll(keepingCapacity: true)
            return true
        }
        for b in input {
            if b == UInt8(ascii: "~") { break }
            if b == UInt8(ascii: "z"), group.isEmpty {
                for _ in 0..<4 {
                    if out.count == limit { return (out, true) }
                    out.append(0)
                }
                continue
            }
            guard b >= 0x21, b <= 0x75 else { continue }
            group.append(UInt32(b - 0x21))
            if group.count == 5, !flush(5) { return (out, true) }
        }
        if group.count > 1, !flush(group.count) { return (out, true) }
        return (out, false)
    }

    /// `RunLengthDecode`: a length byte n, then n + 1 literal bytes (n < 128) or one byte
    /// repeated 257 - n times (n > 128); 128 ends the data.
    static func runLength(_ input: ArraySlice<UInt8>, limit: Int) -> Output {
        var out: [UInt8] = []
        var i = input.startIndex
        while i < input.endIndex {
            let n = Int(input[i])
            i += 1
            if n == 128 { break }
            if n < 128 {
                let end = min(input.endIndex, i + n + 1)
                let take = min(end - i, limit - out.count)
                out.append(contentsOf: input[i..<(i + take)])
                if take < end - i { return (out, true) }
                i = end
            } else {
                guard i < input.endIndex else { break }
                let count = 257 - n
                let take = min(count, limit - out.count)
                out.append(contentsOf: repeatElement(input[i], count: take))
                if take < count { return (out, true) }
                i += 1
            }
        }
        return (out, false)
    }

    /// `LZWDecode`: variable-width codes of 9 to 12 bits, most significant bit first, 256
    /// clearing the table and 257 ending the data. With `earlyChange` (the default, 1) the
    /// width grows one code early, as the filter's `/EarlyChange` says.
    static func lzw(_ input: ArraySlice<UInt8>, limit: Int, earlyChange: Bool = true) -> Output {
        var out: [UInt8] = []
        // The table as (prefix code, last byte, length), so a string is never copied into it.
        var prefix = [Int32](repeating: -1, count: 4096)
        var suffix = [UInt8](repeating: 0, count: 4096)
        var length = [Int32](repeating: 1, count: 4096)
        for c in 0..<256 { suffix[c] = UInt8(c) }
        var next = 258
        var width = 9
        var previous: Int?
        var buffer: UInt32 = 0
        var bits = 0
        var scratch = [UInt8](repeating: 0, count: 4096)

        /// Writes code's string to `scratch` and returns its length.
        func expand(_ code: Int) -> Int {
            let n = Int(length[code])
            var c = code
            var k = n - 1
            while k >= 0 {
                scratch[k] = suffix[c]
                c = Int(prefix[c])
                k -= 1
            }
            return n
        }

        for byte in input {
            buffer = buffer << 8 | UInt32(byte)
            bits += 8
            while bits >= width {
                let code = Int((buffer >> UInt32(bits - width)) & ((1 << UInt32(width)) - 1))
                bits -= width
                if code == 256 {
                    next = 258
                    width = 9
                    previous = nil
                    continue
                }
                if code == 257 { return (out, false) }
                var n: Int
                if code < next, code < 256 || code >= 258 {
                    n = expand(code)
                    if let p = previous, next < 4096 {
                        prefix[next] = Int32(p)
                        suffix[next] = scratch[0]
                        length[next] = length[p] + 1
                        next += 1
                    }
                } else if code == next, let p = previous, next < 4096 {
                    // The string being defined: the previous one and its own first byte.
                    n = expand(p)
                    scratch[n] = scratch[0]
                    n += 1
                    prefix[next] = Int32(p)
                    suffix[next] = scratch[0]
                    length[next] = Int32(n)
                    next += 1
                } else {
                    return (out, false) // a code not yet defined: damaged data ends here
                }
                let take = min(n, limit - out.count)
                out.append(contentsOf: scratch[0..<take])
                if take < n { return (out, true) }
                previous = code
                let threshold = earlyChange ? next + 1 : next
                if threshold >= (1 << width), width < 12 { width += 1 }
            }
        }
        return (out, false)
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}
