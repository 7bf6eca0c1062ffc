import Foundation
import OfficeOpenXML
import ReportCore
import ReportModel

/// Word documents (WordprocessingML, `.docx`): paragraphs with their heading styles and list
/// numbers, real tables with merged cells, headers and footers as furniture.
///
/// The old binary `.doc` is claimed only to say clearly what to do with it: no Debian library
/// reads it well enough to keep tables and merges.
public struct DOCXFormatPlugin: FormatPlugin {
    public let id = "docx"
    public let name = "Word document (.docx, WordprocessingML)"
    public let fileExtensions = ["docx", "docm", "dotx", "doc"]
    public let mediaTypes = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]

    public init() {}

    /// A ZIP package whose first entries include the `word/` folder.
    public func sniff(_ prefix: Data) -> Bool {
        OfficeSniffer.isPackage(prefix, withPartsIn: "word/")
    }

    public func read(_ input: SourceInput) throws -> Document {
        if OfficeSniffer.isCompoundFile(input.data) {
            throw ConversionError.unreadable(
                file: input.fileName, format: id,
                reason: "a binary Word 97-2003 document (.doc) cannot be read: open it in Word or LibreOffice and save it as .docx")
        }
        do {
            let package = try OfficePackage(data: input.data, path: input.path)
            return try DOCXReader(package: package).read()
        } catch let error as ConversionError {
            throw error
        } catch {
            throw ConversionError.unreadable(file: input.fileName, format: id, reason: "\(error)")
        }
    }
}
