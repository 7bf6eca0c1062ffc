import FuzzDriver
import TextPlugin

/// Bytes as a `.txt` file: decoding by evidence, then the whole of core.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzDriver.convert(bytes, count, with: TextFormatPlugin(), fileName: "fuzz.txt")
    return 0
}

@_cdecl("FuzzText_main")
public func fuzzTextMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzText)
}
