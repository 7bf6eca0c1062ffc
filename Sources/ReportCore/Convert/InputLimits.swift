import Foundation

/// How much of an input reportconv holds, so that its memory is bounded whatever it is given.
///
/// A report is decoded whole: its text is held as blocks, then as the report, then as the JSON
/// tree of its export, about 14 bytes for each byte of text at the peak. Nothing in the report
/// family comes near the caps (a 200-page report is under 2 MB of text); an input past one is
/// a clear per-file error, read no further, and the other inputs still convert.
public enum InputLimits {
    /// Bytes read from any file or standard input; a larger one is refused after reading this
    /// many, so even a growing file or an endless pipe costs at most this much.
    public static let maximumFileBytes = 512 << 20
    /// Bytes of an input whose every byte may become text (plain text, HTML): at about 14 bytes
    /// held per byte, a worker stays under 500 MB.
    public static let maximumTextBytes = 32 << 20

    /// "100.0 MB": sizes in messages.
    public static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
    }

    /// The error for an input past its plugin's cap.
    public static func tooLarge(_ bytes: Int, path: String, plugin: any FormatPlugin) -> ConversionError {
        .unreadable(file: path, format: plugin.id,
                    reason: "the file is \(megabytes(bytes)), over the \(plugin.maximumInputBytes >> 20) MB a \(plugin.id) input is read up to (a report is rarely over 2 MB; this is likely many joined)")
    }

    /// Reads at most `limit` bytes from `fd`; nil when there was more.
    ///
    /// A regular file is read into storage of exactly its size (`fstat`), so a large PDF is held
    /// once: a buffer grown by appends reallocates as it doubles and holds 2–3× the file while
    /// it grows. Whatever follows that size (a file that grew since it was opened) and anything
    /// that is not a regular file (standard input, a pipe, a device) is read in chunks, up to
    /// `limit` in all, so a growing file or an endless pipe still costs at most `limit`.
    public static func readCapped(_ fd: Int32, limit: Int = maximumFileBytes) throws -> Data? {
        var data = Data()
        var status = stat()
        if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 {
            let size = Int(status.st_size)
            if size > limit { return nil }
            data = Data(count: size)
            let filled = try data.withUnsafeMutableBytes { buffer in try readFully(fd, into: buffer) }
            // A file that shrank since `fstat` ends where it ends.
            if filled < size {
                data.count = filled
                return data
            }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemError.current
            }
            if n == 0 { return data }
            if data.count + n > limit { return nil }
            data.append(buffer, count: n)
        }
    }

    /// Fills `buffer` from `fd` until it is full or the file ends; the bytes read.
    private static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let n = read(fd, base + filled, buffer.count - filled)
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemError.current
            }
            if n == 0 { break }
            filled += n
        }
        return filled
    }
}
