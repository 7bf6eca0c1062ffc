import Foundation
import HTMLPlugin
import PluginConformance
import ReportCore
import Testing
import TestSupport
import TextPlugin

/// The conformance kit on the HTML plugin; each seed's page is twinned with its text.
@Suite struct HTMLConformanceTests {
    @Test func conformsToTheKit() {
        let samples = repositoryRoot.appendingPathComponent("Samples")
        let pages = ConformanceSamples.files(under: samples, extensions: ["html", "htm"])
        let twins = pages.compactMap { page in ConformanceSamples.twin(of: page, under: samples, extensions: ["txt"]).map { (page, $0) } }
        let kit = PluginConformance(plugin: HTMLFormatPlugin(), samples: pages,
                                    registry: FormatRegistry([HTMLFormatPlugin(), TextFormatPlugin()]),
                                    foreignSamples: ConformanceSamples.files(under: samples, extensions: ["txt", "pdf", "docx", "xlsx"]),
                                    twins: twins)
        let failures = kit.run()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
