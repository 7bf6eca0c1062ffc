import Foundation

/// Reads the metadata block of a government page from plain lines, whatever the markup was:
/// `索引号：000014348/2023-00950`, `索引号11331022MB…/2023-115183 文号`, several labels on one
/// line, or a label alone on a line with its value on the next.
struct MetadataLineReader {
    /// Values found, by label, first occurrence kept.
    private(set) var values: [MetadataLabel: String] = [:]
    /// A date-time that stands alone under the title (`2023-10-25 16:36 来源:…`): the posting time.
    private(set) var postedDate: String?
    /// The label of the previous line when it had no value, waiting for the next line.
    private var pending: MetadataLabel?

    private static let fieldSeparators: Set<Unicode.Scalar> = ["【", "】", "[", "]", "|", "｜"]

    /// Consumes `line` if it belongs to the metadata block.
    ///
    /// - Returns: true when the line was metadata (and so is not body text).
    mutating func consume(_ line: String) -> Bool {
        // Brackets and bars some templates put around or between fields (`【发布时间：…】`,
        // `时间：… | 来源：…`) separate fields like spaces do.
        // (Most lines hold none of them and are not rebuilt: this runs on every head line.)
        let spaced = line.unicodeScalars.contains(where: Self.fieldSeparators.contains)
            ? String(line.map { "【】[]|｜".contains($0) ? " " : $0 }) : line
        var text = spaced.trimmingWhitespace()
        // Bullets of <li> lists rendered as text.
        while let f = text.first, "•·●◆■□▪-*".contains(f) { text = String(text.dropFirst()).trimmingWhitespace() }
        if text.isEmpty { return false }

        let pairs = Self.split(text)
        if pairs.isEmpty {
            if let label = pending {
                pending = nil
                // A value line under a label line: short, and not a sentence.
                if text.count <= 40, !text.includes("。"), !TitleWords.looksLikeTitle(text) {
                    store(label, text)
                    return true
                }
            }
            if let date = Self.leadingDateTime(text), text.count <= 60,
               text.includes("来源") || text.includes("浏览") || text.includes("发布") || text.count <= 20
                || Self.holdsPageTools(text) {
                if postedDate == nil { postedDate = date }
                return true
            }
            return false
        }
        pending = nil
        for (label, value) in pairs {
            // `来源：办公室 2021-03-18 09:30`: the posting time written after the source's value
            // (not after chrome such as a sharing site's 上传时间).
            if label == .source || label == .issuer, let (rest, date) = Self.trailingDateTime(value) {
                if postedDate == nil { postedDate = date }
                store(label, rest)
                continue
            }
            if value.isEmpty { pending = label } else { store(label, value) }
        }
        // Several labels on a line: the last one may be waiting for the next line's value;
        // but only a lone label line waits, so as not to swallow body text.
        if pairs.count > 1 { pending = nil }
        if pairs.count == 1, !pairs[0].1.isEmpty { pending = nil }
        return true
    }

    /// The page's own tools on the line (`2024-09-25 09:46  某局 [字号: ] 打印`): the toolbar of
    /// the article the date is the posting time of, not a date in the text.
    static func holdsPageTools(_ text: String) -> Bool {
        ["字号", "字体", "打印", "分享"].contains { text.includes($0) }
    }

    private mutating func store(_ label: MetadataLabel, _ value: String) {
        let v = value.trimmingWhitespace()
        guard !v.isEmpty, label != .other, values[label] == nil else { return }
        values[label] = v
    }

    /// Splits a line made only of `label[:：]value` pairs. Empty when the line does not start
    /// with a label, or when a value is too long to be metadata.
    ///
    /// A label counts at the start of the line, after white space (`成文日期2023-07-27 发布机构县…`),
    /// or anywhere with a colon after it (a PDF drops the space between CJK runs:
    /// `来源:某市医疗保障局发布时间:…`), never inside a value (`青禾县审核中心`); the short words of
    /// `MetadataLabel.needColon` count only with a colon after them.
    static func split(_ text: String) -> [(MetadataLabel, String)] {
        var found: [(label: MetadataLabel, range: Range<String.Index>)] = []
        // The line must start with a label; most lines fail on their first character.
        guard let first = text.first, MetadataLabel.byFirstCharacter[first] != nil else { return [] }
        var i = text.startIndex
        while i < text.endIndex {
            let boundary = i == text.startIndex || text[text.index(before: i)].isWhitespace
            if let (label, end) = label(in: text, at: i), boundary || text[end...].first.map({ ":：".contains($0) }) == true {
                found.append((label, i..<end))
                i = end
                continue
            }
            i = text.index(after: i)
        }
        guard let head = found.first, head.range.lowerBound == text.startIndex else { return [] }
        var pairs: [(MetadataLabel, String)] = []
        for (k, f) in found.enumerated() {
            let end = k + 1 < found.count ? found[k + 1].range.lowerBound : text.endIndex
            var value = String(text[f.range.upperBound..<end]).trimmingWhitespace()
            while let c = value.first, ":：".contains(c) { value = String(value.dropFirst()).trimmingWhitespace() }
            if value.count > 60 || value.includes("。") { return [] }
            pairs.append((f.label, value))
        }
        return pairs
    }

