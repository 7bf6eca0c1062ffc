import Foundation
import ReportCore
@testable import reportconv
import Testing

@Suite struct RegistryTests {
    /// Every plugin target under Plugins/ (system-library targets, which have a module map, aside)
    /// must be registered in `BuiltinPlugins`, or its format silently never converts.
    @Test func everyPluginTargetIsRegistered() throws {
        let plugins = GoldenFileTests.root.appendingPathComponent("Plugins")
        let fm = FileManager.default
        let targets = try fm.contentsOfDirectory(atPath: plugins.path).filter { name in
            var dir: ObjCBool = false
            let path = plugins.appendingPathComponent(name).path
            return fm.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
                && !fm.fileExists(atPath: plugins.appendingPathComponent(name).appendingPathComponent("module.modulemap").path)
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
