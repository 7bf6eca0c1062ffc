/// Moves glyph boxes up or down so that their middle is the middle of the ink they print.
///
/// poppler's box runs from the font's ascent to its descent as the PDF states them, and some
/// fonts state them far from the drawn shapes: in browser-printed tables the box middle of the
/// CJK font stood a quarter em below its ink (while the digits' font beside it was right), so
/// the glyph mask missed the tops of characters (their strokes read as short rules) and reached
/// into the border under the text, and a glyph near the foot of a tight cell could be placed by
/// its centre in the row below. Where the page has been rendered anyway, the ink says where the
/// text really stands.
///
/// Glyphs are measured in pieces that share one font and baseline: neighbours on one poppler
/// line with the same box top and bottom. A piece's band is the rows of dark pixels in the middle
/// half of its letters' boxes, leaving out where a rule passes a letter (dark right across it and
/// beside it; a piece may stand in two cells, under only one of which runs a border), grown from the row nearest the box middle over gaps shorter than a stroke gap.
/// Ideographs and digits alike put the middle of that band about 0.37 em above the baseline.
/// A piece that cannot be measured (punctuation alone, a band of the wrong height) takes the
/// median shift of the pieces whose boxes have the same height for their em: the same font.
enum InkAlignment {
    /// Darker than this (0–255) is ink.
    static let inkLevel: UInt8 = 200
    /// The largest shift believed, in ems.
    static let maximumShift = 0.4

    static func align(_ glyphs: inout [Glyph], to ink: InkMap) {
        var pieces: [(range: Range<Int>, shift: Double?)] = []
        var start = 0
        while start < glyphs.count {
            var end = start + 1
            while end < glyphs.count && glyphs[end].lineID == glyphs[start].lineID
                    && abs(glyphs[end].box.y0 - glyphs[start].box.y0) < 0.05
                    && abs(glyphs[end].box.y1 - glyphs[start].box.y1) < 0.05 {
                end += 1
            }
            pieces.append((start..<end, measuredShift(glyphs[start..<end], ink)))
            start = end
        }
        // Shifts in ems by font (told by its box height for its em), for the pieces not measured.
        var byFont: [Int: [Double]] = [:]
        for piece in pieces {
            guard let shift = piece.shift, let first = glyphs[piece.range].first(where: { !$0.isSpace }) else { continue }
            byFont[fontKey(first), default: []].append(shift / first.em)
        }
        for piece in pieces {
            var shift = piece.shift
            if shift == nil, let first = glyphs[piece.range].first(where: { !$0.isSpace }),
               let ratios = byFont[fontKey(first)]?.sorted() {
                shift = ratios[ratios.count / 2] * first.em
            }
            guard let shift, shift != 0 else { continue }
            for index in piece.range {
                glyphs[index].box.y0 += shift
                glyphs[index].box.y1 += shift
            }
        }
    }

    /// The box height for the em, which is the font's ascent and descent: one value per font.
    /// Boxes are finite and bounded where they leave poppler (`PDFLimits`) and the em is at
    /// least 1, so the ratio converts; a ratio past any real font's is one key of its own.
    private static func fontKey(_ glyph: Glyph) -> Int {
        let ratio = glyph.box.height / glyph.em * 10
        return ratio.isFinite && abs(ratio) < 1e6 ? Int(ratio.rounded()) : Int.max
    }

