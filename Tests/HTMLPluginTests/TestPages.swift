import Foundation
import HTMLPlugin
import ReportCore
import ReportModel
import TestSupport

/// Helpers to read small pages written inside tests.
enum TestPages {
    static func read(_ html: String, name: String = "page.html") throws -> Document {
        try read(bytes: Data(html.utf8), name: name)
    }

    static func read(bytes: Data, name: String = "page.html") throws -> Document {
        try HTMLFormatPlugin().read(SourceInput(fileName: name, path: name, data: bytes))
    }

    /// A page with `body` inside a minimal document.
    static func page(_ body: String, head: String = "<meta charset=\"utf-8\">") -> String {
        "<!DOCTYPE html><html><head>\(head)<title>t</title></head><body>\(body)</body></html>"
    }

    /// The bytes of `text` in `encoding`, transcoded by glibc iconv (as the samples are).
    static func iconv(_ text: String, to encoding: String) throws -> Data {
        try transcode(Data(text.utf8), to: encoding)
    }
}

extension Document {
    /// The texts of paragraph and heading blocks, in order.
    var texts: [String] {
        blocks.compactMap { block in
            switch block.kind {
            case .paragraph, .heading: return block.text
            default: return nil
            }
        }
    }

    var tables: [TableGrid] {
        blocks.compactMap { if case .table(let grid) = $0.kind { return grid } else { return nil } }
    }
}
