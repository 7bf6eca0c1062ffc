import Foundation
import ReportCore
@testable import reportconv
import Testing

@Suite struct RegistryTests {
    /// Every plugin target under Plugins/ (a target with a type conforming to `FormatPlugin`;
    /// system libraries and shared support targets have none) must be registered in
    /// `BuiltinPlugins`, or its format silently never converts.
    @Test func everyPluginTargetIsRegistered() throws {
        let plugins = GoldenFileTests.root.appendingPathComponent("Plugins")
        let fm = FileManager.default
        let targets = try fm.contentsOfDirectory(atPath: plugins.path).filter { name in
            let dir = plugins.appendingPathComponent(name)
            let files = (try? fm.subpathsOfDirectory(atPath: dir.path)) ?? []
            return files.contains { file in
                file.hasSuffix(".swift")
                    && ((try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8))?.contains(": FormatPlugin {") ?? false)
            }
        }
        #expect(!targets.isEmpty)
        let registeredModules = Set(BuiltinPlugins.all.map { String(reflecting: type(of: $0)).split(separator: ".").first.map(String.init) ?? "" })
        for target in targets {
            #expect(registeredModules.contains(target), "plugin target '\(target)' is not listed in BuiltinPlugins.all")
        }
    }

    @Test func idsAreUnique() {
        let ids = BuiltinPlugins.all.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func resolveByIdContentAndExtension() throws {
        let r = BuiltinPlugins.registry
        #expect(try r.resolve(fileName: "a.txt", prefix: Data("hello".utf8)).id == "text")
        #expect(try r.resolve(fileName: "a.bin", prefix: Data("hello".utf8), forcedID: "text").id == "text")
        #expect(throws: ConversionError.unknownFormat(file: "a.xyz", known: r.ids)) {
            try r.resolve(fileName: "a.xyz", prefix: Data("hello".utf8))
        }
        #expect(throws: ConversionError.self) { try r.resolve(fileName: "a.txt", prefix: Data(), forcedID: "nope") }
    }
}
