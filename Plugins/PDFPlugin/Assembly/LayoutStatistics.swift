/// What body text looks like in one document: its em size, margins and line pitch.
///
/// Paragraph breaks are judged against these: a line that ends well before the right margin
/// ends its paragraph, a line that starts right of the left margin starts one, a gap wider than
/// the usual pitch separates two. Pages of another size (a landscape 自评表 among portrait
/// pages) get their own margins.
struct LayoutStatistics: Sendable {
    /// The em size most body text has.
    var bodyEm: Double
    /// The usual distance between the centres of two lines of one paragraph.
    var pitch: Double
    /// Margins per page width (rounded to the point).
    var margins: [Int: (left: Double, right: Double)]

    init(pages: [PageLayout], furniture: Set<ItemRef>) {
        var emWeights: [Int: Int] = [:]
        var bodyLines: [(page: Int, line: TextLine)] = []
        for (pageIndex, page) in pages.enumerated() {
            for (itemIndex, item) in page.items.enumerated() {
                guard case .line(let line) = item, !furniture.contains(ItemRef(page: pageIndex, item: itemIndex)) else { continue }
                bodyLines.append((pageIndex, line))
                guard line.hasIdeographs else { continue }
                emWeights[Int((line.em * 2).rounded()), default: 0] += line.glyphCount
            }
        }
        let bodyEm = Double(emWeights.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 21) / 2
        self.bodyEm = bodyEm

        var deltas: [Double] = []
        var lefts: [Int: [Int: Int]] = [:]
        var rights: [Int: Double] = [:]
        for (index, entry) in bodyLines.enumerated() {
            let width = Int(pages[entry.page].width.rounded())
            let isBody = abs(entry.line.em - bodyEm) <= 0.15 * bodyEm
            guard isBody else { continue }
            lefts[width, default: [:]][Int(entry.line.box.x0.rounded()), default: 0] += 1
            rights[width] = max(rights[width] ?? 0, entry.line.box.x1)
            if index > 0, bodyLines[index - 1].page == entry.page {
                let delta = entry.line.centerY - bodyLines[index - 1].line.centerY
                if delta > 0.8 * bodyEm && delta < 2.5 * bodyEm { deltas.append(delta) }
            }
        }
        let sorted = deltas.sorted()
        pitch = sorted.isEmpty ? bodyEm * 1.5 : sorted[sorted.count / 3]
        var margins: [Int: (Double, Double)] = [:]
        for (width, counts) in lefts {
            // The leftmost position several lines share is the margin (indented first lines
            // and centred lines stand right of it).
            let shared = counts.filter { $0.value >= 2 }.keys.min() ?? counts.keys.min() ?? 0
            margins[width] = (Double(shared), rights[width] ?? Double(width))
        }
        self.margins = margins
    }

    /// The margins for a page, falling back to the page's own width.
    func margins(for page: PageLayout) -> (left: Double, right: Double) {
        margins[Int(page.width.rounded())] ?? (page.width * 0.12, page.width * 0.88)
    }

    /// Whether a line is set larger than body text (a title or a heading).
    func isLarge(_ line: TextLine) -> Bool {
        line.em >= bodyEm * (line.hasIdeographs ? 1.15 : 1.6)
    }
}