    /// How far the ink middle of one piece stands below its boxes' middle, in points.
    private static func measuredShift(_ piece: ArraySlice<Glyph>, _ ink: InkMap) -> Double? {
        // Letters, digits and ideographs: punctuation sits high or low and says little.
        let visible = piece.filter { $0.scalar.isIdeograph || $0.scalar.properties.isAlphabetic || ("0"..."9").contains($0.scalar) }
        guard !visible.isEmpty else { return nil }
        let em = TextRun.medianEm(of: visible)
        let middles = visible.map(\.box.midY).sorted()
        let middle = middles[middles.count / 2]
        let s = ink.scale
        // The middle half of each box: side bearings and neighbouring borders stay out.
        let spans: [(x0: Int, x1: Int, glyph: Glyph)] = visible.compactMap { glyph in
            let x0 = max(0, Int(((glyph.box.x0 + 0.25 * glyph.box.width) * s).rounded(.down)))
            let x1 = min(ink.width - 1, Int(((glyph.box.x1 - 0.25 * glyph.box.width) * s).rounded(.up)))
            return x0 <= x1 ? (x0, x1, glyph) : nil
        }
        guard !spans.isEmpty else { return nil }
        let top = max(0, Int(((middle - 1.3 * em) * s).rounded(.down)))
        let bottom = min(ink.height - 1, Int(((middle + 1.3 * em) * s).rounded(.up)))
        guard top < bottom else { return nil }

        var isInk = [Bool](repeating: false, count: bottom - top + 1)
        ink.luminance.withUnsafeBufferPointer { lum in
            for y in top...bottom {
                let base = y * ink.width
                for span in spans {
                    var dark = 0
                    for x in span.x0...span.x1 where lum[base + x] < inkLevel { dark += 1 }
                    guard dark > 0 else { continue }
                    // A rule passing this glyph: dark right across it and carrying on beside it.
                    let box = span.glyph.box
                    if dark * 10 >= (span.x1 - span.x0 + 1) * 9
                        && (darkShare(lum, ink, y: y, from: box.x0 - 0.6 * em, to: box.x0 - 0.05 * em) >= 0.7
                            || darkShare(lum, ink, y: y, from: box.x1 + 0.05 * em, to: box.x1 + 0.6 * em) >= 0.7) {
                        continue
                    }
                    isInk[y - top] = true
                    break
                }
            }
        }
        // Grow the band from the ink row nearest the box middle.
        let centre = Int((middle * s).rounded()) - top
        let reach = Int((0.5 * em * s).rounded())
        guard let seed = (0...reach).lazy.flatMap({ [centre - $0, centre + $0] })
            .first(where: { $0 >= 0 && $0 < isInk.count && isInk[$0] }) else { return nil }
        let gapLimit = max(1, Int((0.2 * em * s).rounded()))
        // Ideographs print about 0.9 em of ink; a pixel more for anti-aliasing.
        let heightLimit = 1.0 * em * s + 1
        var low = seed, high = seed
        var changed = true
        while changed {
            changed = false
            for (direction, isUp) in [(-1, true), (1, false)] {
                let edge = isUp ? low : high
                var probe = edge + direction
                while probe >= 0 && probe < isInk.count && abs(probe - edge) <= gapLimit && !isInk[probe] {
                    probe += direction
                }
                guard probe >= 0, probe < isInk.count, isInk[probe],
                      Double(max(high, probe) - min(low, probe) + 1) <= heightLimit else { continue }
                if isUp { low = probe } else { high = probe }
                changed = true
            }
        }
        let height = Double(high - low + 1) / s
        guard height >= 0.55 * em, height * s <= heightLimit else { return nil }
        let inkMiddle = (Double(top + low) + Double(top + high + 1)) / 2 / s
        let shift = inkMiddle - middle
        return abs(shift) <= maximumShift * em ? shift : nil
    }

    /// The share of dark pixels on row `y` between two x positions (points).
    private static func darkShare(_ lum: UnsafeBufferPointer<UInt8>, _ ink: InkMap, y: Int, from: Double, to: Double) -> Double {
        let x0 = max(0, Int((from * ink.scale).rounded(.down)))
        let x1 = min(ink.width - 1, Int((to * ink.scale).rounded(.up)))
        guard x0 <= x1 else { return 0 }
        let base = y * ink.width
        var dark = 0
        for x in x0...x1 where lum[base + x] < inkLevel { dark += 1 }
        return Double(dark) / Double(x1 - x0 + 1)
    }
}
