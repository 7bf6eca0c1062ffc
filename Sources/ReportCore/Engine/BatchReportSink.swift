/// Where a batch hands each conversion when its reports go somewhere other than files: the
/// archive. With a sink, the engine writes no output files; it converts (in workers, with the
/// same isolation, progress and summary as `convert`) and passes every outcome on.
public protocol BatchReportSink: Sendable {
    /// Called once per converted or failed input, from the engine's threads, possibly several at
    /// once. A throw fails that input with the error as its reason.
    func take(_ outcome: FileOutcome, of input: BatchInput) throws
}
