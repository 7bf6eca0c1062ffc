import ReportCore

/// The text of a `<pre>` as the plain-text lines it holds.
///
/// Pages paste a text copy of a report into `<pre>`: a `pdftotext -layout` dump whose columns
/// are aligned by spaces, a text file one cell a line with empty lines between blocks. Read as a
/// paragraph, its spaces would collapse and its empty lines vanish, and the layout readers would
/// never see it; as `Block.line`s it reaches core exactly as the same text in a `.txt` file does,
/// spaces and empty lines kept.
enum HTMLPreformattedText {
    static func lines(of index: Int, in tree: HTMLTree) -> [String] {
        var text = ""
        var stack = [index]
        while let i = stack.popLast() {
            let node = tree[i]
            if node.isText {
                text += node.text
                continue
            }
            // `<br>` and a block inside the text (`<p>`, `<div>`, rare) break the line; inline
            // markup (`<b>`, `<span>`, `<a>`) does not.
            if node.name == "br" || (i != index && HTMLElementKinds.block.contains(node.name)) { text += "\n" }
            for child in node.children.reversed() { stack.append(child) }
        }
        var lines = TextLines.split(text)
        // A newline right after `<pre>` is not part of the text (HTML drops it).
        if lines.first?.isEmpty == true { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines
    }
}
