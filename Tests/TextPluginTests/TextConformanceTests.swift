import Foundation
import HTMLPlugin
import PDFPlugin
import PluginConformance
import ReportCore
import Testing
import TestSupport
import TextPlugin

/// The conformance kit on the text plugin, the format every other one is compared with.
@Suite struct TextConformanceTests {
    @Test func conformsToTheKit() {
        let samples = repositoryRoot.appendingPathComponent("Samples")
        let kit = PluginConformance(plugin: TextFormatPlugin(),
                                    samples: ConformanceSamples.files(under: samples, extensions: ["txt"]),
                                    registry: FormatRegistry([PDFFormatPlugin(), HTMLFormatPlugin(), TextFormatPlugin()]),
                                    foreignSamples: ConformanceSamples.files(under: samples, extensions: ["html", "pdf"]))
        let failures = kit.run()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
