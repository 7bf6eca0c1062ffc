/// The body in reading order during the structure pass: lines of text and tables.
enum BodyItem: Equatable {
    case line(SourceLine)
    case table(TableGrid)
}
