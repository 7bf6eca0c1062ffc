import Foundation
import ReportCore
import Testing
@testable import PDFPlugin

/// poppler-glib and cairo are opened with the first PDF, not linked (Loading/PopplerLibrary.swift).
@Suite struct PopplerLibraryTests {
    @Test func popplerIsOpenedOnFirstUse() throws {
        let library = try PopplerLibrary.shared.get()
        #expect(library.errorQuark() != 0)
    }

    /// A machine without the libraries is told which packages to install, per file, not by a crash.
    @Test func aMissingLibraryIsNamedWithItsPackage() {
        #expect(throws: SharedLibrary.Failure.self) { try SharedLibrary.open(["libreportconv-absent.so.9"]) }
        do {
            _ = try SharedLibrary.open(["libreportconv-absent.so.9"])
        } catch {
            #expect(error.reason.contains("libreportconv-absent.so.9"))
            let message = PopplerLibrary.LoadError(reason: error.reason).description
            #expect(message.contains("libpoppler-glib8"))
        }
    }

    /// A function the library does not have is an error naming it.
    @Test func aMissingFunctionIsNamed() throws {
        let glib = try SharedLibrary.open(PopplerLibrary.glibNames)
        do {
            let _: @convention(c) () -> Void = try SharedLibrary.symbol(glib, "g_reportconv_absent")
            Issue.record("an absent function was found")
        } catch {
            #expect(error.reason.contains("g_reportconv_absent"))
        }
    }
}
