import Foundation
import HTMLPlugin
import PluginConformance
import ReportCore
import Testing
import TestSupport
import TextPlugin

/// The conformance kit on the HTML plugin; each seed's page is twinned with its text.
///
/// The family corpus's web pages (Samples/family-html) are not twinned with the family's text
/// documents of the same name: those are the lossy copies a scraper or a dump gives of such a
/// page (cells one a line, rows run together, a caption's year on a line of its own), not the
/// same document, so their sections differ by design. Both are scored against the same gold
/// (scripts/score-seeds.sh), and the pages are the twins of the Word and Excel files made from
/// the same forms (the DOCX and XLSX conformance tests). So are a browser's copies of pages
/// (Samples/family-browser-copy, named as the pages they copy): lossy copies, scored, no twins.
@Suite struct HTMLConformanceTests {
    @Test func conformsToTheKit() {
        let samples = repositoryRoot.appendingPathComponent("Samples")
        let pages = ConformanceSamples.files(under: samples, extensions: ["html", "htm"])
        let twins = pages.filter { $0.deletingLastPathComponent().lastPathComponent != "family-html" }
            .compactMap { page in ConformanceSamples.twin(of: page, under: samples, extensions: ["txt"]).map { (page, $0) } }
            .filter { $0.1.deletingLastPathComponent().lastPathComponent != "family-browser-copy" }
        #expect(twins.count >= 5, "the seeds' pages have their text twins")
        let kit = PluginConformance(plugin: HTMLFormatPlugin(), samples: pages,
                                    registry: FormatRegistry([HTMLFormatPlugin(), TextFormatPlugin()]),
                                    foreignSamples: ConformanceSamples.files(under: samples, extensions: ["txt", "pdf", "docx", "xlsx"]),
                                    twins: twins)
        let failures = kit.run()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
