/// A rectangle in page points, origin top-left (poppler's text layout convention).
struct Rect: Sendable, Equatable {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var midX: Double { (x0 + x1) / 2 }
    var midY: Double { (y0 + y1) / 2 }

    /// The smallest rectangle holding both.
    func union(_ other: Rect) -> Rect {
        Rect(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= y0 && y <= y1
    }

    /// How far the two overlap horizontally; negative is the gap between them.
    func horizontalOverlap(_ other: Rect) -> Double {
        min(x1, other.x1) - max(x0, other.x0)
    }
}
