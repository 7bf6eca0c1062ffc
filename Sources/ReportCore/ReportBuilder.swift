import ReportModel

/// Turns a plugin's intermediate `Document` into the canonical `Report`: the one place where
/// report structure and meaning are decided, for every format.
public enum ReportBuilder {
    public static func build(_ document: Document, source: SourceInfo) throws -> Report {
        let body = StructurePass.run(document)
        let interpreted = Interpreter.interpret(body)

        var sections = SectionTreeBuilder()
        for case .line(let l) in body.items where !l.isBlank {
            sections.add(line: l.text)
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
        var report = Report(
            source: source, metadata: interpreted.metadata, funding: interpreted.funding,
            indicators: interpreted.indicators, goals: interpreted.goals, scores: interpreted.scores,
            sections: tree, tables: tables, warnings: warnings)
        report.contentId = try ContentID.compute(for: report)
        return report
    }
}
