import Foundation

/// One value going into or coming out of either database, so the archive's SQL is written once.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    /// The value as a CSV or table cell: numbers in shortest round-trip form, blobs by size.
    public var cellText: String {
        switch self {
        case .null: return ""
        case .integer(let i): return String(i)
        case .real(let d): return d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
        case .text(let s): return s
        case .blob(let d): return "<\(d.count) bytes>"
        }
    }

    public var int: Int64? {
        switch self {
        case .integer(let i): return i
        case .real(let d): return Int64(exactly: d)
        case .text(let s): return Int64(s)
        default: return nil
        }
    }

    public var string: String? {
        switch self {
        case .text(let s): return s
        case .null: return nil
        default: return cellText
        }
    }

    public var data: Data? {
        if case .blob(let d) = self { return d }
        return nil
    }
}
