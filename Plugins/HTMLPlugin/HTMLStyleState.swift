import Foundation

/// The presentation a piece of text inherits from its ancestors: what makes a short paragraph
/// look like a heading or title (`Block.emphasized`), and whether white space is preformatted.
struct HTMLStyleState: Equatable {
    var bold = false
    var centered = false
    var large = false
    var preformatted = false

    /// The state inside `node`, given the state outside it.
    func entering(_ node: HTMLNode) -> HTMLStyleState {
        var next = self
        let style = HTMLInlineStyle(node.attribute("style"))
        switch node.name {
        case "b", "strong", "th": next.bold = true
        case "center": next.centered = true
        case "big": next.large = true
        case "pre", "listing", "xmp", "plaintext": next.preformatted = true
        case "font":
            if let size = node.attribute("size")?.trimmingCharacters(in: .whitespaces) {
                if size.hasPrefix("+") { next.large = true } else if let n = Int(size) { next.large = n >= 4 }
            }
        default:
            if HTMLElementKinds.headings[node.name] != nil {
                next.bold = true
                next.large = true
            }
        }
        if let align = node.attribute("align")?.lowercased(), node.name != "table", node.name != "img" {
            next.centered = align == "center" || align == "middle"
        }
        if let bold = style.bold { next.bold = bold }
        if let centered = style.centered { next.centered = centered }
        if let large = style.large { next.large = large }
        return next
    }
}
