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
    }

    /// `PopplerDocument *`, never nil once `init` returns.
    private let document: OpaquePointer

    /// Opens `data` as a PDF.
    ///
    /// `poppler_document_new_from_bytes` is used rather than a file URI: it needs no absolute
    /// path (a relative URI crashes poppler), and it copies the bytes, unlike the deprecated
    /// `new_from_data`. A nil password makes poppler try the empty one, so a file that is
    /// encrypted only against editing opens.
    /// - Throws: `OpenError`.
    init(data: Data) throws(OpenError) {
        let maybeBytes: OpaquePointer? = data.withUnsafeBytes { buffer in
            g_bytes_new(buffer.baseAddress, gsize(buffer.count))
        }
        guard let bytes = maybeBytes else { throw .damaged(reason: "could not copy the file's bytes") }
        defer { g_bytes_unref(bytes) }   // the document keeps its own reference

        var error: UnsafeMutablePointer<GError>?
        guard let opened = poppler_document_new_from_bytes(bytes, nil, &error) else {
            var reason = "poppler could not open the file"
            var encrypted = false
            if let error {
                if let message = error.pointee.message { reason = String(cString: message) }
                encrypted = error.pointee.domain == poppler_error_quark()
                    && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
                g_error_free(error)
            }
            throw encrypted ? .needsPassword(reason: reason) : .damaged(reason: reason)
        }
        document = opened
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(document))
    }

    /// The number of pages.
    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// The page at a 0-based index, or nil when poppler cannot load it.
    func page(at index: Int) -> PopplerPageHandle? {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return nil }
        return PopplerPageHandle(taking: page, owner: self)
    }
}
