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
    private var stack: [(style: HeadingNumber.Style, section: Section)] = []
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
        if let (number, title, rest) = Self.heading(line) {
            open(Section(number: number.text, title: title, level: 0), style: number.style)
            // A title run into the next heading (`一、基本情况(一)项目概况…`) opens that one too.
            if let rest { if HeadingNumber.parse(rest) != nil { add(line: rest) } else { addParagraph(rest) } }
        } else {
            addParagraph(line)
        }
    }

    mutating func addParagraph(_ text: String) {
        if stack.isEmpty { preamble.append(text) } else { stack[stack.count - 1].section.paragraphs.append(text) }
    }

    private mutating func open(_ section: Section, style: HeadingNumber.Style) {
        while let top = stack.last, top.style >= style { close() }
        var s = section
        s.level = stack.count + 1
        stack.append((style, s))
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
