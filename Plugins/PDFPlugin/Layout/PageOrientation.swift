/// Which way the text of a page runs, and the quarter turn that sets it left to right.
///
/// poppler applies a page's `/Rotate`, but a form drawn sideways on its page (a landscape
/// 自评表 that a printer driver or scanner laid on a portrait sheet, or a `/Rotate` that turns an
/// upright page on its side) still gives glyphs whose lines run up or down the page. Everything
/// after reading the glyphs (lines, rules, cells) assumes left-to-right lines, so such a page is
/// turned first: its glyph boxes and its rendering alike.
enum PageOrientation: Sendable, Equatable {
    case upright
    /// Lines run from the bottom of the page to the top: turn the page a quarter clockwise.
    case runsUp
    /// Lines run from the top of the page down: turn it a quarter counter-clockwise.
    case runsDown

    /// The direction most glyph-to-glyph steps inside poppler's lines take. Right-to-left
    /// scripts step leftwards and are upright; so is a page with no clear majority.
    static func detect(_ glyphs: [Glyph]) -> PageOrientation {
        var across = 0, up = 0, down = 0
        var previous: Glyph?
        for glyph in glyphs where !glyph.isSpace {
            defer { previous = glyph }
            guard let last = previous, last.lineID == glyph.lineID else { continue }
            let dx = glyph.centerX - last.centerX, dy = glyph.centerY - last.centerY
            if abs(dx) >= abs(dy) {
                across += 1
            } else if dy < 0 {
                up += 1
            } else {
                down += 1
            }
        }
        if up > across && up > down { return .runsUp }
        if down > across && down > up { return .runsDown }
        return .upright
    }

    /// The page's size once turned.
    func size(width: Double, height: Double) -> (width: Double, height: Double) {
        self == .upright ? (width, height) : (height, width)
    }

    /// A point of the page, `width` by `height` as poppler gives it, on the turned page.
    func turn(x: Double, y: Double, width: Double, height: Double) -> (x: Double, y: Double) {
        switch self {
        case .upright: return (x, y)
        case .runsUp: return (height - y, x)
        case .runsDown: return (y, width - x)
        }
    }

    func turn(_ rect: Rect, width: Double, height: Double) -> Rect {
        let a = turn(x: rect.x0, y: rect.y0, width: width, height: height)
        let b = turn(x: rect.x1, y: rect.y1, width: width, height: height)
        return Rect(x0: min(a.x, b.x), y0: min(a.y, b.y), x1: max(a.x, b.x), y1: max(a.y, b.y))
    }

    func turn(_ glyphs: inout [Glyph], width: Double, height: Double) {
        guard self != .upright else { return }
        for index in glyphs.indices {
            glyphs[index].box = turn(glyphs[index].box, width: width, height: height)
        }
    }

    /// The rendering turned the same way (pixel for pixel).
    func turn(_ ink: InkMap) -> InkMap {
        guard self != .upright else { return ink }
        let w = ink.width, h = ink.height
        var turned = [UInt8](repeating: 255, count: w * h)
        ink.luminance.withUnsafeBufferPointer { source in
            turned.withUnsafeMutableBufferPointer { target in
                // The turned map is h pixels wide and w high.
                for y in 0..<h {
                    for x in 0..<w {
                        let (tx, ty) = self == .runsUp ? (h - 1 - y, x) : (y, w - 1 - x)
                        target[ty * h + tx] = source[y * w + x]
                    }
                }
            }
        }
        return InkMap(width: h, height: w, scale: ink.scale, luminance: turned)
    }
}
