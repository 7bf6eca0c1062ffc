import Foundation
import FuzzDriver
import HTMLPlugin
import ReportCore
import ReportModel

/// Bytes as an `.html` page: charset decision, doctype and conditional-comment handling,
/// libxml2's parser, the block and table readers, then the whole of core.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let input = SourceInput(fileName: "fuzz.html", path: "fuzz.html", data: data)
    if let document = try? HTMLFormatPlugin().read(input) {
        _ = try? ReportBuilder.build(document, source: SourceInfo(file: "fuzz.html", format: "html", sha256: ""))
    }
    return 0
}

@_cdecl("FuzzHTML_main")
public func fuzzHTMLMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzHTML)
}
