/// A straight ruling line found on a rendered page, in points.
struct RuleSegment: Sendable, Equatable {
    enum Axis: Sendable { case horizontal, vertical }

    var axis: Axis
    /// y for a horizontal line, x for a vertical one.
    var position: Double
    /// Where it starts and ends along its axis.
    var start: Double
    var end: Double

    var length: Double { end - start }

    /// Whether a horizontal and a vertical segment cross or touch, within `tolerance` points.
    static func meet(_ h: RuleSegment, _ v: RuleSegment, tolerance: Double) -> Bool {
        v.position >= h.start - tolerance && v.position <= h.end + tolerance
            && h.position >= v.start - tolerance && h.position <= v.end + tolerance
    }
}
