/// A rendered page as luminance, 0 black to 255 white, row by row.
struct InkMap: Sendable {
    let width: Int
    let height: Int
    /// Pixels per point.
    let scale: Double
    let luminance: [UInt8]
}
