import Crypto

/// A SHA-256 digest as 64 lowercase hex digits.
///
/// Written out by hand because `String(format: "%02x")` per byte goes through Foundation's
/// formatter 32 times a digest, and every converted file needs three digests (its bytes, its
/// content id, its rerun record's name).
enum HexDigest {
    private static let digits = Array("0123456789abcdef".utf8)

    static func string(_ digest: SHA256.Digest) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
