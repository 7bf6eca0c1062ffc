/// The canonical report: what every format plugin ends in.
///
/// Field names, order and meaning follow `docs/canonical-report.md` (schema version 1).
/// Every field is always encoded; absent values are written as `null` or `[]`.
public struct Report: Codable, Sendable, Equatable {
    /// Bumped on any breaking change to the JSON contract.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// `sha256:` + hex digest of the interpreted content; see `ContentID` in ReportCore.
    public var contentId: String
    public var source: SourceInfo
    public var metadata: Metadata
    public var funding: [FundingRow]
    public var indicators: [Indicator]
    public var goals: Goals
    public var scores: Scores?
    public var sections: [Section]
    public var tables: [Table]
    public var warnings: [ReportWarning]

    public init(
        schemaVersion: Int = Report.currentSchemaVersion, contentId: String = "", source: SourceInfo,
        metadata: Metadata = Metadata(), funding: [FundingRow] = [], indicators: [Indicator] = [],
        goals: Goals = Goals(), scores: Scores? = nil, sections: [Section] = [], tables: [Table] = [],
        warnings: [ReportWarning] = []
    ) {
        self.schemaVersion = schemaVersion
        self.contentId = contentId
        self.source = source
        self.metadata = metadata
        self.funding = funding
        self.indicators = indicators
        self.goals = goals
        self.scores = scores
        self.sections = sections
        self.tables = tables
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, contentId, source, metadata, funding, indicators, goals, scores, sections, tables,
            warnings
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(contentId, forKey: .contentId)
        try c.encode(source, forKey: .source)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(funding, forKey: .funding)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(goals, forKey: .goals)
        try c.encode(scores, forKey: .scores)
        try c.encode(sections, forKey: .sections)
        try c.encode(tables, forKey: .tables)
        try c.encode(warnings, forKey: .warnings)
    }
}
