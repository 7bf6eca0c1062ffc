import ArgumentParser
import Foundation
import ReportArchive
import ReportCore

extension ReportConv {
    struct ArchiveReinterpret: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reinterpret",
            abstract: "Rebuild every report from its stored original files with this reportconv, and list the reports whose contentId moved.",
            discussion: "Exit status: 0 done, 1 some original no longer converts (its old report is kept).")

        @OptionGroup var archive: ArchiveDBOption

        func run() throws {
            let summary: ReinterpretSummary
            do {
                summary = try archive.open().reinterpret(with: Converter(registry: BuiltinPlugins.registry))
            } catch let e as ArchiveError {
                throw ArchiveFailure(e.description)
            }
            for move in summary.moved { print("moved\t\(move.path)\t\(move.from)\t\(move.to)") }
            for failure in summary.failed { FileHandle.standardError.write(Data("error: \(failure)\n".utf8)) }
            FileHandle.standardError.write(Data((
                "reinterpreted \(summary.sources - summary.failed.count) of \(summary.sources) source file(s) with \(ArchiveProducer.current): "
                + "\(summary.moved.count) contentId(s) moved\n").utf8))
            if !summary.failed.isEmpty { throw ExitCode(1) }
        }
    }
}
