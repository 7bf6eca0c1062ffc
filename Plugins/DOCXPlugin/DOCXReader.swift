import OfficeOpenXML
import ReportCore
import ReportModel

/// Reads a WordprocessingML package into blocks: the running headers first (as furniture), the
/// body in order, footnotes, then the running footers (as furniture).
struct DOCXReader {
    let package: OfficePackage

    func read() throws -> Document {
        let main = try package.mainPart() ?? "word/document.xml"
        guard let root = try package.xml(main) else { throw OfficePackage.Failure.missingPart(main) }
        guard let body = root.child("body") else { throw OfficePackage.Failure.damaged(part: main, reason: "no w:body") }
        let rels = try package.relationships(of: main)
        let byKind = { (kind: String) in rels.values.filter { $0.kind == kind }.map(\.path).sorted() }

        var context = DOCXContext(styles: DOCXStyles(try byKind("styles").first.flatMap { try package.xml($0) }),
                                  numbering: DOCXNumbering(try byKind("numbering").first.flatMap { try package.xml($0) }))
        var blocks: [Block] = []
        for header in byKind("header") {
            guard let part = try package.xml(header) else { continue }
            blocks += DOCXBlockWalker.furniture(part, context: &context)
        }
        blocks += DOCXBlockWalker.blocks(body, context: &context)
        for kind in ["footnotes", "endnotes"] {
            guard let path = byKind(kind).first, let part = try package.xml(path) else { continue }
            // Separator and continuation notes (w:type set) are drawing rules, not text.
            for note in part.elements where note[attribute: "type"] == nil {
                blocks += DOCXBlockWalker.blocks(note, context: &context)
            }
        }
        for footer in byKind("footer") {
            guard let part = try package.xml(footer) else { continue }
            blocks += DOCXBlockWalker.furniture(part, context: &context)
        }
        return Document(blocks: blocks, diagnostics: context.skipped.warnings)
    }
}

/// What the walk of one document shares: styles, list counters, open fields and what was skipped.
struct DOCXContext {
    var styles: DOCXStyles
    var numbering: DOCXNumbering
    var fields = DOCXFieldState()
    var skipped = DOCXSkippedContent()
}
