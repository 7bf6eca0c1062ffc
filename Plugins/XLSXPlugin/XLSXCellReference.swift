/// An A1-style cell reference (`B12` → row 12, column 2), 1-based; ranges as `A1:C3`.
struct XLSXCellReference: Hashable {
    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Nil for anything that is not letters then digits within Excel's limits.
    init?(_ text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(c - UInt8(ascii: "A")) + 1; letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(c - UInt8(ascii: "a")) + 1; letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(c - UInt8(ascii: "0")); digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, row <= 1_048_576, column <= 16_384 else { return nil }
        self.row = row
        self.column = column
    }

    /// The two corners of `A1:C3`; a single reference is a one-cell range.
    static func range(_ text: String) -> (XLSXCellReference, XLSXCellReference)? {
        let parts = text.split(separator: ":")
        guard let first = parts.first.flatMap({ XLSXCellReference(String($0)) }) else { return nil }
        let second = parts.count > 1 ? XLSXCellReference(String(parts[1])) : first
        guard let second else { return nil }
        return (XLSXCellReference(row: min(first.row, second.row), column: min(first.column, second.column)),
                XLSXCellReference(row: max(first.row, second.row), column: max(first.column, second.column)))
    }
}
