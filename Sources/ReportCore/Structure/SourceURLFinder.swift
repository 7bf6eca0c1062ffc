import Foundation

/// Finds the web address a document states it came from, for `source.url`.
///
/// Reports copied from government sites carry it in a labelled line (`来源：https://…`,
/// `原文链接: …`, `本文链接：…`) or, when a browser printed the page, as a running footer of the
/// bare address often followed by the page count (`https://www.x.gov.cn/art/1.html 1/3`).
/// A 来源 line naming a body (`来源：某县医疗保障局`) is not an address and is ignored.
enum SourceURLFinder {
    static let labels = ["原文链接", "原文地址", "本文链接", "本文地址", "页面地址", "网页地址", "信息来源", "文章来源",
                         "来源", "链接", "网址", "URL", "Url", "url", "Source", "source"]

    static func find(in blocks: [Block]) -> String? {
        var bareCounts: [String: Int] = [:]
        var footer: String?
        for block in blocks {
            if case .table = block.kind { continue }
            // Every address starts with http: most blocks have none, and are not split into lines.
            guard block.text.includes("http") else { continue }
            let isFurniture = block.kind == .furniture
            for line in block.text.split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                if let url = labelled(text) { return url }
                guard footer == nil, let (url, paged) = bare(text) else { continue }
                bareCounts[url, default: 0] += 1
                // A printed footer: marked as furniture, numbered like a page, or repeated on pages.
                if isFurniture || paged || bareCounts[url]! >= 2 { footer = url }
            }
        }
        return footer
    }

    /// `来源：https://…` and the like: a label, a colon, then the address.
    static func labelled(_ line: String) -> String? {
        for label in labels where line.hasPrefix(label) {
            var rest = line.dropFirst(label.count).drop { $0 == " " || $0 == "\u{3000}" }
            guard let colon = rest.first, colon == "：" || colon == ":" else { continue }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }
            return address(at: rest)
        }
        return nil
    }

    /// A line that is only an address, perhaps with the printed page count (`1/3`) beside it;
    /// `paged` says whether the count is there.
    static func bare(_ line: String) -> (url: String, paged: Bool)? {
        guard line.hasPrefix("http://") || line.hasPrefix("https://") else { return nil }
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count <= 2, let url = address(at: line[...]) else { return nil }
        let paged = parts.count == 2 && parts[1].split(separator: "/").count == 2
            && parts[1].split(separator: "/").allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
        guard parts.count == 1 || paged else { return nil }
        return (url, paged)
    }

    private static func address(at text: Substring) -> String? {
        guard text.hasPrefix("http://") || text.hasPrefix("https://") else { return nil }
        let url = text.prefix { !$0.isWhitespace && !"，。；）)」>\"'".contains($0) }
        let host = url.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" }
        guard host.contains("."), url.count <= 2048 else { return nil }
        return String(url)
    }
}
