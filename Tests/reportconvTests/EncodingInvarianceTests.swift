import Foundation
import ReportCore
@testable import reportconv
import Testing
import TestSupport

/// A seed re-encoded as GB18030 or UTF-16 is the same report: only `source` differs.
@Suite struct EncodingInvarianceTests {
    static let seeds = ["000_e82f18c061ea3c91.txt", "001_17f5b4d2682cfcf2.txt", "002_46cbd641e677e2d2.txt",
                        "003_5df99de71ad1aeeb.txt", "004_78d1ee8d1c119a5d.txt"]

    @Test(arguments: seeds)
    func sameContentInOtherEncodings(seed: String) throws {
        let utf8 = try Data(contentsOf: GoldenFileTests.samples.appendingPathComponent(seed))
        let converter = Converter(registry: BuiltinPlugins.registry)
        let base = try converter.convert(data: utf8, fileName: seed, path: seed)
        for (encoding, data) in [("GB18030", [UInt8](try transcode(utf8, to: "GB18030"))), ("UTF-16LE", [0xFF, 0xFE] + [UInt8](try transcode(utf8, to: "UTF-16LE"))),
                                 ("UTF-16BE", [UInt8](try transcode(utf8, to: "UTF-16BE")))] {
            let other = try converter.convert(data: Data(data), fileName: seed, path: seed)
            #expect(other.source.encoding == encoding)
            #expect(other.contentId == base.contentId, "\(seed) as \(encoding)")
            var a = base, b = other
            a.source = b.source
            #expect(try JSONExporter.export(a) == JSONExporter.export(b), "\(seed) as \(encoding)")
        }
    }
}
