import Foundation

/// How a worker's `FileOutcome` crosses the pipe to the parent.
///
/// The exports are most of an answer (a report's whole JSON, Markdown and CSV rows); as strings
/// inside a JSON answer every quote and line break of them was escaped by the worker and
/// unescaped by the parent (a tenth of a text batch's CPU), and Foundation's JSON coders cost
/// more again for the small fields. So every field goes as its own length-prefixed run of
/// bytes (`WireWriter`), the exports' UTF-8 copied as is.
///
/// Fields, in order: status, format, sha256, error, errorWarnings, the export keys (sorted),
/// the CSV keys (sorted), then each export's text and each CSV table's rows in the keys' order.
enum OutcomeWire {
    static func encode(_ outcome: FileOutcome) -> Data {
        // Sorted, so the same outcome gives the same bytes.
        let exportKeys = outcome.exports.keys.sorted()
        let csvKeys = outcome.csvRows.keys.sorted()
        var wire = WireWriter()
        wire.string(outcome.status.rawValue)
        wire.string(outcome.format)
        wire.string(outcome.sha256)
        wire.string(outcome.error)
        wire.strings(outcome.errorWarnings)
        wire.strings(exportKeys)
        wire.strings(csvKeys)
        for key in exportKeys { wire.string(outcome.exports[key]!) }
        for key in csvKeys { wire.string(outcome.csvRows[key]!) }
        return wire.data
    }

    /// Nil when the bytes are not a whole answer.
    static func decode(_ data: Data) -> FileOutcome? {
        var wire = WireReader(data)
        guard let statusName = wire.requiredString(), let status = FileOutcome.Status(rawValue: statusName),
              let format = wire.string(), let sha256 = wire.string(), let error = wire.string(),
              let errorWarnings = wire.strings(), let exportKeys = wire.strings(), let csvKeys = wire.strings()
        else { return nil }
        var outcome = FileOutcome(status: status, format: format, sha256: sha256, error: error)
        outcome.errorWarnings = errorWarnings
        for key in exportKeys {
            guard let text = wire.requiredString() else { return nil }
            outcome.exports[key] = text
        }
        for key in csvKeys {
            guard let text = wire.requiredString() else { return nil }
            outcome.csvRows[key] = text
        }
        guard wire.atEnd else { return nil }
        return outcome
    }
}
