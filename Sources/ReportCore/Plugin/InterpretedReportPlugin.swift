import ReportModel

/// A plugin whose files hold a report core has already interpreted: reportconv's own canonical
/// JSON, read back from an archive.
///
/// "Plugins decode, core interprets" still holds: such a file is core's output, not a document,
/// so interpreting it again would read the JSON as prose. The plugin only decodes the stored
/// `Report`; core (`Converter`) then checks it as it checks its own work — schema version and
/// `contentId` — and hands it on unchanged, so exports of it are byte-identical to the original's.
public protocol InterpretedReportPlugin: FormatPlugin {
    /// Decodes the stored report.
    ///
    /// - Throws: `ConversionError.unreadable` naming why the file is not a report this build reads.
    func readReport(_ input: SourceInput) throws -> Report
}

extension InterpretedReportPlugin {
    /// Never called by `Converter`; a report has no intermediate `Document`.
    public func read(_ input: SourceInput) throws -> Document {
        throw ConversionError.unreadable(file: input.fileName, format: id,
                                         reason: "holds an interpreted report, not a document to interpret")
    }
}
