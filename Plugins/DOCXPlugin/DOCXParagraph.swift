import OfficeOpenXML
import ReportCore

/// One `w:p`: its list number, its text, and whether it is a heading or stands out.
enum DOCXParagraph {
    static func read(_ p: MarkupElement, context: inout DOCXContext) -> Block? {
        let pPr = p.child("pPr")
        let styleID = pPr?.child("pStyle")?[attribute: "val"]
        var inline = DOCXInline()
        inline.walk(p, context: &context)
        let text = inline.text
        // An explicit numPr (even numId 0, which removes a style's numbering) wins over the style.
        let reference = pPr?.child("numPr") != nil
            ? DOCXNumbering.Reference(pPr?.child("numPr"))
            : styleID.flatMap { context.styles.numbering($0) }
        guard !text.allSatisfy(\.isWhitespace) else { return nil }
        let number = reference.map { context.numbering.next($0) } ?? ""

        let level = styleID.flatMap { context.styles.headingLevel($0) }
            ?? pPr?.child("outlineLvl")?[attribute: "val"].flatMap { Int($0) }.flatMap { (0...8).contains($0) ? $0 + 1 : nil }
        let centered = pPr?.child("jc").map { $0[attribute: "val"] == "center" }
            ?? styleID.map { context.styles.isCentered($0) } ?? false
        if inline.isNavigation {
            return .furniture(number + text)
        }
        if let level {
            return .heading(number + text, level: level)
        }
        return .paragraph(number + text, emphasized: centered || inline.allBold)
    }
}
