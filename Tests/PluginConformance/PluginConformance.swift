import Foundation
import ReportCore
import ReportModel

/// The checks every format plugin must pass, for any plugin's tests to call with the plugin and
/// its samples:
///
/// ```swift
/// let kit = PluginConformance(plugin: DOCXFormatPlugin(), samples: docxSamples,
///                             registry: FormatRegistry([DOCXFormatPlugin(), HTMLFormatPlugin(), TextFormatPlugin()]),
///                             foreignSamples: otherFormatsSamples, twins: [(docx, itsHTMLTwin)])
/// #expect(kit.run() == [])    // or XCTAssertEqual(kit.run(), [])
/// ```
///
/// `run()` returns one sentence per failure, naming the check and the file, so a failing test
/// says what to fix. It depends on no test framework.
public struct PluginConformance {
    public let plugin: any FormatPlugin
    /// The plugin's own sample files.
    public let samples: [URL]
    /// A registry holding the plugin, every plugin a twin needs and the plugins of the foreign
    /// samples, in their real order (usually all built-in ones).
    public let registry: FormatRegistry
    /// Files of other formats, which the plugin's `sniff` must not claim.
    public let foreignSamples: [URL]
    /// Pairs (sample in this format, the same report in a format already trusted).
    public let twins: [(URL, URL)]
    /// Random inputs per size; the generator's seed is fixed so a failure reproduces.
    public let randomSeed: UInt64

    public init(plugin: any FormatPlugin, samples: [URL], registry: FormatRegistry, foreignSamples: [URL] = [],
                twins: [(URL, URL)] = [], randomSeed: UInt64 = 20_240_601) {
        self.plugin = plugin
        self.samples = samples
        self.registry = registry
        self.foreignSamples = foreignSamples
        self.twins = twins
        self.randomSeed = randomSeed
    }

    /// Runs every check; an empty result means the plugin conforms.
    public func run() -> [String] {
        var failures: [String] = []
        if samples.isEmpty { failures.append("no samples given: the kit needs the plugin's own sample files") }
        failures += checkSniffing()
        failures += checkBadInput()
        for sample in samples { failures += checkSample(sample) }
        failures += checkTwins()
        return failures
    }

    private var converter: Converter { Converter(registry: registry) }

    /// Each sample resolves to this plugin (by content, or by extension for formats without a
    /// signature), and no file of another format does: `sniff` may be true for a file another
    /// plugin asked earlier owns (plain text sniffs a BOM, which an HTML page may start with),
    /// but it must not take the file from it.
    public func checkSniffing() -> [String] {
        var failures: [String] = []
        for sample in samples {
            guard let data = try? Data(contentsOf: sample) else { failures.append("cannot read sample '\(sample.path)'"); continue }
            let resolved = try? registry.resolve(fileName: sample.path, prefix: data.prefix(FormatRegistry.sniffLength))
            if resolved?.id != plugin.id {
                failures.append("sniffing: '\(sample.lastPathComponent)' resolves to '\(resolved?.id ?? "nothing")', not '\(plugin.id)'")
            }
        }
        for other in foreignSamples {
            guard let data = try? Data(contentsOf: other) else { continue }
            let prefix = data.prefix(FormatRegistry.sniffLength)
            if plugin.sniff(prefix), (try? registry.resolve(fileName: other.path, prefix: prefix))?.id == plugin.id {
                failures.append("sniffing: '\(plugin.id)' claims '\(other.lastPathComponent)', a file of another format")
            }
        }
        return failures
    }

    /// Empty input, random bytes (a fixed seed) and each sample cut short end in a
    /// `ConversionError` or a report with a warning: never a crash, an untyped error or a
    /// silent result.
    public func checkBadInput() -> [String] {
        var inputs: [(String, Data)] = [("empty input", Data())]
        var generator = SplitMix64(seed: randomSeed)
        for size in [1, 16, 512, 4096, 65_536] {
            inputs.append(("\(size) random bytes", Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) })))
        }
        for sample in samples.prefix(3) {
            guard let data = try? Data(contentsOf: sample), data.count > 8 else { continue }
            inputs.append(("'\(sample.lastPathComponent)' cut to half", data.prefix(data.count / 2)))
            var damaged = data
            for _ in 0..<max(1, data.count / 200) {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            inputs.append(("'\(sample.lastPathComponent)' with random bytes overwritten", damaged))
        }
        var failures: [String] = []
        for (what, data) in inputs {
            let name = "bad-input.\(plugin.fileExtensions.first ?? "bin")"
            do {
                let report = try converter.convert(data: data, fileName: name, path: name, forcedID: plugin.id)
                // A damaged file may still decode (a flipped byte in a text); it must then say so
                // or at least hold what it read.
                if report.warnings.isEmpty && report.sections.isEmpty && report.tables.isEmpty {
                    failures.append("bad input: \(what) gave an empty report without a warning")
                }
            } catch is ConversionError {
                continue
            } catch {
                failures.append("bad input: \(what) threw '\(error)', not a ConversionError")
            }
        }
        return failures
    }

    /// The sample converts, passes the model's validation, and converts to the same JSON twice.
    public func checkSample(_ sample: URL) -> [String] {
        let name = sample.lastPathComponent
        let first: Report, second: Report
        do {
            first = try convert(sample)
            second = try convert(sample)
        } catch {
            return ["'\(name)' does not convert: \(error)"]
        }
        var failures = ReportValidation.problems(first).map { "validation of '\(name)': \($0)" }
        if first.source.format != plugin.id {
            failures.append("'\(name)': source.format is '\(first.source.format)', not '\(plugin.id)'")
        }
        let a = try? JSONExporter.export(first), b = try? JSONExporter.export(second)
        if a == nil || a != b { failures.append("determinism: two conversions of '\(name)' give different JSON") }
        return failures
    }

    /// The same report in this format and in a trusted one gives the same interpreted content.
    public func checkTwins() -> [String] {
        twins.compactMap { sample, twin in
            do {
                let mine = try convert(sample), theirs = try convert(twin)
                // Goals are canonical content that contentId leaves out (docs/canonical-report.md).
                if mine.contentId == theirs.contentId {
                    return mine.goals == theirs.goals ? nil
                        : "twins: '\(sample.lastPathComponent)' and '\(twin.lastPathComponent)' differ in goals"
                }
                let field = InterpretedContent.firstDifference(mine, theirs) ?? "contentId"
                return "twins: '\(sample.lastPathComponent)' and '\(twin.lastPathComponent)' differ in \(field)"
            } catch {
                return "twins: '\(sample.lastPathComponent)' or '\(twin.lastPathComponent)' does not convert: \(error)"
            }
        }
    }

    private func convert(_ url: URL) throws -> Report {
        try converter.convert(InputFile(path: url.path, relativePath: url.lastPathComponent))
    }
}
