/// Whether a line opens with a field of a page's metadata block (`发布时间:2025-05-15 09:12`,
/// `来源：县医疗保障局`, `文档格式：xlsx`): a label of `MetadataLabel` and its colon.
///
/// For format plugins that rebuild paragraphs from lines (PDF): such a line starts one of its
/// own, whatever the line above it. A page's metadata fields stand on their own lines; set
/// centred under a title as long as the line, they look like the title's wrapped rest.
public enum MetadataFieldLine {
    public static func opens(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace || "【[|｜•·-".contains($0) }
        guard let first = trimmed.first, let candidates = MetadataLabel.byFirstCharacter[first] else { return false }
        for (spelling, _) in candidates {
            guard let end = MetadataLabel.end(of: spelling, in: trimmed) else { continue }
            let rest = trimmed[end...].drop { $0 == " " || $0 == "\u{3000}" }
            return rest.first == "：" || rest.first == ":"
        }
        return false
    }
}
