/// A rate per a compound measure: `元/人·月`, `元/人*月`, `元/户·年` (a subsidy standard per
/// person and month). Forms join the denominator's units with a middle dot, an asterisk or a
/// multiplication sign; each piece is a known unit (or 年/月/日), as in a plain rate (`元/人`).
/// Free text (`元/人次数较多`) is no unit, so such a cell stays qualitative.
enum CompoundUnit {
    static func isRate(_ s: String) -> Bool {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, known(parts[0]) else { return false }
        let pieces = parts[1].split(omittingEmptySubsequences: false) { "·*×＊・".contains($0) }.map(String.init)
        return pieces.count == 2 && pieces.allSatisfy(known)
    }

    private static func known(_ piece: String) -> Bool {
        CellKind.units.contains(piece) || ["年", "月", "日"].contains(piece)
    }
}
