/// The CSV tables meant to be combined across many reports.
public enum CSVTable: String, CaseIterable, Sendable {
    case reports, indicators, funding, scores

    var header: [String] {
        let key = ["path", "sha256"]
        switch self {
        case .reports:
            return key + ["file", "contentId", "format", "url", "title", "kind", "issuer", "year", "publishedOn", "indexNumber",
                          "indicators", "fundingRows", "scoreTotal", "grade", "warnings"]
        case .indicators:
            return key + ["row", "level1", "level2", "name", "targetRaw", "targetOperator", "targetValue", "targetUnit",
                          "actualRaw", "actualValue", "actualUnit", "note", "weight", "score", "met"]
        case .funding:
            return key + ["row", "item", "budget", "executed", "executionRate", "unit"]
        case .scores:
            return key + ["row", "name", "max", "score"]
        }
    }
}
