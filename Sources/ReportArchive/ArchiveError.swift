/// Why an archive command could not do what was asked; each names the archive or input.
public enum ArchiveError: Error, CustomStringConvertible, Equatable {
    case badLocation(String, reason: String)
    case database(String, reason: String)
    case damaged(String, reason: String)

    public var description: String {
        switch self {
        case .badLocation(let where_, let reason): return "'\(where_)': not an archive location: \(reason)"
        case .database(let where_, let reason): return "archive '\(where_)': \(reason)"
        case .damaged(let what, let reason): return "archive entry \(what) is damaged: \(reason)"
        }
    }
}
