import Foundation
import Testing
import TestSupport

/// The README's promises about the command line, checked through the built binary as a user
/// runs it: exit codes, format by content, skipped-file notes, `--bom`, atomic writes under a
/// kill, identical output across runs, and the scanned PDF's report.
@Suite(.serialized) struct CLIEndToEndTests {
    static let samples = repositoryRoot.appendingPathComponent("Samples")
    static let seed = "000_e82f18c061ea3c91"

    /// Every regular file under `folder`, relative to it, sorted; hidden files and folders (the
    /// engine's own records, a killed run's temporary files) are not outputs.
    static func files(under folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var out: [String] = []
        while let rel = walker?.nextObject() as? String {
            if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(rel).path, isDirectory: &isDir),
               !isDir.boolValue {
                out.append(rel)
            }
        }
        return out.sorted()
    }

    static func json(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    // MARK: - Exit status

    @Test func cleanRunExitsZeroWithJSONOnStdout() throws {
        let run = try BinaryRun.run(["convert", "Samples/\(Self.seed).txt"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let report = try #require(Self.json(run.stdout), "stdout is not a JSON object")
        #expect((report["indicators"] as? [Any])?.isEmpty == false)
    }

    @Test(arguments: [
        ["convert"],                                          // no input
        ["convert", "Samples/\(seed).txt", "--to", "docx"],   // unknown output format
        ["convert", "Samples/\(seed).txt", "--from", "nope"], // unknown plugin
        ["convert", "Samples/\(seed).txt", "--no-such-option"],
        ["no-such-command"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let run = try BinaryRun.run(arguments)
        #expect(run.status == 2, "\(arguments): status \(run.status), stderr: \(run.stderr)")
        #expect(!run.stderr.isEmpty, "a usage error says what is wrong")
        #expect(run.stdout.isEmpty, "nothing is converted on a usage error")
    }

    @Test func aFailedInputExitsOneAndTheOthersConvert() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        try FileManager.default.copyItem(at: Self.samples.appendingPathComponent("\(Self.seed).txt"),
                                         to: input.appendingPathComponent("good.txt"))
        let out = dir.appendingPathComponent("out")
        let run = try BinaryRun.run(["convert", input.path, "--to", "json", "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("empty.txt"), "the failure names the file: \(run.stderr)")
        let written = Self.files(under: out)
        #expect(written.contains { $0.hasSuffix("good.txt.json") }, "\(written)")
        #expect(!written.contains { $0.hasSuffix("empty.txt.json") })
    }

    /// `--out o`, a one-letter folder relative to the working directory: Foundation's
    /// deletingLastPathComponent traps on a one-character path, and the output folder's
    /// parents were found with it.
    @Test func aOneLetterRelativeOutputFolder() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.samples.appendingPathComponent("\(Self.seed).txt"),
                                         to: dir.appendingPathComponent("a.txt"))
        let run = try BinaryRun.run(["convert", "a.txt", "--to", "json", "--out", "o", "--force"], in: dir)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("o/a.txt.json").path))
    }

    // MARK: - Formats and skipped files

    @Test func formatIsFoundByContentBeforeExtension() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let disguised = dir.appendingPathComponent("really-a-pdf.txt")
        try FileManager.default.copyItem(at: Self.samples.appendingPathComponent("\(Self.seed).pdf"), to: disguised)
        let run = try BinaryRun.run(["convert", disguised.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let report = try #require(Self.json(run.stdout))
        #expect((report["source"] as? [String: Any])?["format"] as? String == "pdf")
    }

    @Test func unclaimedFilesAreSkippedWithANote() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.samples.appendingPathComponent("\(Self.seed).txt"),
                                         to: input.appendingPathComponent("good.txt"))
        // Not text, not any known format, and an extension no plugin claims.
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: input.appendingPathComponent("picture.png"))
        let out = dir.appendingPathComponent("out")
        let run = try BinaryRun.run(["convert", input.path, "--out", out.path])
        #expect(run.status == 0, "a skipped file is not a failure: \(run.stderr)")
        let note = run.stderr.components(separatedBy: "\n").first { $0.contains("picture.png") }
        #expect(note?.lowercased().contains("skip") == true, "stderr: \(run.stderr)")
        #expect(!Self.files(under: out).contains { $0.contains("picture.png") })
    }

    // MARK: - Written files

    @Test func bomFlagStartsEveryCSVFileWithTheMark() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Self.samples.appendingPathComponent("\(Self.seed).txt").path
        for bom in [true, false] {
            let out = dir.appendingPathComponent(bom ? "bom" : "plain")
            let run = try BinaryRun.run(["convert", input, "--to", "csv", "--out", out.path] + (bom ? ["--bom"] : []))
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let csvs = Self.files(under: out).filter { $0.hasSuffix(".csv") }
            #expect(csvs.count >= 4, "\(csvs)")
            for name in csvs {
                let bytes = try Data(contentsOf: out.appendingPathComponent(name))
                #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == bom, "\(name) with bom=\(bom)")
                // After the mark, the header row names the columns.
                #expect(String(decoding: bytes.dropFirst(bom ? 3 : 0), as: UTF8.self).first?.isLetter == true)
            }
        }
    }

    @Test func theWholeBatchIsByteIdenticalAcrossRuns() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var trees: [[String: Data]] = []
        for name in ["a", "b"] {
            let out = dir.appendingPathComponent(name)
            // Scanned samples are read by OCR: a debug build on a busy machine needs more than the
            // default minute for a four-page scan.
            let run = try BinaryRun.run(["convert", Self.samples.path, "--to", "json", "--to", "csv", "--to", "md",
                                         "--timeout", "900", "--out", out.path])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            var tree: [String: Data] = [:]
            for rel in Self.files(under: out) { tree[rel] = try Data(contentsOf: out.appendingPathComponent(rel)) }
            trees.append(tree)
        }
        #expect(trees[0].count >= 24 * 2 + 4, "\(trees[0].count) files written")
        #expect(trees[0].keys.contains { $0.hasSuffix("indicators.csv") }, "the batch CSV tables are compared too")
        #expect(trees[0].keys.sorted() == trees[1].keys.sorted())
        for (name, bytes) in trees[0] where trees[1][name] != bytes {
            Issue.record("\(name) differs between two runs")
        }
    }

    /// Outputs are written to a temporary file and renamed: a run killed at any moment leaves
    /// only whole files under their real names.
    @Test(arguments: [0.3, 0.8, 1.5])
    func aKilledRunLeavesOnlyWholeOutputs(after seconds: Double) throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for i in 0..<40 {
            for ext in ["txt", "html"] {
                try FileManager.default.copyItem(at: Self.samples.appendingPathComponent("\(Self.seed).\(ext)"),
                                                 to: input.appendingPathComponent(String(format: "r%02d.%@", i, ext)))
            }
        }
        let out = dir.appendingPathComponent("out")
        let process = try BinaryRun.start(["convert", input.path, "--to", "json", "--to", "md", "--to", "csv",
                                           "--out", out.path],
                                          stdout: FileHandle.nullDevice, stderr: FileHandle.nullDevice)
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        for rel in Self.files(under: out) {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }  // a temporary file a SIGKILL cannot clean; never a real name
            let bytes = try Data(contentsOf: out.appendingPathComponent(rel))
            if name.hasSuffix(".json") {
                #expect(Self.json(bytes) != nil, "\(rel) is cut short")
            } else if name.hasSuffix(".md") {
                #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("\n"), "\(rel) is cut short")
            } else if name.hasSuffix(".csv") {
                #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("\r\n"), "\(rel) is cut short")
            } else {
                Issue.record("unexpected file \(rel) after a kill")
            }
        }
    }

    @Test func aScannedPDFIsReadByOCR() throws {
        let scanned = repositoryRoot.appendingPathComponent("Tests/Fixtures/scanned-form.pdf")
        let run = try BinaryRun.run(["convert", scanned.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let report = try #require(Self.json(run.stdout))
        let ocr = (report["source"] as? [String: Any])?["ocr"] as? [String: Any]
        #expect(ocr?["pages"] as? [Int] == [1])
    }

    @Test func aScannedPDFWithOCROffFailsButItsReportIsWritten() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let scanned = repositoryRoot.appendingPathComponent("Tests/Fixtures/scanned-form.pdf")
        let out = dir.appendingPathComponent("out")
        let run = try BinaryRun.run(["convert", scanned.path, "--ocr", "never", "--to", "json", "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("scanned-form.pdf"))
        let written = try #require(Self.files(under: out).first { $0.hasSuffix("scanned-form.pdf.json") })
        let report = try #require(Self.json(try Data(contentsOf: out.appendingPathComponent(written))))
        let warnings = (report["warnings"] as? [[String: Any]]) ?? []
        #expect(warnings.contains { ($0["message"] as? String)?.contains("no text layer") == true }, "\(warnings)")
    }
}
