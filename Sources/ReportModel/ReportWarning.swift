/// Something that could not be read or interpreted, or a cross-check that failed.
public struct ReportWarning: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable { case info, warning, error }

    /// A stable kebab-case id (`rate-mismatch`, `invalid-bytes`, …).
    public var code: String
    public var severity: Severity
    public var message: String
    public var page: Int?
    /// The row (of a table or the indicator list) the warning is about, where there is one.
    public var row: Int?

    public init(code: String, severity: Severity = .warning, message: String, page: Int? = nil, row: Int? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.page = page
        self.row = row
    }

    enum CodingKeys: String, CodingKey { case code, severity, message, page, row }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(page, forKey: .page)
        try c.encode(row, forKey: .row)
    }
}
