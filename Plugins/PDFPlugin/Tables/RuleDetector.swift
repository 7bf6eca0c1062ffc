/// Finds ruling lines in a rendered page by long runs of thin ink.
///
/// A pixel belongs to a horizontal rule when it is dark and there is lighter paper within a few
/// pixels both above and below it (so a thin line counts, a shaded cell or a thick bar does
/// not); runs of such pixels longer than `minimumLength` are segments. Vertical rules alike.
/// Glyph interiors are masked first, so the strokes of 一 or a row of dashes are not rules. A
/// masked neighbour counts as paper: browsers print cells without padding, and a border with
/// text set right against it has ink, not paper, beside it (it is still a thin line).
enum RuleDetector {
    /// How much darker than nearby paper a rule pixel must be (0–255).
    static let contrast = 24
    /// The shortest rule, in points.
    static let minimumLength = 6.0
    /// The thickest rule, in points; thicker ink is a fill.
    static let maximumThickness = 3.0

    static func segments(in ink: InkMap, masking glyphs: [Glyph]) -> [RuleSegment] {
        let mask = glyphMask(ink, glyphs)
        let reach = max(2, Int((maximumThickness * ink.scale).rounded()))
        let minimumRun = max(3, Int((minimumLength * ink.scale).rounded()))
        var raw: [RawRun] = []
        ink.luminance.withUnsafeBufferPointer { lum in
            mask.withUnsafeBufferPointer { mask in
                raw = horizontalRuns(lum, mask, ink.width, ink.height, reach, minimumRun)
                    + verticalRuns(lum, mask, ink.width, ink.height, reach, minimumRun)
            }
        }
        return merge(raw, scale: ink.scale)
    }

    /// One run of rule pixels: on `line` (row or column), from `start` to `end` inclusive.
    struct RawRun {
        var axis: RuleSegment.Axis
        var line: Int
        var start: Int
        var end: Int
    }

    // MARK: - Masking

    private static func glyphMask(_ ink: InkMap, _ glyphs: [Glyph]) -> [Bool] {
        var mask = [Bool](repeating: false, count: ink.width * ink.height)
        let s = ink.scale
        for glyph in glyphs where !glyph.isSpace {
            // The advance box less the side bearings (cells without padding put a glyph's box
            // right on the border), and the ink's height, not poppler's box (the font's full
            // height, which reaches into the borders of tight rows).
            let em = glyph.em
            let inset = 0.1 * em   // side bearings: ink never reaches the advance box's edge
            let x0 = max(0, Int(((glyph.box.x0 + inset) * s).rounded(.down)))
            let x1 = min(ink.width - 1, Int(((glyph.box.x1 - inset) * s).rounded(.up)) - 1)
            let y0 = max(0, Int(((glyph.centerY - 0.45 * em) * s).rounded(.down)))
            let y1 = min(ink.height - 1, Int(((glyph.centerY + 0.45 * em) * s).rounded(.up)))
            guard x0 <= x1, y0 <= y1 else { continue }
            for y in y0...y1 {
                let base = y * ink.width
                for x in x0...x1 { mask[base + x] = true }
            }
        }
        return mask
    }

    // MARK: - Runs

    private static func horizontalRuns(_ lum: UnsafeBufferPointer<UInt8>, _ mask: UnsafeBufferPointer<Bool>,
                                       _ width: Int, _ height: Int, _ reach: Int, _ minimumRun: Int) -> [RawRun] {
        var runs: [RawRun] = []
        guard height > 2 * reach else { return runs }
        for y in reach..<(height - reach) {
            let base = y * width
            var runStart = -1
            for x in 0...width {
                var isRule = false
                if x < width {
                    let p = Int(lum[base + x])
                    if p < 255 - contrast && !mask[base + x] {
                        let limit = p + contrast
                        var above = false, below = false
                        for d in 1...reach {
                            if !above && (Int(lum[base - d * width + x]) >= limit || mask[base - d * width + x]) { above = true }
                            if !below && (Int(lum[base + d * width + x]) >= limit || mask[base + d * width + x]) { below = true }
                            if above && below { break }
                        }
                        isRule = above && below
                    }
                }
                if isRule {
                    if runStart < 0 { runStart = x }
                } else if runStart >= 0 {
                    if x - runStart >= minimumRun { runs.append(RawRun(axis: .horizontal, line: y, start: runStart, end: x - 1)) }
                    runStart = -1
                }
            }
        }
        return runs
    }

    private static func verticalRuns(_ lum: UnsafeBufferPointer<UInt8>, _ mask: UnsafeBufferPointer<Bool>,
                                     _ width: Int, _ height: Int, _ reach: Int, _ minimumRun: Int) -> [RawRun] {
        var runs: [RawRun] = []
        guard width > 2 * reach else { return runs }
        // Walk row by row (cache-friendly) and keep one open run per column.
        var runStart = [Int](repeating: -1, count: width)
        for y in 0...height {
            let base = y * width
            for x in reach..<(width - reach) {
                var isRule = false
                if y < height {
                    let p = Int(lum[base + x])
                    if p < 255 - contrast && !mask[base + x] {
                        let limit = p + contrast
                        var left = false, right = false
                        for d in 1...reach {
                            if !left && (Int(lum[base + x - d]) >= limit || mask[base + x - d]) { left = true }
                            if !right && (Int(lum[base + x + d]) >= limit || mask[base + x + d]) { right = true }
                            if left && right { break }
                        }
                        isRule = left && right
                    }
                }
                if isRule {
                    if runStart[x] < 0 { runStart[x] = y }
                } else if runStart[x] >= 0 {
                    if y - runStart[x] >= minimumRun {
                        runs.append(RawRun(axis: .vertical, line: x, start: runStart[x], end: y - 1))
                    }
                    runStart[x] = -1
                }
            }
        }
        return runs
    }

    // MARK: - Merging

    /// Runs on neighbouring pixel lines that overlap are one rule of some thickness; its
    /// position is their middle.
    private static func merge(_ runs: [RawRun], scale: Double) -> [RuleSegment] {
        var segments: [RuleSegment] = []
        for axis in [RuleSegment.Axis.horizontal, .vertical] {
            let sorted = runs.filter { $0.axis == axis }.sorted { ($0.line, $0.start) < ($1.line, $1.start) }
            // Open groups: first line, last line, extent.
            var groups: [(first: Int, last: Int, start: Int, end: Int)] = []
            var open: [Int] = []
            for run in sorted {
                open.removeAll { groups[$0].last < run.line - 1 }
                if let match = open.first(where: { index in
                    let g = groups[index]
                    let overlap = min(g.end, run.end) - max(g.start, run.start)
                    return g.last >= run.line - 1 && overlap >= min(g.end - g.start, run.end - run.start) / 2
                }) {
                    groups[match].last = run.line
                    groups[match].start = min(groups[match].start, run.start)
                    groups[match].end = max(groups[match].end, run.end)
                } else {
                    groups.append((run.line, run.line, run.start, run.end))
                    open.append(groups.count - 1)
                }
            }
            for g in groups {
                let middle = (Double(g.first + g.last) / 2 + 0.5) / scale
                segments.append(RuleSegment(axis: axis, position: middle,
                                            start: Double(g.start) / scale, end: Double(g.end + 1) / scale))
            }
        }
        return segments
    }
}
