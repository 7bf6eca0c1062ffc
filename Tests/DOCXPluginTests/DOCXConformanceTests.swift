import DOCXPlugin
import Foundation
import HTMLPlugin
import PluginConformance
import ReportCore
import Testing
import TestSupport
import TextPlugin

/// The conformance kit on the Word plugin: every `.docx` sample, with the HTML (or text) twin
/// it was made from.
@Suite struct DOCXConformanceTests {
    static let samples = repositoryRoot.appendingPathComponent("Samples")
    static let registry = FormatRegistry([HTMLFormatPlugin(), DOCXFormatPlugin(), TextFormatPlugin()])

    @Test func conformsToTheKit() {
        let docx = ConformanceSamples.files(under: Self.samples, extensions: ["docx"])
        let twins = docx.compactMap { sample in
            ConformanceSamples.twin(of: sample, under: Self.samples, extensions: ["html", "txt"]).map { (sample, $0) }
        }
        #expect(docx.count >= 10)
        #expect(twins.count == docx.count, "every .docx sample has an HTML or text twin")
        let kit = PluginConformance(plugin: DOCXFormatPlugin(), samples: docx, registry: Self.registry,
                                    foreignSamples: ConformanceSamples.files(under: Self.samples, extensions: ["html", "txt", "pdf", "xlsx"]),
                                    twins: twins)
        let failures = kit.run()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
