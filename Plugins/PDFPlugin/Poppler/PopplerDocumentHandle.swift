internal import CPoppler
import Foundation

/// Owns one poppler document, opened from bytes and released in `deinit`.
///
/// Not Sendable on purpose: poppler crashes (in cairo) when two threads use one document, so a
/// document is opened, read and freed inside one task and only Swift values leave it.
final class PopplerDocumentHandle {
    /// Why a document did not open.
    enum OpenError: Error {
        /// The file is encrypted and the empty password does not open it.
        case needsPassword(reason: String)
        /// poppler could not parse the file; `reason` is poppler's own message.
        case damaged(reason: String)
        /// poppler-glib or cairo is not installed (or not the version built against).
        case unavailable(PopplerLibrary.LoadError)
    }

    /// poppler-glib's functions, opened with the first document.
    let c: PopplerLibrary

    /// `PopplerDocument *`, never nil once `init` returns.
    private let document: OpaquePointer

    /// Opens `data` as a PDF.
    ///
    /// `poppler_document_new_from_bytes` is used rather than a file URI: it needs no absolute
    /// path (a relative URI crashes poppler). It is given `data`'s own bytes, not a copy
    /// (`sharedBytes`), so a large file is held once. A nil password makes poppler try the empty
    /// one, so a file that is encrypted only against editing opens.
    /// - Throws: `OpenError`.
    init(data: Data) throws(OpenError) {
        let c: PopplerLibrary
        switch PopplerLibrary.shared {
        case .success(let library): c = library
        case .failure(let error): throw .unavailable(error)
        }
        self.c = c
        let bytes = Self.sharedBytes(data, c)
        defer { c.bytesUnref(bytes) }   // the document keeps its own reference

        var error: UnsafeMutablePointer<GError>?
        guard let opened = c.documentNewFromBytes(bytes, nil, &error) else {
            var reason = "poppler could not open the file"
            var encrypted = false
            if let error {
                if let message = error.pointee.message { reason = String(cString: message) }
                encrypted = error.pointee.domain == c.errorQuark()
                    && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
                c.errorFree(error)
            }
            throw encrypted ? .needsPassword(reason: reason) : .damaged(reason: reason)
        }
        document = opened
    }

    /// A `GBytes` over `data`'s own storage, which stays alive until poppler drops the GBytes.
    ///
    /// The GBytes holds a `DataOwner` (a retained copy of `data`) and releases it in its free
    /// function, which GLib calls when the last reference goes, so the bytes live exactly as long
    /// as poppler uses them, whenever that is.
    ///
    /// The pointer leaves `withUnsafeBytes`, which is sound because of how Foundation stores a
    /// Data of more than a few bytes: in one heap allocation owned by a reference-counted storage
    /// object, which `withUnsafeBytes` lends as it is (not a copy). That allocation moves or is
    /// freed only when a Data that owns the storage alone mutates it, or when its last owner
    /// goes. The `DataOwner` is an owner until poppler is done, so no Data owns the storage alone
    /// (a mutation anywhere copies first) and it is not freed. A Data of up to 14 bytes is stored
    /// inside the value itself, where `withUnsafeBytes` lends a temporary: a small file (under
    /// `copiedBelow`) is copied instead, which costs nothing.
    private static func sharedBytes(_ data: Data, _ c: PopplerLibrary) -> OpaquePointer? {
        if data.count < copiedBelow {
            return data.withUnsafeBytes { c.bytesNew($0.baseAddress, gsize($0.count)) }
        }
        let owner = Unmanaged.passRetained(DataOwner(data)).toOpaque()
        return data.withUnsafeBytes { buffer in
            c.bytesNewWithFreeFunc(buffer.baseAddress, gsize(buffer.count), { owner in
                if let owner { Unmanaged<DataOwner>.fromOpaque(owner).release() }
            }, owner)
        }
    }

    /// Files smaller than this are copied for poppler rather than shared.
    private static let copiedBelow = 4096

    /// Keeps a file's bytes alive for a GBytes that lends them to poppler.
    private final class DataOwner {
        let data: Data
        init(_ data: Data) { self.data = data }
    }

    deinit {
        c.objectUnref(UnsafeMutableRawPointer(document))
    }

    /// The number of pages.
    var pageCount: Int { Int(c.documentPageCount(document)) }

    /// The page at a 0-based index, or nil when poppler cannot load it.
    func page(at index: Int) -> PopplerPageHandle? {
        guard let page = c.documentPage(document, Int32(index)) else { return nil }
        return PopplerPageHandle(taking: page, owner: self)
    }
}
