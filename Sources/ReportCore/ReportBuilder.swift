import ReportModel

/// Turns a plugin's intermediate `Document` into the canonical `Report`: the one place where
/// report structure and meaning are decided, for every format.
public enum ReportBuilder {
    public static func build(_ document: Document, source: SourceInfo) throws -> Report {
        try buildKeepingParts(document, source: source).report
    }

    /// The report, with the parts its `contentId` was hashed from already encoded, for a JSON
    /// export that writes them without encoding them again.
    public static func buildKeepingParts(_ document: Document, source: SourceInfo) throws -> BuiltReport {
        // A copy in Traditional characters, glossed with pinyin or not, is read as the Simplified
        // report it was made from.
        var document = PinyinGlosses.stripped(document) ?? document
        document = TraditionalScript.simplified(document) ?? document
        let body = StructurePass.run(document)
        let interpreted = Interpreter.interpret(body)

        var sections = SectionTreeBuilder()
        // A table of contents names the headings to come: its lines are text, not sections.
        let contents = TableOfContents.lines(in: body.items)
        for (i, item) in body.items.enumerated() {
            guard case .line(let l) = item, !l.isBlank else { continue }
            if contents.contains(i) { sections.addParagraph(l.text) } else { sections.add(line: l.text) }
        }
        var tree = sections.finish()
        if !sections.preamble.isEmpty {
            tree.insert(Section(number: nil, title: "", level: 1, paragraphs: sections.preamble), at: 0)
        }

        let tables = body.items.compactMap { item -> Table? in
            guard case .table(let g) = item else { return nil }
            return Table(page: g.page, rows: g.rows, spans: g.spans, rowPages: g.rowPages)
        }
        var warnings = document.diagnostics
        warnings += interpreted.warnings
        if interpreted.indicators.isEmpty && interpreted.funding.isEmpty && tree.isEmpty && tables.isEmpty {
            warnings.append(ReportWarning(code: "empty-report", severity: .error, message: "no text, headings or tables were found"))
        }
        var source = source
        source.encoding = document.encoding
        source.pages = document.pages
        source.url = document.sourceURL ?? SourceURLFinder.find(in: document.blocks)
        source.ocr = document.ocr
        var report = Report(
            source: source, metadata: interpreted.metadata, funding: interpreted.funding,
            indicators: interpreted.indicators, goals: interpreted.goals, scores: interpreted.scores,
            sections: tree, tables: tables, warnings: warnings)
        let parts = try ContentID.hashedParts(of: report)
        report.contentId = ContentID.compute(parts: parts)
        return BuiltReport(report: report, hashedParts: parts)
    }
}

/// A report and the JSON trees of the parts its `contentId` hashes (`ContentID.hashedParts(of:)`),
/// so the JSON export encodes each part once. Empty parts when the report was not built here.
public struct BuiltReport: Sendable {
    public var report: Report
    public var hashedParts: [String: JSONValue]

    public init(report: Report, hashedParts: [String: JSONValue] = [:]) {
        self.report = report
        self.hashedParts = hashedParts
    }
}
