import Foundation
import ReportCore
@testable import reportconv
import Testing
import TestSupport

/// The batch engine: output names, collisions, CSV keys, resume, isolation of misbehaving files.
@Suite(.serialized) struct BatchEngineTests {
    let registry = FormatRegistry([MisbehavingPlugin()] + BuiltinPlugins.all)

    func engine(_ out: String, formats: [ExportFormat] = [.json, .csv], isolation: BatchOptions.Isolation = .inProcess,
                configure: (inout BatchOptions) -> Void = { _ in }) -> BatchEngine {
        var options = BatchOptions()
        options.formats = formats
        options.destination = .folder(out)
        options.isolation = isolation
        options.jobs = 2
        configure(&options)
        return BatchEngine(registry: registry, options: options)
    }

    /// Two folders that both hold `index.txt`: two outputs, two CSV rows told apart by path.
    @Test func sameNamesInTwoFoldersDoNotCollide() throws {
        let s = try Scratch()
        try s.file("a/index.txt", reportText("甲县"))
        try s.file("b/index.txt", reportText("乙县"))
        let walked = InputWalker(registry: registry).walk([s.path + "/a", s.path + "/b"])
        #expect(walked.inputs.map(\.relativePath) == ["a/index.txt", "b/index.txt"])
        let summary = try engine(s.path + "/out").run(walked.inputs)
        #expect(summary.count(.converted) == 2)
        #expect(s.read("out/a/index.txt.json")?.contains("甲县") == true)
        #expect(s.read("out/b/index.txt.json")?.contains("乙县") == true)
        let rows = try #require(s.read("out/reports.csv")).components(separatedBy: "\r\n")
        #expect(rows[0].hasPrefix("path,sha256,file,contentId,format,url,"))
        #expect(rows[1].hasPrefix("a/index.txt,") && rows[2].hasPrefix("b/index.txt,"))
        #expect(rows.count == 4 && rows[3].isEmpty)
    }

    /// A single folder names its files below itself; files given by name below their folder.
    @Test func relativePathsFromTheCommonParent() throws {
        let s = try Scratch()
        try s.file("in/sub/x.txt", "x")
        try s.file("in/y.txt", "y")
        let walker = InputWalker(registry: registry)
        #expect(walker.walk([s.path + "/in"]).inputs.map(\.relativePath) == ["sub/x.txt", "y.txt"])
        #expect(walker.walk([s.path + "/in/sub/x.txt", s.path + "/in/y.txt"]).inputs.map(\.relativePath) == ["sub/x.txt", "y.txt"])
        #expect(walker.walk([s.path + "/in/y.txt"]).inputs.map(\.relativePath) == ["y.txt"])
    }

