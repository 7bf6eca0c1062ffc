import Foundation

/// OpenCC (the standard library for converting between Chinese scripts), opened with `dlopen`
/// the first time a document in Traditional characters is read, with its `t2s` configuration:
/// Traditional to Simplified, phrase by phrase (乾隆 stays, 乾燥 becomes 干燥).
///
/// Its C API (`opencc.h`): `opencc_open(config)` gives a converter, `opencc_convert_utf8(c,
/// text, length)` a malloc'ed UTF-8 string to free with `opencc_convert_utf8_free`. A converter
/// is not documented as safe to share between threads: calls are serialised.
final class OpenCCLibrary: @unchecked Sendable {
    private typealias Open = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutableRawPointer?
    private typealias Convert = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?, Int) -> UnsafeMutablePointer<CChar>?
    private typealias Free = @convention(c) (UnsafeMutablePointer<CChar>?) -> Void

    private let converter: UnsafeMutableRawPointer
    private let convert: Convert
    private let free: Free
    private let lock = NSLock()

    /// Why OpenCC cannot be used, when it cannot: the loader's or OpenCC's message.
    enum Failure: Error { case unavailable(String) }

    /// The shared Traditional-to-Simplified converter, or why there is none.
    static let t2s: Result<OpenCCLibrary, Failure> = {
        do throws(SharedLibrary.Failure) {
            let handle = try SharedLibrary.open(["libopencc.so.1.1", "libopencc.so.1", "libopencc.so"])
            let open: Open = try SharedLibrary.symbol(handle, "opencc_open")
            let convert: Convert = try SharedLibrary.symbol(handle, "opencc_convert_utf8")
            let free: Free = try SharedLibrary.symbol(handle, "opencc_convert_utf8_free")
            guard let converter = open("t2s.json"), converter != UnsafeMutableRawPointer(bitPattern: -1) else {
                return .failure(.unavailable("opencc_open(t2s.json) failed: OpenCC's data files are missing"))
            }
            return .success(OpenCCLibrary(converter: converter, convert: convert, free: free))
        } catch {
            return .failure(.unavailable(error.reason))
        }
    }()

    private init(converter: UnsafeMutableRawPointer, convert: Convert, free: Free) {
        self.converter = converter
        self.convert = convert
        self.free = free
    }

    /// `text` in Simplified characters; nil when OpenCC fails on it.
    func simplified(_ text: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        var utf8 = Array(text.utf8)
        utf8.append(0)
        return utf8.withUnsafeBufferPointer { buffer -> String? in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let out = convert(converter, chars.baseAddress, text.utf8.count) else { return nil }
                defer { free(out) }
                return String(cString: out)
            }
        }
    }
}
