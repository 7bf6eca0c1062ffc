/// White space as a reader of the page sees it: ASCII space and controls, NBSP, the ideographic
/// space and every other Unicode space. Checked per character in the hottest loops, so the
/// common cases (ASCII, CJK) are answered without a Unicode property lookup.
enum HTMLWhitespace {
    @inline(__always)
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x3400 && v <= 0x9FFF { return false }  // CJK ideographs
        if v == 0xA0 || v == 0x3000 { return true }
        return scalar.properties.isWhitespace
    }
}
