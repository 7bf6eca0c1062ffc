import Foundation
import OfficeOpenXML

/// The text of a paragraph's runs, walked through hyperlinks, insertions, content controls and
/// simple fields; deleted text, hidden runs and page-number fields are left out, and drawings
/// are counted as skipped.
struct DOCXInline {
    private(set) var text = ""
    private var boldRuns = 0
    private var plainRuns = 0
    private var linkDepth = 0
    private var externalLinks = 0
    private var linkedCharacters = 0
    private var unlinkedCharacters = 0

    /// Every run with text is bold.
    var allBold: Bool { boldRuns > 0 && plainRuns == 0 }

    /// The paragraph is links to other documents, with little else: a site's navigation bar, a
    /// list of related sites, a font-size widget (`【字体：大 中 小】`) — not report text. It is
    /// nothing but one link, or two or more links making at least half of its text. Links
    /// inside the document (a table of contents) do not count.
    var isNavigation: Bool {
        guard linkedCharacters > 0 else { return false }
        return unlinkedCharacters == 0 || externalLinks >= 2 && linkedCharacters >= unlinkedCharacters
    }

    mutating func walk(_ element: MarkupElement, context: inout DOCXContext) {
        for child in element.elements {
            switch child.name {
            case "r":
                run(child, context: &context)
            case "hyperlink":
                let external = child[attribute: "id"] != nil && child[attribute: "anchor"] == nil
                if external { linkDepth += 1; externalLinks += 1 }
                walk(child, context: &context)
                if external { linkDepth -= 1 }
            case "ins", "moveTo", "smartTag", "customXml", "dir", "bdo", "sdtContent":
                walk(child, context: &context)
            case "sdt":
                if let content = child.child("sdtContent") { walk(content, context: &context) }
            case "fldSimple":
                // A simple field holds its last result as runs; a page number is dropped.
                if !DOCXFieldState.isPageNumber(instruction: child[attribute: "instr"]?.trimmed ?? "") {
                    walk(child, context: &context)
                }
            case "AlternateContent":
                if let chosen = Self.chosen(child) { walk(chosen, context: &context) }
            case "oMath", "oMathPara":
                if context.fields.showsText { text += child.descendants("t").map(\.text).joined() }
            default:
                continue  // pPr, del, moveFrom, bookmarks, proofing marks, comments
            }
        }
    }

    private mutating func run(_ r: MarkupElement, context: inout DOCXContext) {
        let rPr = r.child("rPr")
        let hidden = Self.isOn(rPr?.child("vanish")) || Self.isOn(rPr?.child("webHidden"))
        let bold = Self.isOn(rPr?.child("b"))
        var piece = ""
        for child in r.elements {
            let shows = context.fields.showsText && !hidden
            switch child.name {
            case "t":
                // A no-break space is a space to a reader (as `&nbsp;` is to the HTML plugin).
                if shows { piece += child.text.replacingOccurrences(of: "\u{00A0}", with: " ") }
            case "tab", "ptab":
                if shows { piece += "\t" }
            case "br":
                // A page or column break ends a page, not a line of text.
                let type = child[attribute: "type"] ?? "textWrapping"
                if shows, type == "textWrapping" { piece += "\n" }
            case "cr":
                if shows { piece += "\n" }
            case "noBreakHyphen":
                if shows { piece += "-" }
            case "fldChar":
                switch child[attribute: "fldCharType"] {
                case "begin": context.fields.begin()
                case "separate": context.fields.separate()
                case "end": context.fields.end()
                default: break
                }
            case "instrText":
                context.fields.instruction(child.text)
            case "drawing", "pict":
                Self.skipDrawing(child, context: &context)
            case "object":
                context.skipped.object()
            case "AlternateContent":
                if let chosen = Self.chosen(child) {
                    var nested = MarkupElement(name: "r", attributes: r.attributes, children: chosen.children)
                    if let rPr { nested.children.insert(.element(rPr), at: 0) }
                    text += piece
                    piece = ""
                    run(nested, context: &context)
                }
            default:
                continue  // rPr, delText, sym, footnote references, lastRenderedPageBreak
            }
        }
        text += piece
        let counted = piece.filter { !$0.isWhitespace && !Self.linkSeparators.contains($0) }.count
        if linkDepth > 0 { linkedCharacters += counted } else { unlinkedCharacters += counted }
        if !piece.allSatisfy(\.isWhitespace) {
            if bold { boldRuns += 1 } else { plainRuns += 1 }
        }
    }

    /// What sites put between navigation links.
    static let linkSeparators: Set<Character> = ["|", "｜", "·", "/", "、", ">", "»", "-", "—", "【", "】", "[", "]"]

    /// A drawing is a text box (floating, outside the reading order) or a picture: both are
    /// skipped and counted.
    private static func skipDrawing(_ drawing: MarkupElement, context: inout DOCXContext) {
        let boxes = drawing.descendants("txbxContent")
        if !boxes.isEmpty {
            for box in boxes { context.skipped.textBox(box.descendants("t").map(\.text).joined()) }
        } else if !drawing.descendants("pic").isEmpty || !drawing.descendants("imagedata").isEmpty
                    || !drawing.descendants("blip").isEmpty {
            context.skipped.image()
        } else if !drawing.descendants("graphicData").isEmpty || !drawing.descendants("OLEObject").isEmpty {
            context.skipped.object()
        }
        // Anything else is a drawn line or rule: no content.
    }

    /// Of `mc:AlternateContent`, the branch to read: the modern `Choice` (what Word shows), or
    /// the `Fallback` when there is no choice.
    static func chosen(_ alternate: MarkupElement) -> MarkupElement? {
        alternate.child("Choice") ?? alternate.child("Fallback")
    }

    /// An on/off property: present and not `false`/`0`/`off`.
    static func isOn(_ property: MarkupElement?) -> Bool {
        guard let property else { return false }
        guard let value = property[attribute: "val"] else { return true }
        return !["false", "0", "off", "none"].contains(value.lowercased())
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
