/// Removes the markers of "downlevel-revealed" conditional comments (`<![if !supportLists]>` …
/// `<![endif]>`) that Word writes into every list paragraph of a document saved as HTML.
///
/// Browsers read each marker as a bogus comment and show the text between them (the list
/// number `一、`). libxml2 keeps the markers as page text, so `一、部门基本情况` would arrive as
/// `<![if !supportLists]>一、 <![endif]>部门基本情况` and lose its heading number. The hidden
/// kind (`<!--[if gte mso 9]>…<![endif]-->`) is a real comment and needs nothing.
enum HTMLConditionalComments {
    /// - Parameter bytes: the page as UTF-8.
    /// - Returns: the page without the markers, and how many were removed.
    static func removingMarkers(_ bytes: [UInt8]) -> (bytes: [UInt8], removed: Int) {
        let lt = UInt8(ascii: "<"), bang = UInt8(ascii: "!"), open = UInt8(ascii: "[")
        var output = [UInt8]()
        var removed = 0
        var i = 0
        var copiedUpTo = 0
        while i + 4 < bytes.count {
            guard bytes[i] == lt, bytes[i + 1] == bang, bytes[i + 2] == open, isIfOrEndif(bytes, at: i + 3),
                  let end = markerEnd(bytes, from: i + 3) else {
                i += 1
                continue
            }
            if output.isEmpty { output.reserveCapacity(bytes.count) }
            output.append(contentsOf: bytes[copiedUpTo..<i])
            removed += 1
            i = end
            copiedUpTo = end
        }
        guard removed > 0 else { return (bytes, 0) }
        output.append(contentsOf: bytes[copiedUpTo...])
        return (output, removed)
    }

    /// `if` followed by a space or `!`, or `endif`, in any case.
    private static func isIfOrEndif(_ bytes: [UInt8], at i: Int) -> Bool {
        func lower(_ k: Int) -> UInt8? { k < bytes.count ? (bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] | 0x20 : bytes[k]) : nil }
        if lower(i) == UInt8(ascii: "i"), lower(i + 1) == UInt8(ascii: "f"),
           let next = lower(i + 2), next == 0x20 || next == UInt8(ascii: "!") || next == 0x09 {
            return true
        }
        let endif = Array("endif".utf8)
        return (0..<endif.count).allSatisfy { lower(i + $0) == endif[$0] }
    }

    /// The index after the marker's closing `]>`, looked for within a short distance.
    private static func markerEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var k = start
        let limit = min(bytes.count - 1, start + 200)
        while k < limit {
            if bytes[k] == UInt8(ascii: "]"), bytes[k + 1] == UInt8(ascii: ">") { return k + 2 }
            if bytes[k] == UInt8(ascii: "<") { return nil }
            k += 1
        }
        return nil
    }
}
