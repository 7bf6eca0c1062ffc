/// A title said twice on its line: a document-sharing site's extract opens with the file's name
/// and then the document's own title line, the same words without the year and often with a
/// space inside (`2023年市体育局…工作计划 市体育局…工 作计划`).
///
/// Where what follows a space is, compacted, a part of what precedes it (six characters or
/// more), the title is what precedes it. A title whose halves differ (`某县卫生健康局
/// 2023年度部门整体支出绩效自评报告`) is left whole.
enum RepeatedTitle {
    static func cut(_ title: String) -> String {
        let parts = title.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\u{00A0}" || $0 == "\t" }).map(String.init)
        guard parts.count >= 2 else { return title }
        for k in 1..<parts.count {
            let head = parts[..<k].joined(), tail = parts[k...].joined()
            if tail.count >= 6, tail.count < head.count, head.includes(tail) {
                return parts[..<k].joined(separator: " ")
            }
        }
        return title
    }
}
