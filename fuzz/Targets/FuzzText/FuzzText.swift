import Foundation
import FuzzDriver
import ReportCore
import ReportModel
import TextPlugin

/// Bytes as a `.txt` file: decoding by evidence, then the whole of core (structure pass,
/// interpretation, contentId). A thrown `ConversionError` is a correct answer; a crash, a
/// sanitizer report or a timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let input = SourceInput(fileName: "fuzz.txt", path: "fuzz.txt", data: data)
    if let document = try? TextFormatPlugin().read(input) {
        _ = try? ReportBuilder.build(document, source: SourceInfo(file: "fuzz.txt", format: "text", sha256: ""))
    }
    return 0
}

@_cdecl("FuzzText_main")
public func fuzzTextMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzText)
}
