import Foundation
import FuzzDriver
@testable import PDFPlugin

/// Bytes as a whole PDF file, given to the work estimate that runs before poppler: the object
/// scanner, the syntax reader, every stream filter (Flate, LZW, RunLength, ASCIIHex, ASCII85, in
/// chains) and the image codec headers (JPEG, JPEG 2000, JBIG2). The estimate must finish and
/// never trap, whatever the bytes; its caps are the hostile corpus's to check.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFInspection(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = PDFWorkEstimate(data)
    // The filters and headers alone, on the raw bytes, so their own edge cases are reached even
    // when the bytes do not form objects.
    let slice = [UInt8](data)[...]
    _ = StreamFilters.lzw(slice, limit: 1 << 16)
    _ = StreamFilters.lzw(slice, limit: 1 << 16, earlyChange: false)
    _ = StreamFilters.runLength(slice, limit: 1 << 16)
    _ = StreamFilters.ascii85(slice, limit: 1 << 16)
    _ = StreamFilters.asciiHex(slice, limit: 1 << 16)
    for filter in ["DCTDecode", "JPXDecode", "JBIG2Decode"] { _ = ImageHeader.decodedSize(filter: filter, bytes: Array(slice)) }
    return 0
}

@_cdecl("FuzzPDFInspection_main")
public func fuzzPDFInspectionMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzPDFInspection)
}
