import Foundation

/// A C library opened with `dlopen` the first time it is needed, and its functions looked up by
/// name (poppler and Tesseract for PDFs, OpenCC for text in Traditional characters).
///
/// Every library linked at build time is loaded, with everything it needs in turn, by every
/// reportconv process before `main`, whether or not that process reads a PDF: poppler-glib and
/// cairo bring 43 shared libraries (X11, NSS, the image codecs…), Tesseract 37 more. Loading
/// them was most of a process's start, paid twice by every conversion (the command and its
/// worker). The headers still give the C types; only the functions are resolved here.
public enum SharedLibrary {
    /// Why a library or one of its functions could not be found: the loader's own message.
    public struct Failure: Error {
        public let reason: String
    }

    /// The first of `names` (sonames, best first) that opens. Never closed: the process keeps
    /// it, as it kept a linked one.
    public static func open(_ names: [String]) throws(Failure) -> UnsafeMutableRawPointer {
        var reasons: [String] = []
        for name in names {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) { return handle }
            reasons.append(dlerror().map { String(cString: $0) } ?? name)
        }
        throw Failure(reason: reasons.first ?? names.joined(separator: ", "))
    }

    /// A function of the library, as the C function type its header declares.
    public static func symbol<T>(_ handle: UnsafeMutableRawPointer, _ name: String) throws(Failure) -> T {
        guard let address = dlsym(handle, name) else {
            throw Failure(reason: "\(name) not found: \(dlerror().map { String(cString: $0) } ?? "no such symbol")")
        }
        return unsafeBitCast(address, to: T.self)
    }
}
