import ArgumentParser
import Foundation
import ReportArchive
import ReportServer

extension ReportConv {
    /// `reportconv serve`: browse, search and compare the archive in a browser.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Browse, search and compare the archive in a web browser (read-only).",
            discussion: """
                Serves the archive's pages on loopback (127.0.0.1) unless --host says otherwise, and \
                prints the URL. Nothing can be changed through it: it opens the database read-only and \
                answers only GET. Ctrl-C (SIGINT) or SIGTERM stops it.
                """)

        @OptionGroup var archive: ArchiveDBOption

        @Option(name: .long, help: "Address to listen on (0.0.0.0 publishes the archive on every network).")
        var host = "127.0.0.1"

        @Option(name: .long, help: "Port to listen on (0 picks a free one).")
        var port = 8080

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535, not '\(port)'") }
        }

        func run() throws {
            let location: ArchiveLocation
            do {
                location = try archive.existingLocation()
            } catch let e as ArchiveError {
                throw ArchiveFailure(e.description)
            }
            var options = ServeOptions(location: location)
            options.host = host
            options.port = port
            let finished = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var failure: Error?
            let described = location.description
            Task {
                do {
                    try await ReportServer.run(options) { url in
                        FileHandle.standardOutput.write(Data((url + "\n").utf8))
                        FileHandle.standardError.write(Data("serving archive '\(described)' read-only at \(url) (Ctrl-C stops)\n".utf8))
                    }
                } catch {
                    failure = error
                }
                finished.signal()
            }
            finished.wait()
            if let failure {
                if let e = failure as? ArchiveError { throw ArchiveFailure(e.description) }
                throw ArchiveFailure("serve: \(failure)")
            }
            FileHandle.standardError.write(Data("stopped\n".utf8))
        }
    }
}
