import Foundation
import HTMLPlugin
import ReportCore
import Testing

/// Each HTML sample's decoded blocks against `Golden/<sample>.blocks.txt`.
///
/// The golden files were checked by hand against the page. To re-record after an intended
/// change run `RECORD_GOLDEN=1 swift test --filter HTMLGoldenTests`: the run writes the files
/// and FAILS, so a recording is never mistaken for a pass; review the diff, then run again.
@Suite struct HTMLGoldenTests {
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

    /// The five seed twins and at least the two extra pages: a listing that finds nothing fails.
    @Test func samplesAreFound() {
        #expect(SampleFiles.htmlSamples.count >= 7, "found \(SampleFiles.htmlSamples)")
    }

    @Test(arguments: SampleFiles.htmlSamples)
    func blocksMatchGolden(_ sample: String) throws {
        let document = try HTMLFormatPlugin().read(try SampleFiles.input(sample))
        let rendered = BlockDump.render(document)
        let goldenURL = SampleFiles.golden.appendingPathComponent(
            sample.replacingOccurrences(of: "/", with: "__") + ".blocks.txt")
        if HTMLGoldenTests.recording {
            try rendered.write(to: goldenURL, atomically: true, encoding: .utf8)
            Issue.record("recorded \(goldenURL.lastPathComponent); review it and run again without RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(rendered == expected, "blocks of \(sample) differ from \(goldenURL.lastPathComponent)")
    }
}
