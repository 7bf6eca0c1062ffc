import Foundation
import Testing

/// What a process loads before it does anything: only what every conversion needs. poppler,
/// cairo, GLib and Tesseract (with everything they pull in, 80 shared libraries) are opened by
/// the first PDF or scanned page that needs them, so a text or HTML conversion, `--version`
/// and every worker that reads no PDF start without them.
@Suite struct StartupTests {
    @Test func startupLoadsNoPDFOrOCRLibrary() throws {
        // LD_DEBUG=libs: glibc's loader names on stderr every library it looks for.
        let run = try Binary.run(["--version"], environment: ["LD_DEBUG": "libs"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("libc.so.6"), "the loader's trace is missing: \(run.stderr.prefix(300))")
        for library in ["libpoppler", "libcairo", "libglib-2.0", "libgobject-2.0", "libtesseract", "liblept"] {
            #expect(!run.stderr.contains(library), "\(library) is loaded at start")
        }
    }

    @Test func aTextConversionLoadsNoPDFLibraryEvenInItsWorker() throws {
        let scratch = try Scratch()
        let input = try scratch.file("report.txt", reportText("某县"))
        let run = try Binary.run(["convert", input.path, "--out", scratch.url.appendingPathComponent("out").path, "-q"],
                                 environment: ["LD_DEBUG": "libs"])
        #expect(run.status == 0, "stderr: \(run.stderr.suffix(600))")
        #expect(scratch.exists("out/report.txt.json"))
        #expect(!run.stderr.contains("libpoppler"))
    }
}
