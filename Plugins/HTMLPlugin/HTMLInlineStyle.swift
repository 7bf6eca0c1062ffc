import Foundation

/// The few CSS declarations of a `style` attribute that matter for reading a page.
struct HTMLInlineStyle {
    private var declarations: [String: String] = [:]

    init(_ attribute: String?) {
        guard let attribute, !attribute.isEmpty else { return }
        for declaration in attribute.lowercased().split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let property = declaration[..<colon].trimmingCharacters(in: .whitespacesAndNewlines)
            let value = declaration[declaration.index(after: colon)...]
                .replacingOccurrences(of: "!important", with: "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            declarations[property] = value
        }
    }

    subscript(property: String) -> String? { declarations[property] }

    /// `display:none` or `visibility:hidden`: the browser shows nothing of it.
    var hides: Bool {
        self["display"] == "none" || self["visibility"] == "hidden" || self["visibility"] == "collapse"
    }

    /// `font-weight`: true for bold, false for normal, nil when not set.
    var bold: Bool? {
        guard let weight = self["font-weight"] else { return nil }
        if weight.hasPrefix("bold") { return true }
        if weight == "normal" || weight == "lighter" { return false }
        if let number = Int(weight) { return number >= 600 }
        return nil
    }

    /// `text-align`: true for centred, false for another alignment, nil when not set.
    var centered: Bool? {
        guard let align = self["text-align"] else { return nil }
        return align.hasPrefix("center")
    }

    /// Whether `font-size` is clearly larger than body text (18px, 14pt, 1.3em or a large keyword).
    var large: Bool? {
        guard let size = self["font-size"] else { return nil }
        if ["large", "x-large", "xx-large", "xxx-large", "larger"].contains(size) { return true }
        let number = Double(size.prefix { $0.isNumber || $0 == "." }) ?? 0
        if size.hasSuffix("px") { return number >= 18 }
        if size.hasSuffix("pt") { return number >= 14 }
        if size.hasSuffix("em") || size.hasSuffix("rem") { return number >= 1.3 }
        if size.hasSuffix("%") { return number >= 130 }
        return false
    }
}
