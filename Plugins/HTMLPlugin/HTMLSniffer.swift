import Foundation

/// Tells HTML from other text by content, without decoding the whole file.
///
/// A page counts as HTML when, after a BOM and white space, it starts with markup and one of
/// the tags every page has (`<!DOCTYPE html`, `<html`, `<head`, `<body`, `<meta`, `<title`,
/// `<table`) occurs near the start. Requiring the leading `<` keeps a plain-text report that
/// merely mentions `<table>` in its prose out.
enum HTMLSniffer {
    /// How much of the prefix is searched for a tag.
    static let window = 1024

    static let markers: [[UInt8]] = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<table"]
        .map { Array($0.utf8) }

    static func looksLikeHTML(_ prefix: Data) -> Bool {
        let ascii = asciiView(of: [UInt8](prefix.prefix(window * 2)))
        guard let first = ascii.firstIndex(where: { !isSpace($0) }), ascii[first] == UInt8(ascii: "<") else {
            return false
        }
        let lowered = ascii[first...].prefix(window).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return markers.contains { marker in contains(lowered, marker) }
    }

    /// The bytes with a BOM removed and, for UTF-16 (with or without BOM), every zero high byte
    /// dropped, so that the ASCII markup can be matched the same way for every encoding.
    /// GB18030 and UTF-8 keep ASCII as is.
    static func asciiView(of bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        var body = bytes
        var littleEndian: Bool?
        if bytes.starts(with: [0xFF, 0xFE]) {
            littleEndian = true
            body = Array(bytes.dropFirst(2))
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
            body = Array(bytes.dropFirst(2))
        } else if bytes.count >= 4 {
            // BOM-less UTF-16: markup is ASCII, so every other byte is zero.
            let pairs = bytes.count / 2
            let oddZeros = stride(from: 1, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
            let evenZeros = stride(from: 0, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
            if oddZeros * 2 >= pairs, evenZeros * 10 < oddZeros { littleEndian = true }
            if evenZeros * 2 >= pairs, oddZeros * 10 < evenZeros { littleEndian = false }
        }
        guard let littleEndian else { return body }
        var result = [UInt8]()
        result.reserveCapacity(body.count / 2)
        var i = 0
        while i + 1 < body.count {
            let (low, high) = littleEndian ? (body[i], body[i + 1]) : (body[i + 1], body[i])
            // Non-ASCII UTF-16 units become a neutral byte; only the ASCII markup matters here.
            result.append(high == 0 && low < 0x80 ? low : 0x7F)
            i += 2
        }
        return result
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first, Array(haystack[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }
}
