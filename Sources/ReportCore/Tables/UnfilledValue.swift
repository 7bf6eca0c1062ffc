/// A template's value cell left unfilled but for what it prints around the figure: its unit
/// (`公里`, `万亩`, `%`), its sign (`≧`), or both (`≧ %`). A target table sent down for units to
/// fill states no value there; read as a target it would say `公里` was the aim. A cell with a
/// figure (`≧90%`, `12公里`), or words (`显著提升`, `定性`), is a value as written.
enum UnfilledValue {
    static func isUnfilled(_ cell: String) -> Bool {
        var rest = Substring(cell.compacted)
        guard !rest.isEmpty, !cell.containsDigit else { return false }
        // The comparison signs the templates print before the figure (not the words 定性, 大于…).
        while let f = rest.first, "≥≤≧≦=＝═><＞＜﹦﹥﹤".contains(f) { rest = rest.dropFirst() }
        return rest.isEmpty || ValueParser.isTemplateUnit(String(rest))
    }
}
