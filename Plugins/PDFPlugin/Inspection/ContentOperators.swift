/// Counts the operators of a content stream, how often it draws each named XObject (`/X0 Do`),
/// and the straight segments it paints (what ruling lines are drawn with).
struct ContentOperators {
    var count = 0
    var draws: [String: Int] = [:]
    /// Lines (`l`) and rectangles (`re`) of paths that are stroked or filled; a path that only
    /// clips (`re W n`) is not counted.
    var paintedSegments = 0

    init(_ bytes: [UInt8]) {
        var lastName: String?
        var pathSegments = 0
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if PDFSyntaxReader.isSpace(c) {
                    i += 1
                } else if c == UInt8(ascii: "%") {
                    while i < n, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
                } else if c == UInt8(ascii: "(") {
                    var depth = 0
                    while i < n {
                        let s = b[i]
                        i += 1
                        if s == UInt8(ascii: "\\") { i += 1 }
                        else if s == UInt8(ascii: "(") { depth += 1 }
                        else if s == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                    }
                } else if c == UInt8(ascii: "<"), i + 1 < n, b[i + 1] != UInt8(ascii: "<") {
                    while i < n, b[i] != UInt8(ascii: ">") { i += 1 }
                    i += 1
                } else if c == UInt8(ascii: "/") {
                    let start = i + 1
                    i += 1
                    while i < n, !PDFSyntaxReader.isDelimiter(b[i]) { i += 1 }
                    lastName = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                } else if PDFSyntaxReader.isDelimiter(c) {
                    i += 1
                } else if Self.isOperatorStart(c) {
                    let start = i
                    while i < n, !PDFSyntaxReader.isDelimiter(b[i]) { i += 1 }
                    count += 1
                    let length = i - start
                    let first = b[start]
                    if length == 1, first == UInt8(ascii: "l") {
                        pathSegments += 1
                    } else if length == 2, first == UInt8(ascii: "r"), b[start + 1] == UInt8(ascii: "e") {
                        pathSegments += 1
                    } else if length == 1, first == UInt8(ascii: "n") {
                        pathSegments = 0
                    } else if length <= 2, Self.isPaintingOperator(first, length == 2 ? b[start + 1] : 0) {
                        paintedSegments += pathSegments
                        pathSegments = 0
                    }
                    if length == 2, first == UInt8(ascii: "D"), b[start + 1] == UInt8(ascii: "o"), let name = lastName {
                        draws[name, default: 0] += 1
                    } else if length == 2, b[start] == UInt8(ascii: "I"), b[start + 1] == UInt8(ascii: "D") {
                        // Inline image data runs to "EI" between white space.
                        i += 1
                        while i + 2 < n, !(PDFSyntaxReader.isSpace(b[i]) && b[i + 1] == UInt8(ascii: "E")
                                           && b[i + 2] == UInt8(ascii: "I")
                                           && (i + 3 == n || PDFSyntaxReader.isDelimiter(b[i + 3]))) { i += 1 }
                        i = min(n, i + 3)
                    }
                    lastName = nil
                } else {
                    // A number or stray byte: operand, not an operator.
                    while i < n, !PDFSyntaxReader.isDelimiter(b[i]) { i += 1 }
                }
            }
        }
    }

    /// `S s f F f* B B* b b*`: the operators that stroke or fill the current path.
    private static func isPaintingOperator(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "S"), 0), (UInt8(ascii: "s"), 0), (UInt8(ascii: "f"), 0), (UInt8(ascii: "F"), 0),
             (UInt8(ascii: "B"), 0), (UInt8(ascii: "b"), 0),
             (UInt8(ascii: "f"), UInt8(ascii: "*")), (UInt8(ascii: "B"), UInt8(ascii: "*")), (UInt8(ascii: "b"), UInt8(ascii: "*")):
            return true
        default:
            return false
        }
    }

    private static func isOperatorStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "'") || c == UInt8(ascii: "\"")
    }
}
