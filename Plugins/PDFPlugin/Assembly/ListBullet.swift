/// Recognises the bullet that opens a list item printed as text (a web page's `<li>` items, a
/// Word list saved as PDF: `- 发布机构：…`, `• 来源：…`).
///
/// Only used to see where a paragraph must end: an item never carries on the line above it,
/// however full that line is. A hyphen or an asterisk counts only before a word (not before a
/// figure: `-3-` is a page number, `-0.5` a value).
enum ListBullet {
    static func starts(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop { $0.properties.isWhitespace }
        guard let first = scalars.first else { return false }
        if "•·●◆■□▪○◇".unicodeScalars.contains(first) { return scalars.count > 1 }
        guard first == "-" || first == "*" else { return false }
        scalars = scalars.dropFirst()
        let spaced = scalars.first?.properties.isWhitespace ?? false
        scalars = scalars.drop { $0.properties.isWhitespace }
        guard let next = scalars.first else { return false }
        return next.isIdeograph || (spaced && next.properties.isAlphabetic)
    }
}
