import Crypto
import Foundation
import ReportModel

/// Converts one request into its outcome: read the bytes, convert, export. The same code runs
/// in a worker process and, without isolation, in the calling process.
public struct FileConversion: Sendable {
    public let registry: FormatRegistry

    public init(registry: FormatRegistry) { self.registry = registry }

    public func run(_ request: ConversionRequest) -> FileOutcome {
        let data: Data
        if let bytes = request.data {
            data = bytes
        } else if let path = request.path {
            if let refused = refusedBySize(FilePath(bytes: path), request) {
                return .failure("\(refused)", format: Self.format(of: refused))
            }
            do {
                guard let read = try Self.readWhole(FilePath(bytes: path)) else {
                    return .failure("'\(request.displayPath)': cannot read file: larger than \(InputLimits.maximumFileBytes >> 20) MB, the most reportconv reads")
                }
                data = read
            } catch {
                return .failure("'\(request.displayPath)': cannot read file: \(error)")
            }
        } else {
            return .failure("'\(request.displayPath)': nothing to read")
        }
        let converter = Converter(registry: registry)
        var forced = request.forcedID
        if forced == nil, let fallback = request.fallbackID,
           (try? registry.resolve(fileName: request.fileName, prefix: data.prefix(FormatRegistry.sniffLength))) == nil {
            forced = fallback
        }
        do {
            let built = try converter.convertKeepingParts(data: data, fileName: request.fileName, path: request.displayPath,
                                                          forcedID: forced)
            let report = built.report
            var outcome = FileOutcome(status: .converted, format: report.source.format, sha256: report.source.sha256)
            try export(report, reusing: built.hashedParts, request, into: &outcome)
            return outcome
        } catch let e as ConversionError {
            var outcome = FileOutcome.failure("\(e)", format: Self.format(of: e))
            outcome.sha256 = Self.sha256(data)
            if case .noTextLayer(_, let partial) = e {
                // A scanned document's report holds only its warnings: write it so they are not lost.
                var forms = request
                forms.formats.removeAll { $0 == "csv" }
                try? export(partial, forms, into: &outcome)
            }
            return outcome
        } catch {
            return .failure("'\(request.displayPath)': \(error)")
        }
    }

    /// A file larger than its plugin reads, found by its size and first bytes before the rest
    /// is read (the same check after reading covers standard input and a file that grew).
    private func refusedBySize(_ path: FilePath, _ request: ConversionRequest) -> ConversionError? {
        var st = stat()
        guard path.withCString({ stat($0, &st) }) == 0, Int(st.st_size) > InputLimits.maximumTextBytes else { return nil }
        let fd = path.withCString { open($0, O_RDONLY) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var prefix = [UInt8](repeating: 0, count: FormatRegistry.sniffLength)
        let n = read(fd, &prefix, prefix.count)
        guard n > 0, let plugin = try? registry.resolve(fileName: request.fileName, prefix: Data(prefix[0..<n]),
                                                         forcedID: request.forcedID),
              Int(st.st_size) > plugin.maximumInputBytes else { return nil }
        return InputLimits.tooLarge(Int(st.st_size), path: request.displayPath, plugin: plugin)
    }

    private func export(_ report: Report, reusing parts: [String: JSONValue] = [:], _ request: ConversionRequest,
                        into outcome: inout FileOutcome) throws {
        outcome.errorWarnings = report.warnings.filter { $0.severity == .error }.map(\.message)
        for format in request.formats {
            switch format {
            case "json": outcome.exports["json"] = try JSONExporter.export(report, reusing: parts)
            case "md": outcome.exports["md"] = MarkdownExporter.export(report)
            case "csv":
                for table in CSVTable.allCases {
                    outcome.csvRows[table.rawValue] = CSVExporter.rows(report, path: ReportReadBack.csvPath(request.relativePath, report), table: table)
                }
            default: continue
            }
        }
    }

    private static func format(of error: ConversionError) -> String? {
        switch error {
        case .unreadable(_, let format, _): return format
        case .noTextLayer(_, let report): return report.source.format
        default: return nil
        }
    }

    static func sha256(_ data: Data) -> String {
        HexDigest.string(SHA256.hash(data: data))
    }

    /// Reads a whole file by its bytes path; nil when it holds more than `InputLimits.maximumFileBytes`.
    static func readWhole(_ path: FilePath) throws -> Data? {
        let fd = path.withCString { open($0, O_RDONLY) }
        guard fd >= 0 else { throw SystemError.current }
        defer { close(fd) }
        return try InputLimits.readCapped(fd)
    }
}
