import Foundation

/// Finds running headers, footers and page numbers by position and repetition.
///
/// Candidates are the first two and last two lines of a page, near its top or bottom edge. One
/// is furniture when the same text (digits aside) stands at the same height on another page, or
/// when it is a page number (`—23—`, `- 2 -`, `第 1 页 共 3 页`, `2/9`).
enum FurnitureDetector {
    /// The share of the page height, from the top or the bottom, where furniture stands.
    static let band = 0.15

    static func furniture(in pages: [PageLayout]) -> Set<ItemRef> {
        struct Candidate {
            var ref: ItemRef
            var key: String
            var atTop: Bool
            var centerY: Double
        }
        var candidates: [Candidate] = []
        var result = Set<ItemRef>()
        for (pageIndex, page) in pages.enumerated() {
            let lineIndices = page.items.indices.filter { if case .line = page.items[$0] { true } else { false } }
            guard !lineIndices.isEmpty else { continue }
            var chosen: [(Int, Bool)] = []
            // From the top: lines before any table, within the band.
            for index in page.items.indices.prefix(2) {
                guard case .line(let line) = page.items[index], line.box.y1 < page.height * band else { break }
                chosen.append((index, true))
            }
            for index in page.items.indices.reversed().prefix(2) {
                guard case .line(let line) = page.items[index], line.box.y0 > page.height * (1 - band) else { break }
                if !chosen.contains(where: { $0.0 == index }) { chosen.append((index, false)) }
            }
            for (index, atTop) in chosen {
                guard case .line(let line) = page.items[index] else { continue }
                let text = line.text
                let ref = ItemRef(page: pageIndex, item: index)
                if isPageNumber(text) { result.insert(ref) }
                candidates.append(Candidate(ref: ref, key: key(text), atTop: atTop, centerY: line.centerY))
            }
        }
        for candidate in candidates where !candidate.key.isEmpty {
            let repeated = candidates.contains { other in
                other.ref.page != candidate.ref.page && other.key == candidate.key && other.atTop == candidate.atTop
                    && abs(other.centerY - candidate.centerY) <= 6
            }
            if repeated { result.insert(candidate.ref) }
        }
        return result
    }

    /// The text with digits folded and spaces removed: what a running line repeats.
    static func key(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            scalars.append(("0"..."9").contains(scalar) ? "#" : scalar)
        }
        return String(scalars)
    }

    private static let pageNumberPatterns: [NSRegularExpression] = [
        #"^[-—–－―~_·•.]*\d{1,4}[-—–－―~_·•.]*$"#,
        #"^第\d+页([,，/／]?共\d+页)?$"#,
        #"^共\d+页[,，/／]?第\d+页$"#,
        #"^\d+[/／]\d+$"#,
        #"^(?i:page)\d+((?i:of)\d+)?$"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// Whether the text is only a page number in one of the usual forms.
    static func isPageNumber(_ text: String) -> Bool {
        let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !compact.isEmpty, compact.count <= 16 else { return false }
        let range = NSRange(compact.startIndex..., in: compact)
        return pageNumberPatterns.contains { $0.firstMatch(in: compact, range: range) != nil }
    }
}
