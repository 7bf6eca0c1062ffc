import OfficeOpenXML
import ReportCore

/// Walks block-level WordprocessingML (a body, a table cell, a header, a footnote) into blocks.
///
/// Content controls (`w:sdt`) and custom XML wrappers are walked through; section properties
/// and bookmarks carry no text.
enum DOCXBlockWalker {
    static func blocks(_ container: MarkupElement, context: inout DOCXContext) -> [Block] {
        var out: [Block] = []
        for element in container.elements {
            switch element.name {
            case "p":
                if let block = DOCXParagraph.read(element, context: &context) { out.append(block) }
            case "tbl":
                out += DOCXTable.read(element, context: &context)
            case "sdt":
                if let content = element.child("sdtContent") { out += blocks(content, context: &context) }
            case "customXml", "sdtContent", "ins", "moveTo":
                out += blocks(element, context: &context)
            case "AlternateContent":
                if let chosen = DOCXInline.chosen(element) { out += blocks(chosen, context: &context) }
            default:
                continue
            }
        }
        return out
    }

    /// A header or footer part: its text, every line of it furniture.
    static func furniture(_ part: MarkupElement, context: inout DOCXContext) -> [Block] {
        blocks(part, context: &context).flatMap { block -> [Block] in
            if case .table(let grid) = block.kind {
                return grid.rows.map { .furniture($0.filter { !$0.isEmpty }.joined(separator: " ")) }
            }
            return [.furniture(block.text)]
        }.filter { !$0.text.isEmpty }
    }
}
