import ArgumentParser

extension ReportConv {
    struct Formats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the format plugins this build knows.")

        func run() throws {
            for plugin in BuiltinPlugins.all {
                print("\(plugin.id)\t\(plugin.name)\t\(plugin.fileExtensions.map { "." + $0 }.joined(separator: " "))")
            }
        }
    }
}
