import Foundation
import OfficeOpenXML
import ReportCore
import ReportModel

/// Excel workbooks (SpreadsheetML, `.xlsx`): every sheet's used range, its cells as Excel shows
/// them (`81.8%`, `1,286.40`, `2023年4月26日`), merged cells as spans, empty rows dropped; a
/// sheet's name and its title rows are lines before its table.
///
/// The old binary `.xls` is claimed only to say clearly what to do with it.
public struct XLSXFormatPlugin: FormatPlugin {
    public let id = "xlsx"
    public let name = "Excel workbook (.xlsx, SpreadsheetML)"
    public let fileExtensions = ["xlsx", "xlsm", "xltx", "xls"]
    public let mediaTypes = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]

    public init() {}

    /// A ZIP package whose first entries include the `xl/` folder.
    public func sniff(_ prefix: Data) -> Bool {
        OfficeSniffer.isPackage(prefix, withPartsIn: "xl/")
    }

    public func read(_ input: SourceInput) throws -> Document {
        if OfficeSniffer.isCompoundFile(input.data) {
            throw ConversionError.unreadable(
                file: input.fileName, format: id,
                reason: "a binary Excel 97-2003 workbook (.xls) cannot be read: open it in Excel or LibreOffice and save it as .xlsx")
        }
        do {
            let workbook = try XLSXWorkbook(package: try OfficePackage(data: input.data, path: input.path))
            return try workbook.read()
        } catch let error as ConversionError {
            throw error
        } catch {
            throw ConversionError.unreadable(file: input.fileName, format: id, reason: "\(error)")
        }
    }
}