    /// The label spelled at `i`, and where it ends.
    private static func label(in text: String, at i: String.Index) -> (MetadataLabel, String.Index)? {
        let rest = text[i...]
        for (spelling, label) in MetadataLabel.byFirstCharacter[text[i]] ?? [] {
            guard let end = MetadataLabel.end(of: spelling, in: rest) else { continue }
            if MetadataLabel.needColon.contains(spelling) {
                guard let next = text[end...].first(where: { !$0.isWhitespace }), ":：".contains(next) else { continue }
            }
            return (label, end)
        }
        return nil
    }

    /// Whether a table is a page's metadata block: most of its rows start with a metadata label.
    static func isMetadataTable(_ grid: TableGrid) -> Bool {
        let labelled = grid.rows.filter(isLabelledRow).count
        return labelled >= 2 && labelled * 2 >= grid.rows.count
    }

    /// A row whose first filled cell is a metadata label (`索引号`, `发布机构：…`).
    static func isLabelledRow(_ row: [String]) -> Bool {
        guard let first = row.first(where: { !$0.trimmingWhitespace().isEmpty }) else { return false }
        return !split(first.trimmingWhitespace()).isEmpty
    }

    /// The number of rows at the top of a table that are the page's metadata block, where the
    /// block and the form under it came as one table (a site that lays out its 索引号 / 发布机构
    /// rows and the attached form in the same grid): the longest run of rows from the first that
    /// ends on a labelled row and is at least half labelled, as `isMetadataTable` asks of a whole
    /// table (a label this reader does not know may stand among them), with at least
    /// `minimumPrefix` labels. Fewer is no block (a form's own 项目名称 / 主管部门 rows are no
    /// metadata labels); 0 then.
    static func metadataPrefix(_ grid: TableGrid) -> Int {
        guard let first = grid.rows.first, isLabelledRow(first) else { return 0 }
        var labelled = 0, best = 0
        for (k, row) in grid.rows.enumerated() where isLabelledRow(row) {
            labelled += 1
            if labelled * 2 >= k + 1 { best = labelled >= minimumPrefix ? k + 1 : best }
        }
        return best
    }

    static let minimumPrefix = 3

    /// A table row of label and value cells as one line of `label：value` pairs.
    ///
    /// A label this reader does not know, with its colon (`索引号: | GS…/2022-19110 | 部门: | 财政局`),
    /// is dropped with its value: appended, it would run on the value before it
    /// (`GS…/2022-19110：部门:：财政局`). The row stays in `tables`.
    static func line(fromRow row: [String]) -> String {
        var parts: [String] = []
        var skippingValueOf: String?
        for cell in row.map({ $0.trimmingWhitespace() }) where !cell.isEmpty {
            if !split(cell).isEmpty || parts.isEmpty {
                parts.append(cell)
                skippingValueOf = nil
            } else if UnknownLabelCell.holds(cell) {
                skippingValueOf = cell
            } else if skippingValueOf != nil {
                skippingValueOf = nil
            } else {
                parts[parts.count - 1] += "：" + cell
            }
        }
        return parts.joined(separator: " ")
    }

    /// `办公室 2021-03-18 09:30` → (`办公室`, `2021-03-18`): a date, with or without its time,
    /// ending a value.
    static func trailingDateTime(_ value: String) -> (String, String)? {
        guard let m = trailingDate.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)),
              let r = Range(m.range, in: value), let date = DateText.iso(String(value[r])) else { return nil }
        return (String(value[..<r.lowerBound]).trimmingWhitespace(), date)
    }

    private static let trailingDate = try! NSRegularExpression(
        pattern: #"(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*$"#)

    /// `2023-10-25 16:36 …` → `2023-10-25`.
    static func leadingDateTime(_ text: String) -> String? {
        guard let m = leadingDate.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return DateText.iso(String(text[Range(m.range, in: text)!]))
    }

    private static let leadingDate = try! NSRegularExpression(
        pattern: #"^(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"#)
}
