import OfficeOpenXML
import ReportCore
import ReportModel

/// A workbook's parts: its sheets in tab order, the shared strings and the cell formats.
struct XLSXWorkbook {
    let package: OfficePackage

    init(package: OfficePackage) throws {
        self.package = package
    }

    func read() throws -> Document {
        let main = try package.mainPart() ?? "xl/workbook.xml"
        guard let workbook = try package.xml(main) else { throw OfficePackage.Failure.missingPart(main) }
        let rels = try package.relationships(of: main)
        let part = { (kind: String) in try rels.values.first { $0.kind == kind }.flatMap { try package.xml($0.path) } }
        let strings = Self.sharedStrings(try part("sharedStrings"))
        let date1904 = XLSXFlag.isOn(workbook.child("workbookPr")?[attribute: "date1904"])
        let formats = XLSXCellFormats(try part("styles"), date1904: date1904)

        var blocks: [Block] = []
        var diagnostics: [ReportWarning] = []
        let sheets = workbook.child("sheets")?.children("sheet") ?? []
        for sheet in sheets {
            let name = sheet[attribute: "name"] ?? ""
            if let state = sheet[attribute: "state"], state != "visible" {
                diagnostics.append(ReportWarning(code: "xlsx-hidden-sheet", severity: .info,
                                                 message: "hidden sheet '\(name)' skipped"))
                continue
            }
            guard let id = sheet[attribute: "id"], let target = rels[id], target.kind == "worksheet" else {
                diagnostics.append(ReportWarning(code: "xlsx-sheet-skipped", severity: .info,
                                                 message: "sheet '\(name)' is not a worksheet (a chart or dialog sheet) and was skipped"))
                continue
            }
            guard let xml = try package.xml(target.path) else { throw OfficePackage.Failure.missingPart(target.path) }
            let grid = XLSXSheetGrid(xml, strings: strings, formats: formats)
            let linkRows = grid.linkListRows().count
            if linkRows > 0 {
                diagnostics.append(ReportWarning(code: "xlsx-link-list", severity: .info,
                                                 message: "sheet '\(name)': \(linkRows) rows that are only hyperlinks (a link list) left out"))
            }
            let sheetBlocks = grid.blocks()
            guard !sheetBlocks.isEmpty else { continue }
            // A sheet's own name says what it holds (`项目支出绩效自评表`); Excel's default
            // (`Sheet1`) says nothing and is left out.
            if !XLSXSheetGrid.isDefaultName(name) {
                blocks.append(Block(.line, text: name, emphasized: true))
            }
            blocks += sheetBlocks
        }
        return Document(blocks: blocks, diagnostics: diagnostics)
    }

    /// `xl/sharedStrings.xml`: one string per `si`, its runs joined; phonetic guides (`rPh`) left out.
    static func sharedStrings(_ root: MarkupElement?) -> [String] {
        (root?.children("si") ?? []).map { si in
            si.child("t")?.text ?? si.children("r").map { $0.child("t")?.text ?? "" }.joined()
        }
    }
}

/// An OOXML boolean attribute: `1` or `true`.
enum XLSXFlag {
    static func isOn(_ value: String?) -> Bool { value == "1" || value == "true" }
}
