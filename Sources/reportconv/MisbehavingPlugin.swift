import Foundation
import ReportCore

/// A test-only plugin that does what broken native parsers do, to prove that a worker which
/// hangs, crashes or allocates without end fails its file alone. Registered only under
/// `REPORTCONV_TEST_PLUGINS=1`; claims files starting with `%REPORTCONV-TEST ` and an action:
/// `hang`, `crash`, `allocate`, `exit`, or `sleep N` (seconds, then decodes the rest as text).
struct MisbehavingPlugin: FormatPlugin {
    static let magic = "%REPORTCONV-TEST "
    let id = "misbehave"
    let name = "Test plugin that hangs, crashes or allocates without end"
    let fileExtensions: [String] = []
    let mediaTypes: [String] = []

    func sniff(_ prefix: Data) -> Bool { prefix.starts(with: Data(Self.magic.utf8)) }

    func read(_ input: SourceInput) throws -> Document {
        let text = String(decoding: input.data, as: UTF8.self)
        let command = text.dropFirst(Self.magic.count).prefix { $0 != "\n" }
        switch command.split(separator: " ").first {
        case "hang":
            while true { sleep(1000) }
        case "crash":
            // A write through a bad pointer, as a parser bug does (raise() could return from a handler).
            UnsafeMutablePointer<Int>(bitPattern: 16)!.pointee = 1
        case "allocate":
            var blocks: [UnsafeMutableRawPointer] = []
            while true {
                guard let p = malloc(16 << 20) else { fatalError("out of memory after \(blocks.count * 16) MB") }
                memset(p, 1, 16 << 20)
                blocks.append(p)
            }
        case "exit":
            exit(3)
        case "sleep":
            let seconds = command.split(separator: " ").dropFirst().first.flatMap { UInt32($0) } ?? 1
            sleep(seconds)
        default:
            break
        }
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        return Document(blocks: body.map { Block.line(String($0)) }, encoding: "UTF-8")
    }
}
