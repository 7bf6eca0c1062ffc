import Foundation
import ReportModel

/// Converts many files, in parallel, keeping input order in the results; one file's failure
/// never stops the others.
public struct BatchConverter: Sendable {
    public let converter: Converter

    public init(registry: FormatRegistry) { converter = Converter(registry: registry) }

    public func convert(_ files: [InputFile], forcedID: String? = nil) -> [Result<Report, ConversionError>] {
        let results = ResultBuffer(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let r: Result<Report, ConversionError>
            do {
                r = .success(try converter.convert(files[i], forcedID: forcedID))
            } catch let e as ConversionError {
                r = .failure(e)
            } catch {
                r = .failure(.unreadable(file: files[i].path, format: "?", reason: "\(error)"))
            }
            results.set(i, r)
        }
        return results.values
    }
}

/// Results written from several threads, one slot each.
private final class ResultBuffer: @unchecked Sendable {
    private var slots: [Result<Report, ConversionError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<Report, ConversionError>) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = r
    }

    var values: [Result<Report, ConversionError>] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}
