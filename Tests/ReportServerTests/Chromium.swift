import Foundation
import TestSupport

/// Debian's headless Chromium, loading a page as a reader's browser would and giving back the
/// DOM it built (after parsing, so markup that escaped would be elements here, not text).
enum Chromium {
    static let path = "/usr/bin/chromium"

    static func dumpDOM(_ url: URL) throws -> String {
        let profile = try temporaryFolder("reportconv-chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        // --no-sandbox: the tests run as root, where Chromium's sandbox refuses to start.
        let result = try runTool(path, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                        "--user-data-dir=\(profile.path)", "--dump-dom", url.absoluteString], timeout: 90)
        guard result.status == 0, result.stdout.contains("</html>") else {
            throw ServeTestFailure("chromium failed on \(url) (status \(result.status)): \(result.stderr.suffix(500))")
        }
        return result.stdout
    }
}
