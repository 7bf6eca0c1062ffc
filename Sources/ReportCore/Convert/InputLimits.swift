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
    public static func readCapped(_ fd: Int32, limit: Int = maximumFileBytes) throws -> Data? {
        var data = Data()
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
}
