import Foundation
import ReportCore
import ReportModel

/// Says where two reports' interpreted content first differs, for a readable twin failure.
enum InterpretedContent {
    static func firstDifference(_ a: Report, _ b: Report) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json<T: Encodable>(_ value: T) -> String { (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?" }
        let fields: [(String, String, String)] = [
            ("metadata", json(a.metadata), json(b.metadata)),
            ("funding", json(a.funding), json(b.funding)),
            ("indicators", json(a.indicators.map(\.name)), json(b.indicators.map(\.name))),
            ("indicator values", json(a.indicators), json(b.indicators)),
            ("scores", json(a.scores), json(b.scores)),
            ("section titles", json(titles(a.sections)), json(titles(b.sections))),
        ]
        for (name, x, y) in fields where x != y {
            return "\(name): \(excerpt(x, y))"
        }
        return "section paragraphs"
    }

    private static func titles(_ sections: [Section]) -> [String] {
        sections.flatMap { ["\($0.number ?? "")\($0.title)"] + titles($0.sections) }
    }

    /// Where two strings part, with a little context.
    private static func excerpt(_ x: String, _ y: String) -> String {
        let a = Array(x), b = Array(y)
        let i = zip(a, b).prefix { $0 == $1 }.count
        let from = max(0, i - 30)
        return "…\(String(a[from..<min(a.count, i + 50)]))… vs …\(String(b[from..<min(b.count, i + 50)]))…"
    }
}
