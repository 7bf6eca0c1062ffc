import ReportCore

/// Walks a parsed page in reading order and produces the intermediate document's blocks.
///
/// Block elements (`p`, `div`, `li`, `td` of a layout table, …) end a paragraph; `<br>` is a
/// line break inside it; `h1`–`h6` are headings; data tables become `TableGrid`s; furniture is
/// skipped whole. Short paragraphs that are entirely bold, centred or large are `emphasized`.
/// The page's metadata block comes out as one `label：value` paragraph per field, whether it was
/// written as a table, a list, a `<dl>` or labelled spans.
///
/// The walk uses an explicit stack, never recursion, so nesting depth cannot overflow the stack.
struct HTMLBlockReader {
    /// Paragraphs longer than this are body text even when bold or centred.
    static let maximumEmphasizedLength = 80
    /// A value that follows a label-only block must be this short.
    static let maximumPendingValueLength = 100

    let tree: HTMLTree
    let metrics: HTMLTextMetrics
    let furniture: HTMLFurniture
    let tables: HTMLTableReader

    private var blocks = [Block]()
    private var buffer = HTMLTextBuffer()
    /// The heading level while inside `h1`–`h6`.
    private var headingLevel: Int?
    /// A metadata label whose value is expected in the next block (`<dt>索引号</dt><dd>…</dd>`).
    private var pendingLabel: String?
    /// The body paragraphs emitted, each with its lines as a browser spaces them
    /// (`HTMLSpacedLayout`).
    private var bodies = [HTMLSpacedLayout.Body]()
    /// Empty lines drawn by `<p>&nbsp;</p>`, counted by the index of the block they stand before.
    private var blankLines = [Int: Int]()

    init(tree: HTMLTree) {
        self.tree = tree
        furniture = HTMLFurniture(tree)
        metrics = HTMLTextMetrics(tree, excluded: furniture.excluded)
        tables = HTMLTableReader(tree: tree, metrics: metrics, furniture: furniture)
    }

    private enum Step {
        case enter(Int, HTMLStyleState)
        case exit(Int)
    }

    /// The page's blocks in reading order.
    mutating func read() -> [Block] {
        var stack: [Step] = tree.roots.reversed().map { .enter($0, HTMLStyleState()) }
        while let step = stack.popLast() {
            switch step {
            case .enter(let index, let style):
                let node = tree[index]
                if node.isText {
                    buffer.append(node.text, style: style)
                    continue
                }
                if furniture.isFurniture(index, in: tree, metrics: metrics) {
                    // Chrome between two inline runs still separates them.
                    buffer.boundary()
                    continue
                }
                switch node.name {
                case "br":
                    buffer.lineBreak()
                    continue
                case "hr":
                    flush()
                    continue
                case "table":
                    if readTable(index) { continue }
                case "pre", "listing", "xmp", "plaintext":
                    flush()
                    pendingLabel = nil
                    blocks += HTMLPreformattedText.lines(of: index, in: tree).map { Block.line($0) }
                    continue
                default:
                    break
                }
                let isBlock = HTMLElementKinds.block.contains(node.name)
                if isBlock {
                    flush()
                    if let level = HTMLElementKinds.headings[node.name] { headingLevel = level }
                } else {
                    buffer.boundary()
                }
                stack.append(.exit(index))
                let inner = style.entering(node)
                for child in node.children.reversed() { stack.append(.enter(child, inner)) }
            case .exit(let index):
                let name = tree[index].name
                if HTMLElementKinds.block.contains(name) {
                    flush()
                    if HTMLElementKinds.headings[name] != nil { headingLevel = nil }
                } else {
                    buffer.boundary()
                }
            }
        }
        flush()
        return HTMLSpacedLayout.apply(to: blocks, bodies: bodies, blankLines: blankLines)
    }

    /// Emits a data or metadata table; returns false for a layout table, which is then read as
    /// ordinary blocks.
    private mutating func readTable(_ index: Int) -> Bool {
        switch tables.read(index) {
        case .layout:
            return false
        case .empty:
            return true
        case .data(let grid, let caption):
            flush()
            pendingLabel = nil
            if let caption { blocks.append(.paragraph(caption, emphasized: true)) }
            blocks.append(.table(grid))
            return true
        case .metadata(let lines):
            flush()
            pendingLabel = nil
            blocks += lines.map { Block.paragraph($0) }
            return true
        }
    }

    // MARK: - Paragraphs

    private mutating func flush() {
        if headingLevel == nil, buffer.isHardSpaceOnly { blankLines[blocks.count, default: 0] += 1 }
        guard let flushed = buffer.flush() else { return }
        if let level = headingLevel {
            pendingLabel = nil
            blocks.append(.heading(flushed.lines.map(\.text).joined(separator: " "), level: level))
            return
        }
        emitParagraph(flushed)
    }

    /// Emits one flushed block: metadata lines as `label：value` paragraphs, the rest as one
    /// paragraph whose lines keep their `<br>` breaks.
    private mutating func emitParagraph(_ flushed: HTMLTextBuffer.Flushed) {
        if let label = pendingLabel {
            pendingLabel = nil
            if flushed.lines.count == 1, HTMLMetadataLine.parse(pieces: flushed.lines[0].pieces) == nil,
               flushed.lines[0].text.count <= HTMLBlockReader.maximumPendingValueLength {
                if !HTMLMetadataLabels.isChrome(label) {
                    blocks.append(.paragraph(HTMLMetadataLine.line(.init(label: label, value: flushed.lines[0].text))))
                }
                return
            }
        }
        var body = [String]()
        var spaced = [String]()
        func emitBody() {
            guard !body.isEmpty else { return }
            bodies.append(.init(block: blocks.count, lines: spaced))
            spaced = []
            let text = body.joined(separator: "\n")
            let emphasized = body.count == 1 && text.count <= HTMLBlockReader.maximumEmphasizedLength
                && (flushed.bold || flushed.centered || flushed.large)
            blocks.append(.paragraph(text, emphasized: emphasized))
            body = []
        }
        for (n, line) in flushed.lines.enumerated() {
            guard let parsed = HTMLMetadataLine.parse(pieces: line.pieces) else {
                if !spaced.isEmpty { spaced += Array(repeating: "", count: line.emptyLinesBefore) }
                body.append(line.text)
                spaced.append(line.spaced ?? line.text)
                continue
            }
            emitBody()
            if let label = parsed.labelOnly, n == flushed.lines.count - 1 {
                pendingLabel = label
                continue
            }
            if let prefix = parsed.prefix { blocks.append(.paragraph(prefix)) }
            blocks += parsed.fields.map { Block.paragraph(HTMLMetadataLine.line($0)) }
        }
        emitBody()
    }
}
