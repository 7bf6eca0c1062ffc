import ReportModel

/// Builds the heading tree from body lines: numbered lines open sections, other lines are
/// paragraphs of the innermost open section.
///
/// A numbered line is a heading when its text, or its lead sentence, is short: `一、部门基本情况`,
/// or `(一)坚持围绕中心,有效助力疫情防控。认真贯彻…` whose lead becomes the title and whose rest
/// the section's first paragraph. Levels follow the numbering styles (一、 > （一） > 1. > （1））
/// as they nest in the document, so irregular numbering (a repeated `2.`) does no harm.
struct SectionTreeBuilder {
    /// Paragraphs before the first heading.
    private(set) var preamble: [String] = []
    private var stack: [(style: HeadingNumber.Style, ordinal: Int, sentence: Bool, section: Section)] = []
    /// The number of the last numbered line read as a paragraph (a numbered sentence of a list),
    /// until a heading opens.
    private var lastNumberedParagraph: HeadingNumber?
    private var roots: [Section] = []

    static let maxTitleLength = 40

    /// Splits a numbered line into a heading title and the paragraph that follows it, or nil
    /// when the line is a numbered paragraph rather than a heading.
    static func heading(_ line: String) -> (number: HeadingNumber, title: String, rest: String?)? {
        guard let (number, rest) = HeadingNumber.parse(line) else { return nil }
        let body = rest.trimmingWhitespace()
        // A title run into its sentence with no mark between (`一、基本情况2024年，某局…`): cut
        // where the sentence visibly starts after a heading's ending word.
        if let (title, tail) = RunInHeading.split(body, strict: true) {
            return (number, trimTitle(title), tail)
        }
        if body.count <= maxTitleLength, !String(body.dropLast()).includes("。") {
            return (number, trimTitle(body), nil)
        }
        // The lead sentence: up to the first 。 or colon.
        guard let cut = body.firstIndex(where: { "。:：".contains($0) }) else { return nil }
        let lead = trimTitle(String(body[..<cut]))
        let tail = String(body[body.index(after: cut)...]).trimmingWhitespace()
        guard !lead.isEmpty, lead.count <= maxTitleLength else { return nil }
        return (number, lead, tail.isEmpty ? nil : tail)
    }

    private static func trimTitle(_ s: String) -> String {
        var t = s.trimmingWhitespace()
        while let l = t.last, "。:：".contains(l) { t = String(t.dropLast()).trimmingWhitespace() }
        return t
    }

    mutating func add(line: String) {
        if let (number, title, rest) = Self.heading(line), !isListSentence(number, line: line) {
            lastNumberedParagraph = nil
            let text = HeadingNumber.parse(line.trimmingWhitespace())?.1 ?? title
            open(Section(number: number.text, title: title, level: 0), number: number, isSentence: NumberingRestart.isSentence(text))
            // A title run into the next heading (`一、基本情况(一)项目概况…`) opens that one too.
            if let rest { if HeadingNumber.parse(rest) != nil { add(line: rest) } else { addParagraph(rest) } }
        } else {
            if let (number, _) = HeadingNumber.parse(line.trimmingWhitespace()) { lastNumberedParagraph = number }
            addParagraph(line)
        }
    }

    /// Whether a line that reads as a heading only by a title cut from its sentence
    /// (`（二）某局2022年衔接资金项目绩效目标为做好…工作。`, cut before 为) is the next numbered
    /// sentence of a list whose item before it was a numbered paragraph (`（一）某局2022年衔接资金
    /// 共下达105万元，用于…。`): the items of one list are all headings or all sentences, and a
    /// run-in cut is the weaker reading. A title that stands alone on its line is kept.
    private func isListSentence(_ number: HeadingNumber, line: String) -> Bool {
        guard let previous = lastNumberedParagraph, previous.style == number.style,
              previous.ordinal + 1 == number.ordinal,
              let (_, rest) = HeadingNumber.parse(line.trimmingWhitespace()) else { return false }
        return RunInHeading.split(rest.trimmingWhitespace(), strict: true) != nil
    }

    mutating func addParagraph(_ text: String) {
        if stack.isEmpty { preamble.append(text) } else { stack[stack.count - 1].section.paragraphs.append(text) }
    }

    private mutating func open(_ section: Section, number: HeadingNumber, isSentence: Bool) {
        switch NumberingRestart.placement(of: number, isSentence: isSentence,
                                          open: stack.map { (style: $0.style, ordinal: $0.ordinal, sentence: $0.sentence) }) {
        case .sibling(let k):
            while stack.count > k { close() }
        case .nestedList:
            break
        case .byStyle:
            while let top = stack.last, top.style >= number.style { close() }
        }
        var s = section
        s.level = stack.count + 1
        stack.append((number.style, number.ordinal, isSentence, s))
    }

    private mutating func close() {
        guard let top = stack.popLast() else { return }
        if stack.isEmpty { roots.append(top.section) } else { stack[stack.count - 1].section.sections.append(top.section) }
    }

    mutating func finish() -> [Section] {
        while !stack.isEmpty { close() }
        return roots
    }
}
