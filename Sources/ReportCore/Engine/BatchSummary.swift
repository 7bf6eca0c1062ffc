import Foundation

/// What a batch did, counted by format, with every failure and its reason.
public struct BatchSummary: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case converted
        case convertedWithErrors = "converted with errors"
        case failed
        case skipped
        case upToDate = "up to date"
    }

    /// Counts by kind, then by format: the plugin that read the file, else its extension
    /// (`.doc`), else `no extension`.
    public var counts: [Kind: [String: Int]] = [:]
    /// (path, reason), in path order.
    public var failures: [(path: String, reason: String)] = []
    /// Converted inputs with error-severity warnings: (path, messages).
    public var errorWarnings: [(path: String, messages: [String])] = []
    public var seconds: Double = 0
    /// Stopped by SIGINT/SIGTERM before every input was done.
    public var interrupted = false
    /// Inputs never started (interrupt or --fail-fast).
    public var notStarted = 0

    public init() {}

    public func count(_ kind: Kind) -> Int { counts[kind]?.values.reduce(0, +) ?? 0 }

    mutating func add(_ kind: Kind, format: String) {
        counts[kind, default: [:]][format, default: 0] += 1
    }

    /// What a file no plugin read is counted under: its extension, or `no extension`.
    static func label(_ path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext.isEmpty ? "no extension" : "." + ext
    }

    /// Exit status: 0 every input converted cleanly, 1 one failed (with `strict`, also one
    /// converted with error-severity warnings), 130 interrupted.
    public func exitStatus(strict: Bool) -> Int32 {
        if interrupted { return 130 }
        if count(.failed) > 0 { return 1 }
        if strict && count(.convertedWithErrors) > 0 { return 1 }
        return 0
    }

    /// The closing lines: counts by format, wall time, then the failures with reasons.
    public var text: String {
        var parts: [String] = []
        for kind in Kind.allCases {
            let n = count(kind)
            guard n > 0 || kind == .converted else { continue }
            let byFormat = (counts[kind] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            parts.append("\(kind.rawValue) \(n)" + (byFormat.isEmpty ? "" : " (" + byFormat.joined(separator: ", ") + ")"))
        }
        var lines = [parts.joined(separator: ", ") + String(format: " in %.1f s", seconds)]
        if interrupted || notStarted > 0 {
            lines.append("\(interrupted ? "interrupted" : "stopped after the first failure"): \(notStarted) input(s) not converted")
        }
        if !failures.isEmpty {
            lines.append("failed:")
            lines += failures.map { "  \($0.reason.hasPrefix("'") ? $0.reason : "'\($0.path)': \($0.reason)")" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
