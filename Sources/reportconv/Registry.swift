import Foundation
import PDFPlugin
import ReportCore

/// The registry a run uses: the built-in plugins, and the misbehaving test plugin when the
/// test suite asks for it with `REPORTCONV_TEST_PLUGINS=1` (never otherwise).
enum Registry {
    static let current = make()

    /// The registry with scanned PDF pages read by OCR as `ocr` says.
    static func make(ocr: OCRMode = .auto) -> FormatRegistry {
        let plugins = BuiltinPlugins.plugins(ocr: ocr)
        if ProcessInfo.processInfo.environment["REPORTCONV_TEST_PLUGINS"] == "1" {
            return FormatRegistry([MisbehavingPlugin()] + plugins)
        }
        return FormatRegistry(plugins)
    }

    /// The worker's registry, from the arguments `registryArguments` gave it (`--ocr MODE`).
    static func make(arguments: [String]) -> FormatRegistry {
        let ocr = arguments.firstIndex(of: "--ocr").flatMap { i in
            i + 1 < arguments.count ? OCRMode(rawValue: arguments[i + 1]) : nil
        }
        return make(ocr: ocr ?? .auto)
    }
}
