internal import CTesseract
import Foundation
import ReportCore

/// Tesseract's C API and the few Leptonica calls around it, opened the first time a page needs
/// OCR (see `SharedLibrary`: linked, they cost every process about 12 ms before `main`, though
/// most runs OCR nothing).
struct TesseractLibrary: @unchecked Sendable {
    // Tesseract (capi.h).
    let version: @convention(c) () -> UnsafePointer<CChar>?
    let deleteText: @convention(c) (UnsafePointer<CChar>?) -> Void
    let create: @convention(c) () -> OpaquePointer?
    let delete: @convention(c) (OpaquePointer?) -> Void
    let setVariable: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    let initialize: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    let setPageSegMode: @convention(c) (OpaquePointer?, TessPageSegMode) -> Void
    let setImage: @convention(c) (OpaquePointer?, UnsafeMutablePointer<PIX>?) -> Void
    let setSourceResolution: @convention(c) (OpaquePointer?, Int32) -> Void
    let recognize: @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32
    let getIterator: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let clear: @convention(c) (OpaquePointer?) -> Void
    let end: @convention(c) (OpaquePointer?) -> Void
    let isAtBeginningOf: @convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Int32
    let boundingBox: @convention(c) (OpaquePointer?, TessPageIteratorLevel, UnsafeMutablePointer<Int32>?,
                                     UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
                                     UnsafeMutablePointer<Int32>?) -> Int32
    let resultIteratorDelete: @convention(c) (OpaquePointer?) -> Void
    let pageIterator: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let next: @convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Int32
    let utf8Text: @convention(c) (OpaquePointer?, TessPageIteratorLevel) -> UnsafeMutablePointer<CChar>?
    let confidence: @convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Float