    /// Two inputs that would still write one output stop the batch before anything is written.
    @Test func remainingCollisionIsAnErrorBeforeWriting() throws {
        let s = try Scratch()
        let a = BatchInput.file(FilePath(s.path + "/a.txt"), relativePath: "same.txt")
        let b = BatchInput.file(FilePath(s.path + "/b.txt"), relativePath: "same.txt")
        #expect(throws: BatchError.outputCollision(output: "same.txt.json", inputs: [a.displayPath, b.displayPath])) {
            try engine(s.path + "/out").run([a, b])
        }
        #expect(!s.exists("out"))
        // The same file given twice is one input.
        try s.file("a.txt", reportText("丙县"))
        #expect(try engine(s.path + "/out2").run([a, a]).count(.converted) == 1)
    }

    /// A rerun converts only what changed; the tables stay complete; --force redoes all.
    @Test func resumeSkipsUpToDateInputs() throws {
        let s = try Scratch()
        for i in 0..<4 { try s.file("in/r\(i).txt", reportText("第\(i)县")) }
        let walk = { InputWalker(registry: self.registry).walk([s.path + "/in"]).inputs }
        #expect(try engine(s.path + "/out").run(walk()).count(.converted) == 4)
        let tables = s.read("out/indicators.csv")
        let reports = s.read("out/reports.csv")
        let second = try engine(s.path + "/out").run(walk())
        #expect(second.count(.upToDate) == 4 && second.count(.converted) == 0)
        #expect(s.read("out/reports.csv") == reports && s.read("out/indicators.csv") == tables)
        try s.file("in/r2.txt", reportText("改县"))
        let third = try engine(s.path + "/out").run(walk())
        #expect(third.count(.upToDate) == 3 && third.count(.converted) == 1)
        #expect(s.read("out/reports.csv")?.contains("r2.txt") == true)
        // Another output format than recorded converts again.
        #expect(try engine(s.path + "/out", formats: [.json, .md]).run(walk()).count(.converted) == 4)
        #expect(try engine(s.path + "/out") { $0.force = true }.run(walk()).count(.converted) == 4)
        #expect(s.files(below: "out/.reportconv/tmp").isEmpty)
    }

    /// Files that hang, crash, allocate without end or exit fail alone, each with its reason,
    /// and the batch goes on with fresh workers.
    @Test func misbehavingWorkersFailTheirFileAlone() throws {
        let worker = try #require(Binary.path, "the reportconv binary is built beside the tests")
        setenv("REPORTCONV_TEST_PLUGINS", "1", 1)
        let s = try Scratch()
        try s.file("in/a-good.txt", reportText("甲县"))
        try s.file("in/b-hang.dat", "%REPORTCONV-TEST hang\n")
        try s.file("in/c-crash.dat", "%REPORTCONV-TEST crash\n")
        try s.file("in/d-allocate.dat", "%REPORTCONV-TEST allocate\n")
        try s.file("in/e-exit.dat", "%REPORTCONV-TEST exit\n")
        try s.file("in/f-good.txt", reportText("乙县"))
        let walked = InputWalker(registry: registry).walk([s.path + "/in"])
        #expect(walked.inputs.count == 6)
        let summary = try engine(s.path + "/out", isolation: .workers(executable: worker)) {
            $0.timeout = 3
            $0.memoryLimitMB = 512
        }.run(walked.inputs)
        #expect(summary.count(.converted) == 2)
        #expect(summary.count(.failed) == 4)
        let reasons = Dictionary(uniqueKeysWithValues: summary.failures.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(reasons["b-hang.dat"]?.contains("timed out after 3 s") == true, "\(reasons)")
        #expect(reasons["c-crash.dat"]?.contains("worker crashed: signal 11 (SIGSEGV)") == true, "\(reasons)")
        #expect(reasons["d-allocate.dat"]?.contains("ran out of memory (limit 512 MB)") == true, "\(reasons)")
        #expect(reasons["e-exit.dat"]?.contains("worker exited with status 3") == true, "\(reasons)")
        #expect(s.exists("out/a-good.txt.json") && s.exists("out/f-good.txt.json"))
        let rows = try #require(s.read("out/reports.csv")).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
    }

    /// A scan is read by OCR inside a worker, within the batch's default timeout and memory cap
    /// (what `reportconv convert` uses): OCR is slow, and the isolation must not cut it off.
    @Test func aScanIsReadWithinTheWorkerTimeout() throws {
        let worker = try #require(Binary.path, "the reportconv binary is built beside the tests")
        let s = try Scratch()
        let scan = repositoryRoot.appendingPathComponent("Samples/scans/002_46cbd641e677e2d2-300dpi.pdf").path
        let walked = InputWalker(registry: registry).walk([scan])
        let defaults = BatchOptions()
        let summary = try engine(s.path + "/out", formats: [.json], isolation: .workers(executable: worker)) {
            $0.timeout = defaults.timeout
            $0.memoryLimitMB = defaults.memoryLimitMB
        }.run(walked.inputs)
        #expect(summary.count(.converted) == 1, "\(summary.failures.map(\.reason))")
        let json = try #require(s.read("out/002_46cbd641e677e2d2-300dpi.pdf.json"))
        #expect(json.contains("\"ocr-page\""))
    }

    /// Inputs whose bytes are read when their turn comes (as an archive's entries are).
    @Test func deferredInputs() throws {
        struct Gone: Error, CustomStringConvertible { var description: String { "entry is damaged" } }
        let s = try Scratch()
        let good = BatchInput(content: .deferred(id: "x.zip/a.txt", read: { Data(reportText("酉县").utf8) }),
                              relativePath: "x.zip/a.txt", displayPath: "x.zip/a.txt")
        let bad = BatchInput(content: .deferred(id: "x.zip/b.txt", read: { throw Gone() }),
                             relativePath: "x.zip/b.txt", displayPath: "x.zip/b.txt")
        let summary = try engine(s.path + "/out").run([good, bad])
        #expect(summary.count(.converted) == 1)
        #expect(summary.failures.map(\.reason) == ["'x.zip/b.txt': cannot read: entry is damaged"])
        #expect(s.read("out/x.zip/a.txt.json")?.contains("酉县") == true)
        #expect(s.read("out/reports.csv")?.contains("\r\nx.zip/a.txt,") == true)
    }
}
