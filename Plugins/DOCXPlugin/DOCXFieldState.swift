/// Word fields (`PAGE`, `NUMPAGES`, `PAGEREF`, `HYPERLINK`, …) written as complex fields:
/// `fldChar begin`, the instruction runs, `fldChar separate`, the result runs, `fldChar end`.
/// Fields nest, and one may span paragraphs, so the state lives for the whole walk.
///
/// A field's result is read as text, except for page numbers, which only make sense on a
/// printed page (a running footer's `第 3 页`, the numbers of a table of contents).
struct DOCXFieldState {
    private struct Field {
        var instruction = ""
        var inResult = false
    }

    private var open: [Field] = []

    /// Field codes whose result is a page number.
    static let pageNumberFields: Set<String> = ["PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF", "SECTION"]

    static func isPageNumber(instruction: String) -> Bool {
        let code = instruction.split(whereSeparator: { $0 == " " || $0 == "\\" }).first.map { String($0).uppercased() } ?? ""
        return pageNumberFields.contains(code)
    }

    mutating func begin() { open.append(Field()) }
    mutating func separate() { if !open.isEmpty { open[open.count - 1].inResult = true } }
    mutating func end() { _ = open.popLast() }

    mutating func instruction(_ text: String) {
        if !open.isEmpty, !open[open.count - 1].inResult { open[open.count - 1].instruction += text }
    }

    /// Whether text met now belongs to the reading: outside every field, or in the result of
    /// fields that are not page numbers.
    var showsText: Bool {
        open.allSatisfy { $0.inResult && !Self.isPageNumber(instruction: $0.instruction) }
    }
}
