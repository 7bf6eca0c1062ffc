/// Finds ruling lines in a rendered page: thin dark lines, thin light lines on a dark ground,
/// and the edges of filled areas.
///
/// A pixel belongs to a horizontal rule when it is dark and there is lighter paper within a few
/// pixels both above and below it (so a thin line counts, a shaded cell or a thick bar does
/// not); runs of such pixels longer than `minimumLength` are segments. Vertical rules alike.
/// Glyph interiors are masked first, so the strokes of 一 or a row of dashes are not rules. A
/// masked neighbour counts as paper on one side only: browsers print cells without padding, and
/// a border with text set right against it has ink, not paper, beside it (it is still a thin
/// line); but the ground between two glyphs of a shaded cell, masked on both sides, is no rule.
///
/// Where the page has filled areas (shaded header cells, a grey form), the same search on the
/// inverted page finds white rules drawn over the fill, and an edge where a fill meets the paper
/// or another fill, flat on both sides for more than a rule's thickness, is a rule too: the
/// boundary of a shaded cell separates cells as a stroke does.
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
                guard hasFills(lum, mask, ink.width, ink.height, scale: ink.scale) else { return }
                let inverted = lum.map { 255 - $0 }
                inverted.withUnsafeBufferPointer { inverted in
                    raw += horizontalRuns(inverted, mask, ink.width, ink.height, reach, minimumRun, onGround: true)
                        + verticalRuns(inverted, mask, ink.width, ink.height, reach, minimumRun, onGround: true)
                }
                raw += edgeRuns(lum, mask, ink.width, ink.height, depth: reach + 1, minimumRun)
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

    /// - Parameter onGround: searching the inverted page for light rules on a fill: then a
    ///   masked neighbour does not count as paper (the white between two lines of text set
    ///   tight is no rule) and nothing carries a run under a mask.
    private static func horizontalRuns(_ lum: UnsafeBufferPointer<UInt8>, _ mask: UnsafeBufferPointer<Bool>,
                                       _ width: Int, _ height: Int, _ reach: Int, _ minimumRun: Int,
                                       onGround: Bool = false) -> [RawRun] {
        var runs: [RawRun] = []
        guard height > 2 * reach else { return runs }
        for y in reach..<(height - reach) {
            let base = y * width
            var run = OpenRun()
            var x = 0
            while x <= width {
                // Paper with no run open gives nothing: skipped eight pixels at a time.
                if run.first < 0, x + 8 <= width, allPaper(lum, base + x) {
                    x += 8
                    continue
                }
                defer { x += 1 }
                var kind = 0
                if x < width {
                    let p = Int(lum[base + x])
                    if p < 255 - contrast && !mask[base + x] {
                        let limit = p + contrast
                        let above = side(lum, mask, base + x, step: -width, reach: reach, limit: limit)
                        let below = above > 0 ? side(lum, mask, base + x, step: width, reach: reach, limit: limit) : 0
                        kind = above > 0 && below > 0 ? above + below - 1 : 0
                        if onGround && kind < 3 { kind = 0 }
                    } else if !onGround && p < 255 - contrast {
                        kind = 1   // under a glyph's mask: a rule may run on behind the text
                    }
                }
                if let done = run.step(at: x, kind: kind, minimumRun: minimumRun) {
                    runs.append(RawRun(axis: .horizontal, line: y, start: done.start, end: done.end))
                }
            }
        }
        return runs
    }

    private static func verticalRuns(_ lum: UnsafeBufferPointer<UInt8>, _ mask: UnsafeBufferPointer<Bool>,
                                     _ width: Int, _ height: Int, _ reach: Int, _ minimumRun: Int,
                                     onGround: Bool = false) -> [RawRun] {
        var runs: [RawRun] = []
        guard width > 2 * reach else { return runs }
        // Walk row by row (cache-friendly) and keep one open run per column.
        var openRuns = [OpenRun](repeating: OpenRun(), count: width)
        // 1 where a column's run is open, so that eight columns of paper with none open can be
        // skipped at once, as in `horizontalRuns`.
        var openFlags = [UInt8](repeating: 0, count: width + 8)
        openRuns.withUnsafeMutableBufferPointer { open in
            openFlags.withUnsafeMutableBufferPointer { isOpen in
                for y in 0...height {
                    let base = y * width
                    var x = reach
                    while x < width - reach {
                        if y < height, x + 8 <= width - reach, allPaper(lum, base + x), noneOpen(isOpen, x) {
                            x += 8
                            continue
                        }
                        defer { x += 1 }
                        var kind = 0
                        if y < height {
                            let p = Int(lum[base + x])
                            if p < 255 - contrast && !mask[base + x] {
                                let limit = p + contrast
                                let left = side(lum, mask, base + x, step: -1, reach: reach, limit: limit)
                                let right = left > 0 ? side(lum, mask, base + x, step: 1, reach: reach, limit: limit) : 0
                                kind = left > 0 && right > 0 ? left + right - 1 : 0
                                if onGround && kind < 3 { kind = 0 }
                            } else if !onGround && p < 255 - contrast {
                                kind = 1   // under a glyph's mask: a rule may run on behind the text
                            }
                        }
                        if let done = open[x].step(at: y, kind: kind, minimumRun: minimumRun) {
                            runs.append(RawRun(axis: .vertical, line: x, start: done.start, end: done.end))
                        }
                        isOpen[x] = open[x].first >= 0 ? 1 : 0
                    }
                }
            }
        }
        return runs
    }

    /// Whether the eight pixels from `index` are all paper (at least `255 - contrast`), tested
    /// as one word: most of a page is paper, and each pass here visits every pixel. A pixel is
    /// ink when its complement exceeds `contrast`; adding `127 - contrast` to each byte of the
    /// complement sets a byte's top bit exactly then (for bytes up to 127; a byte of 128 or more
    /// has it set already, and a carry out of it only lands where ink was found anyway).
    @inline(__always)
    private static func allPaper(_ lum: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let complement = ~UnsafeRawPointer(lum.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        return ((complement &+ ones &* UInt64(127 - contrast)) | complement) & (ones &* 0x80) == 0
    }

    /// Whether none of the eight columns from `x` has a run open.
    @inline(__always)
    private static func noneOpen(_ isOpen: UnsafeMutableBufferPointer<UInt8>, _ x: Int) -> Bool {
        UnsafeRawPointer(isOpen.baseAddress! + x).loadUnaligned(as: UInt64.self) == 0
    }

    /// What stands within `reach` pixels of `index`, stepping by `step`: 2 paper (unmasked and
    /// at least `limit` light), else 1 a masked pixel, else 0.
    @inline(__always)
    private static func side(_ lum: UnsafeBufferPointer<UInt8>, _ mask: UnsafeBufferPointer<Bool>, _ index: Int,
                             step: Int, reach: Int, limit: Int) -> Int {
        var found = 0
        for d in 1...reach {
            let i = index + d * step
            if mask[i] {
                found = 1
            } else if Int(lum[i]) >= limit {
                return 2
            }
        }
        return found
    }

    /// A run being walked along one pixel line. Pixels of `kind` 2 or 3 (paper on one side or
    /// both) make a rule; pixels of kind 1 (ink under a glyph's mask, or with glyphs masked on
    /// both sides: a rule squeezed between two tight rows of text, or running behind them) only
    /// carry a run across, and never make one alone (the ground between the glyphs of a shaded
    /// cell is that too).
    struct OpenRun {
        var first = -1, last = -1, count = 0

        /// Takes the pixel at `position`; returns the run it ends, if long enough.
        mutating func step(at position: Int, kind: Int, minimumRun: Int) -> (start: Int, end: Int)? {
            if kind >= 2 {
                if first < 0 { first = position }
                last = position
                count += 1
                return nil
            }
            // Nothing open (paper, the common case): nothing to carry, end or reset. This runs for
            // every pixel of a rendered page, twice.
            if first < 0 || kind == 1 { return nil }
            defer { self = OpenRun() }
            guard last - first + 1 >= minimumRun, 3 * count >= minimumRun else { return nil }
            return (first, last)
        }
    }

    // MARK: - Fills

    /// Whether the page has filled areas: enough unmasked pixels whose neighbours four pixels
    /// away on all four sides are ink too (a rule or a stroke of a glyph has none; a shaded
    /// cell has many).
    private static func hasFills(_ lum: UnsafeBufferPointer<UInt8>, _ mask: UnsafeBufferPointer<Bool>,
                                 _ width: Int, _ height: Int, scale: Double) -> Bool {
        let dark = UInt8(255 - contrast), d = max(4, Int((4 * scale).rounded()))
        let needed = Int(400 * scale * scale)
        var count = 0
        guard width > 2 * d, height > 2 * d else { return false }
        for y in d..<(height - d) {
            let base = y * width
            var x = d
            while x < width - d {
                if x + 8 <= width - d, allPaper(lum, base + x) {
                    x += 8
                    continue
                }
                defer { x += 1 }
                guard lum[base + x] < dark && !mask[base + x] else { continue }
                if lum[base + x - d] < dark && lum[base + x + d] < dark
                    && lum[base - d * width + x] < dark && lum[base + d * width + x] < dark {
                    count += 1
                    if count >= needed { return true }
                }
            }
        }
        return false
    }

    /// Edges between two flat areas of different luminance, both ways: a horizontal edge lies
    /// between pixel rows y - 1 and y (recorded on row y), where `depth` pixels on each side are
    /// within a few levels of the pixel next to the edge, none of them under a glyph's mask (the
    /// outer stroke of a glyph beside its mask is no edge of a fill).
    private static func edgeRuns(_ lum: UnsafeBufferPointer<UInt8>, _ mask: UnsafeBufferPointer<Bool>,
                                 _ width: Int, _ height: Int, depth: Int, _ minimumRun: Int) -> [RawRun] {
        let flat = 10
        func isEdge(_ before: Int, _ after: Int, _ step: Int) -> Bool {
            let a = Int(lum[before]), b = Int(lum[after])
            guard abs(a - b) >= contrast, !mask[before], !mask[after] else { return false }
            for j in 1..<depth {
                let p = before - j * step, q = after + j * step
                if mask[p] || mask[q] || abs(Int(lum[p]) - a) > flat || abs(Int(lum[q]) - b) > flat { return false }
            }
            return true
        }
        var runs: [RawRun] = []
        guard width > 2 * depth, height > 2 * depth else { return runs }
        for y in depth..<(height - depth + 1) {
            let base = y * width
            var runStart = -1
            for x in 0...width {
                if x < width && isEdge(base - width + x, base + x, width) {
                    if runStart < 0 { runStart = x }
                } else if runStart >= 0 {
                    if x - runStart >= minimumRun { runs.append(RawRun(axis: .horizontal, line: y, start: runStart, end: x - 1)) }
                    runStart = -1
                }
            }
        }
        var open = [Int](repeating: -1, count: width)
        for y in 0...height {
            let base = y * width
            for x in depth..<(width - depth + 1) {
                if y < height && isEdge(base + x - 1, base + x, 1) {
                    if open[x] < 0 { open[x] = y }
                } else if open[x] >= 0 {
                    if y - open[x] >= minimumRun { runs.append(RawRun(axis: .vertical, line: x, start: open[x], end: y - 1)) }
                    open[x] = -1
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
