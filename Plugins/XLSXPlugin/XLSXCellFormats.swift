import OfficeOpenXML

/// The number formats of `xl/styles.xml`, by cell style index (`c/@s`).
struct XLSXCellFormats {
    private var codes: [Int: String] = [:]
    private var styleFormat: [Int] = []
    let date1904: Bool

    init(_ root: MarkupElement?, date1904: Bool) {
        self.date1904 = date1904
        for numFmt in root?.child("numFmts")?.children("numFmt") ?? [] {
            guard let id = numFmt[attribute: "numFmtId"].flatMap({ Int($0) }), let code = numFmt[attribute: "formatCode"] else { continue }
            codes[id] = code
        }
        styleFormat = (root?.child("cellXfs")?.children("xf") ?? []).map { $0[attribute: "numFmtId"].flatMap { Int($0) } ?? 0 }
    }

    /// The format code a cell style applies.
    func code(style: Int?) -> String {
        guard let style, style >= 0, style < styleFormat.count else { return "General" }
        let id = styleFormat[style]
        return codes[id] ?? Self.builtIn[id] ?? "General"
    }

    /// Excel's built-in formats (ECMA-376 §18.8.30), with the Chinese locale's date forms for
    /// the ids whose meaning depends on the locale.
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        12: "# ?/?", 13: "# ??/??", 14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
        18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm",
        27: "yyyy\"年\"m\"月\"", 28: "m\"月\"d\"日\"", 29: "m\"月\"d\"日\"", 30: "m-d-yy", 31: "yyyy\"年\"m\"月\"d\"日\"",
        32: "h\"时\"mm\"分\"", 33: "h\"时\"mm\"分\"ss\"秒\"", 34: "上午/下午h\"时\"mm\"分\"", 35: "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        36: "yyyy\"年\"m\"月\"", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
        40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
        50: "yyyy\"年\"m\"月\"", 51: "m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"", 53: "m\"月\"d\"日\"", 54: "m\"月\"d\"日\"",
        55: "上午/下午h\"时\"mm\"分\"", 56: "上午/下午h\"时\"mm\"分\"ss\"秒\"", 57: "yyyy\"年\"m\"月\"", 58: "m\"月\"d\"日\"",
    ]
}
