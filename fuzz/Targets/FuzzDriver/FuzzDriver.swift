import Foundation
import ReportCore
import ReportModel

/// Starts libFuzzer from a target's own entry point.
///
/// A debug SwiftPM build links each executable with `main` aliased to `<Target>_main` (so tests
/// can import executables), which hides libFuzzer's `main`; each target therefore exports
/// `<Target>_main` and hands over to `LLVMFuzzerRunDriver`, libFuzzer's documented entry.
public enum FuzzDriver {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>, Int) -> Int32

    public static func run(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                           _ callback: Callback) -> Int32 {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, callback)
    }

    /// Bytes as a file of `plugin`'s format, decoded and then taken through all of core
    /// (structure pass, interpretation, contentId). A thrown `ConversionError` is a correct
    /// answer; a crash, a sanitizer report or a timeout is a finding.
    public static func convert(_ bytes: UnsafePointer<UInt8>, _ count: Int, with plugin: any FormatPlugin,
                               fileName: String) {
        let input = SourceInput(fileName: fileName, path: fileName, data: Data(bytes: bytes, count: count))
        guard let document = try? plugin.read(input) else { return }
        _ = try? ReportBuilder.build(document, source: SourceInfo(file: fileName, format: plugin.id, sha256: ""))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                                 _ callback: FuzzDriver.Callback) -> Int32
