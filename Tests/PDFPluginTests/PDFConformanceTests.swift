import Foundation
import PDFPlugin
import PluginConformance
import ReportCore
import Testing
import TestSupport
import TextPlugin

/// The conformance kit on the PDF plugin; each seed's PDF is twinned with its text.
@Suite struct PDFConformanceTests {
    @Test func conformsToTheKit() {
        let samples = repositoryRoot.appendingPathComponent("Samples")
        // Scans are read by OCR, whose text is not yet good enough for the model's validation (a
        // garbled 一级指标 label); their quality is measured by the scan set in score-seeds.sh.
        let pdfs = ConformanceSamples.files(under: samples, extensions: ["pdf"]).filter { !$0.path.contains("/Samples/scans/") }
        let twins = pdfs.compactMap { pdf in ConformanceSamples.twin(of: pdf, under: samples, extensions: ["txt"]).map { (pdf, $0) } }
        let kit = PluginConformance(plugin: PDFFormatPlugin(), samples: pdfs,
                                    registry: FormatRegistry([PDFFormatPlugin(), TextFormatPlugin()]),
                                    foreignSamples: ConformanceSamples.files(under: samples, extensions: ["txt", "html", "docx", "xlsx"]),
                                    twins: twins)
        let failures = kit.run()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
