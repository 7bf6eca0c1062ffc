import Foundation

/// Shows a batch on standard error: on a terminal one line rewritten in place (done/total,
/// rate, ETA, failures so far); otherwise a plain line every few seconds. Errors and
/// error-severity warnings are printed as they happen; `quiet` keeps only those and the end.
public final class ProgressPrinter: BatchObserver {
    let quiet: Bool
    let terminal: Bool
    /// Seconds between plain progress lines when standard error is not a terminal.
    let plainInterval: Double
    /// Print the closing summary even when all went well (off for one report on stdout).
    let summaryWhenClean: Bool
    private var total = 0
    private var done = 0
    private var failed = 0
    private var start = DispatchTime.now().uptimeNanoseconds
    private var lastShown: UInt64 = 0
    private var lineShown = false
    /// On a terminal the line is redrawn every second, so the rate and ETA move while a slow
    /// file is converted; the lock keeps the timer and the engine's calls apart.
    private var timer: (any DispatchSourceTimer)?
    private let lock = NSLock()

    public init(quiet: Bool, terminal: Bool = isatty(2) != 0, plainInterval: Double = 5, summaryWhenClean: Bool = true) {
        self.quiet = quiet
        self.summaryWhenClean = summaryWhenClean
        self.terminal = terminal
        self.plainInterval = plainInterval
    }

    public func started(total: Int) {
        lock.lock(); defer { lock.unlock() }
        self.total = total
        start = DispatchTime.now().uptimeNanoseconds
        lastShown = start
        guard terminal && !quiet else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.lock(); defer { self.lock.unlock() }
            if self.done < self.total { self.show(DispatchTime.now().uptimeNanoseconds) }
        }
        timer.resume()
        self.timer = timer
    }

    public func finished(path: String, kind: BatchSummary.Kind, messages: [String]) {
        lock.lock(); defer { lock.unlock() }
        if kind != .skipped { done += 1 }
        if kind == .failed { failed += 1 }
        for m in messages { emit((kind == .failed ? "error: " : "warning: ") + m) }
        guard !quiet else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if terminal {
            if now - lastShown >= 100_000_000 || done == total { show(now) }
        } else if Double(now - lastShown) / 1e9 >= plainInterval, done < total {
            show(now)
        }
    }

    public func note(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        emit(line)
    }

    public func ended(_ summary: BatchSummary) {
        lock.lock(); defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        clearLine()
        let clean = summary.failures.isEmpty && summary.exitStatus(strict: false) == 0
        let text = clean && (quiet || !summaryWhenClean) ? "" : summary.text
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A line of its own, with the progress line moved below it.
    private func emit(_ line: String) {
        clearLine()
        FileHandle.standardError.write(Data((line + "\n").utf8))
        if terminal && !quiet && done > 0 && done < total { show(DispatchTime.now().uptimeNanoseconds) }
    }

    private func show(_ now: UInt64) {
        lastShown = now
        let elapsed = Double(now - start) / 1e9
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var line = "[\(done)/\(total)] \(String(format: "%.1f", rate)) files/s"
        if rate > 0 && done < total { line += ", ETA " + Self.duration(Double(total - done) / rate) }
        if failed > 0 { line += ", \(failed) failed" }
        if terminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            lineShown = true
        } else {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    private func clearLine() {
        guard lineShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        lineShown = false
    }

    static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? "\(t / 3600)h\(String(format: "%02d", t / 60 % 60))m" : t >= 60 ? "\(t / 60)m\(String(format: "%02d", t % 60))s" : "\(t)s"
    }
}