    // Leptonica (allheaders.h).
    let pixCreate: @convention(c) (Int32, Int32, Int32) -> UnsafeMutablePointer<PIX>?
    let pixDestroy: @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<PIX>?>?) -> Void
    let pixGetWidth: @convention(c) (UnsafePointer<PIX>?) -> Int32
    let pixGetHeight: @convention(c) (UnsafePointer<PIX>?) -> Int32
    let pixGetWpl: @convention(c) (UnsafePointer<PIX>?) -> Int32
    let pixGetData: @convention(c) (UnsafeMutablePointer<PIX>?) -> UnsafeMutablePointer<UInt32>?
    let pixFindSkewAndDeskew: @convention(c) (UnsafeMutablePointer<PIX>?, Int32, UnsafeMutablePointer<Float>?,
                                              UnsafeMutablePointer<Float>?) -> UnsafeMutablePointer<PIX>?
    let pixThresholdToBinary: @convention(c) (UnsafeMutablePointer<PIX>?, Int32) -> UnsafeMutablePointer<PIX>?
    let pixOpenBrick: @convention(c) (UnsafeMutablePointer<PIX>?, UnsafeMutablePointer<PIX>?, Int32, Int32)
        -> UnsafeMutablePointer<PIX>?
    let pixOr: @convention(c) (UnsafeMutablePointer<PIX>?, UnsafeMutablePointer<PIX>?, UnsafeMutablePointer<PIX>?)
        -> UnsafeMutablePointer<PIX>?
    let pixConvert1To8: @convention(c) (UnsafeMutablePointer<PIX>?, UnsafeMutablePointer<PIX>?, UInt8, UInt8)
        -> UnsafeMutablePointer<PIX>?
    let setMsgSeverity: @convention(c) (Int32) -> Int32
    let boxCreate: @convention(c) (Int32, Int32, Int32, Int32) -> UnsafeMutablePointer<BOX>?
    let boxDestroy: @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<BOX>?>?) -> Void
    let pixClipRectangle: @convention(c) (UnsafeMutablePointer<PIX>?, UnsafeMutablePointer<BOX>?,
                                          UnsafeMutablePointer<UnsafeMutablePointer<BOX>?>?) -> UnsafeMutablePointer<PIX>?
    let pixScale: @convention(c) (UnsafeMutablePointer<PIX>?, Float, Float) -> UnsafeMutablePointer<PIX>?
    let pixAddBorder: @convention(c) (UnsafeMutablePointer<PIX>?, Int32, UInt32) -> UnsafeMutablePointer<PIX>?

    /// Why the library could not be opened.
    struct LoadError: Error, CustomStringConvertible {
        let reason: String
        var description: String {
            "Tesseract could not be loaded (\(reason)): install the Debian packages libtesseract5 and liblept5"
        }
    }

    /// The library, opened on first use; the same error every time when it cannot be.
    static let shared: Result<TesseractLibrary, LoadError> = {
        do throws(LoadError) {
            return .success(try TesseractLibrary())
        } catch {
            return .failure(error)
        }
    }()

    /// The names Debian 12 installs (the runtime packages' sonames), then the development links.
    static let tesseractNames = ["libtesseract.so.5", "libtesseract.so"]
    static let leptonicaNames = ["liblept.so.5", "libleptonica.so.6", "liblept.so", "libleptonica.so"]

    private init() throws(LoadError) {
        // Tesseract parallelises a page over OpenMP threads; in a batch every core already reads
        // a document of its own, and competing threads make OCR several times slower. libgomp
        // reads the limit when it is loaded, with libtesseract: so it is set before. A limit the
        // user set is kept.
        setenv("OMP_THREAD_LIMIT", "1", 0)
        let tesseract = try Self.open(Self.tesseractNames)
        let leptonica = try Self.open(Self.leptonicaNames)
        func t<T>(_ name: String) throws(LoadError) -> T { try Self.symbol(tesseract, name) }
        func l<T>(_ name: String) throws(LoadError) -> T { try Self.symbol(leptonica, name) }
        version = try t("TessVersion")
        deleteText = try t("TessDeleteText")
        create = try t("TessBaseAPICreate")
        delete = try t("TessBaseAPIDelete")
        setVariable = try t("TessBaseAPISetVariable")
        initialize = try t("TessBaseAPIInit3")
        setPageSegMode = try t("TessBaseAPISetPageSegMode")
        setImage = try t("TessBaseAPISetImage2")
        setSourceResolution = try t("TessBaseAPISetSourceResolution")
        recognize = try t("TessBaseAPIRecognize")
        getIterator = try t("TessBaseAPIGetIterator")
        clear = try t("TessBaseAPIClear")
        end = try t("TessBaseAPIEnd")
        isAtBeginningOf = try t("TessPageIteratorIsAtBeginningOf")
        boundingBox = try t("TessPageIteratorBoundingBox")
        resultIteratorDelete = try t("TessResultIteratorDelete")
        pageIterator = try t("TessResultIteratorGetPageIteratorConst")
        next = try t("TessResultIteratorNext")
        utf8Text = try t("TessResultIteratorGetUTF8Text")
        confidence = try t("TessResultIteratorConfidence")
        pixCreate = try l("pixCreate")
        pixDestroy = try l("pixDestroy")
        pixGetWidth = try l("pixGetWidth")
        pixGetHeight = try l("pixGetHeight")
        pixGetWpl = try l("pixGetWpl")
        pixGetData = try l("pixGetData")
        pixFindSkewAndDeskew = try l("pixFindSkewAndDeskew")
        pixThresholdToBinary = try l("pixThresholdToBinary")
        pixOpenBrick = try l("pixOpenBrick")
        pixOr = try l("pixOr")
        pixConvert1To8 = try l("pixConvert1To8")
        setMsgSeverity = try l("setMsgSeverity")
        boxCreate = try l("boxCreate")
        boxDestroy = try l("boxDestroy")
        pixClipRectangle = try l("pixClipRectangle")
        pixScale = try l("pixScale")
        pixAddBorder = try l("pixAddBorder")
        // Leptonica prints its warnings on stderr (for every image without a clear skew, say);
        // what matters reaches the report as a warning instead.
        _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
    }

    /// The first of `names` that opens, or why none did.
    static func open(_ names: [String]) throws(LoadError) -> UnsafeMutableRawPointer {
        do throws(SharedLibrary.Failure) {
            return try SharedLibrary.open(names)
        } catch {
            throw LoadError(reason: error.reason)
        }
    }

    private static func symbol<T>(_ handle: UnsafeMutableRawPointer, _ name: String) throws(LoadError) -> T {
        do throws(SharedLibrary.Failure) {
            return try SharedLibrary.symbol(handle, name)
        } catch {
            throw LoadError(reason: error.reason)
        }
    }
}
