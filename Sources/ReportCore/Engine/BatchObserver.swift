/// Hears what a batch does as it happens, one call at a time (the engine serialises them).
public protocol BatchObserver: AnyObject {
    /// Before the first file: how many inputs there are.
    func started(total: Int)
    /// After each input: what became of it, with the error or error-severity warnings to show.
    func finished(path: String, kind: BatchSummary.Kind, messages: [String])
    /// A note that is not about one finished input (skipped files, a stop request).
    func note(_ line: String)
    /// After the last file, with the totals.
    func ended(_ summary: BatchSummary)
}
