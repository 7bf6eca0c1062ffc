import Foundation
import FuzzDriver
import ReportCore
import ReportModel

/// Bytes as an intermediate `Document`, as any plugin could hand it to core: each line a block
/// whose first byte picks its kind (line, paragraph, heading, furniture, table); a table's rows
/// are split on "|" and its cells on "\t". Reaches the interpreter with shapes no plugin makes
/// yet (ragged tables, headings of any level, empty cells everywhere).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterpreter(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    var blocks: [Block] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        guard let first = line.unicodeScalars.first else {
            blocks.append(.line(""))
            continue
        }
        let body = String(line.unicodeScalars.dropFirst())
        let page = index % 3 == 0 ? nil : index / 10 + 1
        switch first.value % 6 {
        case 0: blocks.append(.paragraph(body, page: page))
        case 1: blocks.append(.heading(body, level: Int(first.value % 5), page: page))
        case 2: blocks.append(.furniture(body, page: page))
        case 3:
            let rows = body.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            blocks.append(.table(TableGrid(rows: rows, page: page, headerRowCount: Int(first.value % 3),
                                           positional: first.value % 2 == 0)))
        default: blocks.append(.line(body, page: page))
        }
    }
    let document = Document(blocks: blocks, encoding: "UTF-8", pages: nil, diagnostics: [])
    _ = try? ReportBuilder.build(document, source: SourceInfo(file: "fuzz", format: "text", sha256: ""))
    return 0
}

@_cdecl("FuzzInterpreter_main")
public func fuzzInterpreterMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzInterpreter)
}
