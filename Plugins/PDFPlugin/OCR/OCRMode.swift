/// When scanned pages are read by OCR (`--ocr`).
public enum OCRMode: String, Sendable, CaseIterable {
    /// Pages whose text layer is missing or unusable.
    case auto
    /// Every page, whatever its text layer holds.
    case always
    /// No page: a scanned page stays empty, with its warning.
    case never
}
