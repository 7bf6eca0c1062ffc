internal import CPoppler
import Foundation
import ReportCore

/// poppler-glib, and the GLib and cairo calls around it, opened the first time a PDF is read.
///
/// Linked, these libraries and theirs (43 in all) were loaded by every process before `main`:
/// most of a process's start, though only PDF conversions use them (see `SharedLibrary`). The
/// headers give the types and constants; the functions below are looked up once, by name.
struct PopplerLibrary: @unchecked Sendable {
    // poppler-glib (poppler-document.h, poppler-page.h, poppler.h).
    let documentNewFromBytes: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?,
                                              UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?) -> OpaquePointer?
    let errorQuark: @convention(c) () -> GQuark
    let documentPageCount: @convention(c) (OpaquePointer?) -> Int32
    let documentPage: @convention(c) (OpaquePointer?, Int32) -> OpaquePointer?
    let pageSize: @convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void
    let pageText: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let pageTextLayout: @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<PopplerRectangle>?>?,
                                        UnsafeMutablePointer<guint>?) -> gboolean
    let pageTextAttributes: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<GList>?
    let freeTextAttributes: @convention(c) (UnsafeMutablePointer<GList>?) -> Void
    let pageImageMapping: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<GList>?
    let freeImageMapping: @convention(c) (UnsafeMutablePointer<GList>?) -> Void
    let pageRender: @convention(c) (OpaquePointer?, OpaquePointer?) -> Void

    // GLib and GObject.
    let bytesNew: @convention(c) (UnsafeRawPointer?, gsize) -> OpaquePointer?
    let bytesNewWithFreeFunc: @convention(c) (UnsafeRawPointer?, gsize,
                                              (@convention(c) (UnsafeMutableRawPointer?) -> Void)?,
                                              UnsafeMutableRawPointer?) -> OpaquePointer?
    let bytesUnref: @convention(c) (OpaquePointer?) -> Void
    let errorFree: @convention(c) (UnsafeMutablePointer<GError>?) -> Void
    let free: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let objectUnref: @convention(c) (UnsafeMutableRawPointer?) -> Void

    // cairo.
    let imageSurfaceCreate: @convention(c) (cairo_format_t, Int32, Int32) -> OpaquePointer?
    let surfaceStatus: @convention(c) (OpaquePointer?) -> cairo_status_t
    let surfaceFlush: @convention(c) (OpaquePointer?) -> Void
    let surfaceDestroy: @convention(c) (OpaquePointer?) -> Void
    let imageSurfaceData: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<UInt8>?
    let imageSurfaceStride: @convention(c) (OpaquePointer?) -> Int32
    let create: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let destroy: @convention(c) (OpaquePointer?) -> Void
    let setSourceRGB: @convention(c) (OpaquePointer?, Double, Double, Double) -> Void
    let paint: @convention(c) (OpaquePointer?) -> Void
    let scale: @convention(c) (OpaquePointer?, Double, Double) -> Void

    /// Why the libraries could not be opened.
    struct LoadError: Error, CustomStringConvertible {
        let reason: String
        var description: String {
            "poppler could not be loaded (\(reason)): install the Debian packages libpoppler-glib8 and libcairo2"
        }
    }

    /// The libraries, opened on first use; the same error every time when they cannot be.
    static let shared: Result<PopplerLibrary, LoadError> = {
        do throws(LoadError) {
            return .success(try PopplerLibrary())
        } catch {
            return .failure(error)
        }
    }()

    /// The sonames Debian 12 installs, then the development links.
    static let popplerNames = ["libpoppler-glib.so.8", "libpoppler-glib.so"]
    static let gobjectNames = ["libgobject-2.0.so.0", "libgobject-2.0.so"]
    static let glibNames = ["libglib-2.0.so.0", "libglib-2.0.so"]
    static let cairoNames = ["libcairo.so.2", "libcairo.so"]

    private init() throws(LoadError) {
        do throws(SharedLibrary.Failure) {
            // poppler-glib needs the other three, so opening it loads them; they are opened
            // by name too, to look their functions up in the library that defines them.
            let poppler = try SharedLibrary.open(Self.popplerNames)
            let gobject = try SharedLibrary.open(Self.gobjectNames)
            let glib = try SharedLibrary.open(Self.glibNames)
            let cairo = try SharedLibrary.open(Self.cairoNames)
            func p<T>(_ name: String) throws(SharedLibrary.Failure) -> T { try SharedLibrary.symbol(poppler, name) }
            func g<T>(_ name: String) throws(SharedLibrary.Failure) -> T { try SharedLibrary.symbol(glib, name) }
            func c<T>(_ name: String) throws(SharedLibrary.Failure) -> T { try SharedLibrary.symbol(cairo, name) }
            documentNewFromBytes = try p("poppler_document_new_from_bytes")
            errorQuark = try p("poppler_error_quark")
            documentPageCount = try p("poppler_document_get_n_pages")
            documentPage = try p("poppler_document_get_page")
            pageSize = try p("poppler_page_get_size")
            pageText = try p("poppler_page_get_text")
            pageTextLayout = try p("poppler_page_get_text_layout")
            pageTextAttributes = try p("poppler_page_get_text_attributes")
            freeTextAttributes = try p("poppler_page_free_text_attributes")
            pageImageMapping = try p("poppler_page_get_image_mapping")
            freeImageMapping = try p("poppler_page_free_image_mapping")
            pageRender = try p("poppler_page_render")
            bytesNew = try g("g_bytes_new")
            bytesNewWithFreeFunc = try g("g_bytes_new_with_free_func")
            bytesUnref = try g("g_bytes_unref")
            errorFree = try g("g_error_free")
            free = try g("g_free")
            objectUnref = try SharedLibrary.symbol(gobject, "g_object_unref")
            imageSurfaceCreate = try c("cairo_image_surface_create")
            surfaceStatus = try c("cairo_surface_status")
            surfaceFlush = try c("cairo_surface_flush")
            surfaceDestroy = try c("cairo_surface_destroy")
            imageSurfaceData = try c("cairo_image_surface_get_data")
            imageSurfaceStride = try c("cairo_image_surface_get_stride")
            create = try c("cairo_create")
            destroy = try c("cairo_destroy")
            setSourceRGB = try c("cairo_set_source_rgb")
            paint = try c("cairo_paint")
            scale = try c("cairo_scale")
        } catch {
            throw LoadError(reason: error.reason)
        }
    }
}
