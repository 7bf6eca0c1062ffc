import ReportModel

/// Content that has no text to read — images, text boxes, embedded objects — counted as the
/// walk meets it and reported once per kind, so nothing is dropped silently.
struct DOCXSkippedContent {
    private var images = 0
    private var textBoxes: [String] = []
    private var objects = 0

    mutating func image() { images += 1 }
    mutating func object() { objects += 1 }
    mutating func textBox(_ text: String) { textBoxes.append(text) }

    var warnings: [ReportWarning] {
        var out: [ReportWarning] = []
        if images > 0 {
            out.append(ReportWarning(code: "docx-image-skipped", message: "\(images) image\(images == 1 ? "" : "s") skipped: pictures hold no text to read"))
        }
        if !textBoxes.isEmpty {
            let firsts = textBoxes.map { "'" + String($0.prefix(30)) + ($0.count > 30 ? "…" : "") + "'" }.joined(separator: ", ")
            out.append(ReportWarning(code: "docx-text-box-skipped",
                                     message: "\(textBoxes.count) text box\(textBoxes.count == 1 ? "" : "es") skipped (floating shapes are not part of the reading order): \(firsts)"))
        }
        if objects > 0 {
            out.append(ReportWarning(code: "docx-object-skipped", message: "\(objects) embedded object\(objects == 1 ? "" : "s") (OLE, chart) skipped"))
        }
        return out
    }
}
