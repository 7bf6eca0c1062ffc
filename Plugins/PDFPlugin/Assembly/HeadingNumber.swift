import Foundation

/// Recognises the numbering that opens a heading or a list item (一、 （一） 1. （1） 第一章).
///
/// Only used to see where a paragraph must end; which numbered lines are headings is decided in
/// core for every format.
enum HeadingNumber {
    private static let pattern = try? NSRegularExpression(
        pattern: #"^\s*(第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|[①-⑳])"#)

    static func starts(_ text: String) -> Bool {
        guard let pattern else { return false }
        return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
