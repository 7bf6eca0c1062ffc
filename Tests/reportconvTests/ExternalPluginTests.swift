import ArgumentParser
import Foundation
import PluginConformance
import ReportCore
import ReportModel
@testable import reportconv
import Testing

/// Out-of-process plugins: the Python example under Samples/plugins, and executables that
/// misbehave (malformed output, failure, a hang), each failing with the plugin's name.
@Suite(.serialized) struct ExternalPluginTests {
    static let pluginDir = GoldenFileTests.samples.appendingPathComponent("plugins")
    static let csv = pluginDir.appendingPathComponent("excel-made-form.csv")

    private func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reportconv-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes an executable shell script plugin answering `--describe` for `id`, and `read` with `body`.
    private func script(_ id: String, in dir: URL, read body: String) throws {
        let url = dir.appendingPathComponent("reportconv-plugin-\(id)")
        let text = """
            #!/bin/sh
            if [ "$1" = "--describe" ]; then
              echo '{"id":"\(id)","name":"\(id) test","version":"0.1","extensions":["\(id)"],"mediaTypes":[],"magic":["\(id.uppercased())!"]}'
              exit 0
            fi
            \(body)
            """
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    @Test func pythonExampleIsFoundAndConverts() throws {
        let loaded = BuiltinPlugins.external(pluginDirs: [Self.pluginDir.path], environment: [:])
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        let plugin = try #require(loaded.plugins.first { $0.id == "csv" })
        #expect(plugin.description.version == "1.0.0")
        #expect(plugin.executable.hasSuffix("Samples/plugins/reportconv-plugin-csv"))

        let registry = BuiltinPlugins.registry(pluginDirs: [Self.pluginDir.path], environment: [:])
        let report = try Converter(registry: registry).convert(InputFile(path: Self.csv.path, relativePath: "excel-made-form.csv"))
        #expect(report.source.format == "csv")
        #expect(report.metadata.title == "青溪县医疗保障局2023年度医疗保障服务能力提升项目支出绩效自评表")
        #expect(report.indicators.map(\.name) == ["医保经办人员培训", "定点医药机构现场检查", "医保信息平台稳定运行率", "医保业务网上可办率", "参保群众满意度"])
        #expect(report.indicators.last?.actual?.value == 91.8)
        #expect(report.funding.first?.budget == 1286.4)
    }

    @Test func pythonExampleConformsToTheKit() {
        let registry = BuiltinPlugins.registry(pluginDirs: [Self.pluginDir.path], environment: [:])
        guard let plugin = registry.plugin(id: "csv") else { Issue.record("csv plugin not loaded"); return }
        let kit = PluginConformance(plugin: plugin, samples: [Self.csv], registry: registry,
                                    foreignSamples: ConformanceSamples.files(under: GoldenFileTests.samples, extensions: ["txt", "html", "pdf", "docx", "xlsx"]))
        let failures = kit.run()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func foundThroughTheEnvironmentVariable() {
        let loaded = BuiltinPlugins.external(pluginDirs: [], environment: ["REPORTCONV_PLUGIN_PATH": "/nonexistent:" + Self.pluginDir.path])
        #expect(loaded.plugins.map(\.id) == ["csv"])
    }

    /// A worker loads the executables its parent named and searches no folder: named, the
    /// example loads from nowhere on the search path; an empty list loads none though the
    /// environment names a folder holding one.
    @Test func namedExecutablesAreLoadedWithoutSearching() {
        let csv = Self.pluginDir.appendingPathComponent("reportconv-plugin-csv").path
        let named = BuiltinPlugins.registry(pluginDirs: [], environment: [:], executables: [csv])
        #expect(named.plugin(id: "csv") != nil)
        let none = BuiltinPlugins.registry(pluginDirs: [], environment: ["REPORTCONV_PLUGIN_PATH": Self.pluginDir.path],
                                           executables: [])
        #expect(none.plugin(id: "csv") == nil)
        #expect(none.ids == BuiltinPlugins.all.map(\.id))
    }

    @Test func malformedOutputIsAnErrorNamingThePlugin() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try script("junk", in: dir, read: "echo '{\"blocks\": [{\"kind\": \"poem\"}]}'")
        try script("garbage", in: dir, read: "echo 'this is not json'")
        try script("failing", in: dir, read: "echo 'cannot parse the workbook' >&2; exit 3")
        let input = dir.appendingPathComponent("a.junk")
        try Data("JUNK! data".utf8).write(to: input)
        let registry = BuiltinPlugins.registry(pluginDirs: [dir.path], environment: [:])
        let converter = Converter(registry: registry)
        for (id, expected) in [("junk", "unknown kind 'poem'"), ("garbage", "not JSON"), ("failing", "cannot parse the workbook")] {
            do {
                _ = try converter.convert(InputFile(path: input.path, relativePath: "a.junk"), forcedID: id)
                Issue.record("\(id): converted")
            } catch {
                let message = "\(error)"
                #expect(message.contains("plugin 'reportconv-plugin-\(id)'"), "\(message)")
                #expect(message.contains(expected), "\(message)")
                #expect(message.contains("a.junk"), "\(message)")
            }
        }
    }

    @Test func aHangingPluginIsStoppedAtItsTimeout() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try script("slow", in: dir, read: "sleep 30")
        let input = dir.appendingPathComponent("b.slow")
        try Data("SLOW! data".utf8).write(to: input)
        let plugin = try ExternalPlugin.load(dir.appendingPathComponent("reportconv-plugin-slow").path, timeout: 1)
        // The plugin sleeps 30 s: the failure must come from its 1 s limit, and say so.
        #expect {
            _ = try Converter(registry: FormatRegistry([plugin])).convert(InputFile(path: input.path, relativePath: "b.slow"))
        } throws: { error in
            "\(error)".contains("did not finish within 1 s")
        }
    }

    @Test func badDescriptionsAreReportedNotLoaded() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // An id other than the file name, and a built-in id.
        try script("named", in: dir, read: "exit 0")
        let named = dir.appendingPathComponent("reportconv-plugin-named")
        try FileManager.default.moveItem(at: named, to: dir.appendingPathComponent("reportconv-plugin-other"))
        try script("pdf", in: dir, read: "exit 0")
        let loaded = BuiltinPlugins.external(pluginDirs: [dir.path], environment: [:])
        #expect(loaded.plugins.isEmpty)
        #expect(loaded.problems.count == 2)
        #expect(loaded.problems.contains { $0.plugin == "reportconv-plugin-other" && $0.reason.contains("must be lowercase and match") })
        #expect(loaded.problems.contains { $0.reason.contains("already taken") })
    }

    @Test func convertCommandTakesPluginDir() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let command = try ReportConv.Convert.parse([Self.csv.path, "--plugin-dir", Self.pluginDir.path, "--out", dir.path])
        try command.run()
        let json = try String(contentsOf: dir.appendingPathComponent("excel-made-form.csv.json"), encoding: .utf8)
        #expect(json.contains("\"format\": \"csv\"") || json.contains("\"format\":\"csv\""))
    }

    /// Through the built binary and its worker processes: `formats` says where each plugin came
    /// from; a batch converts with a plugin from `--plugin-dir`, and a hanging plugin fails its
    /// file alone within `--timeout` while the others convert.
    @Test func workersLoadPluginsAndTheBatchTimeoutApplies() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try script("slow", in: dir, read: "sleep 60")
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.csv, to: inputs.appendingPathComponent("form.csv"))
        try Data("SLOW! data".utf8).write(to: inputs.appendingPathComponent("b.slow"))
        try Data("某县医疗保障局2022年工作总结\n一、概况\n正文。\n".utf8).write(to: inputs.appendingPathComponent("c.txt"))

        let formats = try Binary.run(["formats", "--plugin-dir", Self.pluginDir.path, "--plugin-dir", dir.path])
        let listing = String(decoding: formats.stdout, as: UTF8.self)
        #expect(listing.contains("docx\t") && listing.contains("built-in"))
        #expect(listing.contains("csv\tCSV export of a form (out-of-process example, Python)\t.csv\t\(Self.pluginDir.path)/reportconv-plugin-csv (version 1.0.0)"), "\(listing)")
        #expect(listing.contains("\(dir.path)/reportconv-plugin-slow"))

        let out = dir.appendingPathComponent("out")
        let r = try Binary.run(["convert", inputs.path, "-o", out.path, "--timeout", "8", "--plugin-dir", Self.pluginDir.path,
                                "--plugin-dir", dir.path, "-q"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("b.slow"), "\(r.stderr)")
        // Stopped by the plugin's own limit (three quarters of --timeout), which names it, or, on
        // a loaded machine where the worker took long to start, by the worker's limit.
        let stoppedByPlugin = r.stderr.contains("plugin 'reportconv-plugin-slow' did not finish within 6 s")
        let stoppedByWorker = r.stderr.contains("timed out after 8 s")
        #expect(stoppedByPlugin || stoppedByWorker, "\(r.stderr)")
        let json = try String(contentsOf: out.appendingPathComponent("form.csv.json"), encoding: .utf8)
        #expect(json.contains("\"format\": \"csv\""))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("c.txt.json").path))
    }
}
