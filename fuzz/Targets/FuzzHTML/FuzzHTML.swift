import FuzzDriver
import HTMLPlugin

/// Bytes as an `.html` page: charset decision, doctype and conditional-comment handling,
/// libxml2's parser, the block and table readers, then the whole of core.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzDriver.convert(bytes, count, with: HTMLFormatPlugin(), fileName: "fuzz.html")
    return 0
}

@_cdecl("FuzzHTML_main")
public func fuzzHTMLMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzHTML)
}
