import Foundation

/// The program the worker processes run: this one, in its hidden worker mode.
///
/// When this code runs inside another program (the test runner), the `reportconv` built next
/// to it; nil when there is none, and conversions then run in this process.
enum WorkerExecutable {
    static let path: String? = {
        if let forced = ProcessInfo.processInfo.environment["REPORTCONV_WORKER"] { return forced }
        guard let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let url = URL(fileURLWithPath: own)
        if url.lastPathComponent == "reportconv" { return own }
        var folder = url.deletingLastPathComponent()
        // A test bundle's executable sits inside `X.xctest/`; the build products are beside it.
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" || folder.lastPathComponent == "Contents" {
            folder = folder.deletingLastPathComponent()
        }
        let sibling = folder.appendingPathComponent("reportconv").path
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
    }()
}
