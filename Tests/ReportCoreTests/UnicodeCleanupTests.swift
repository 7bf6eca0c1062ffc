@testable import ReportCore
import Testing

@Suite struct UnicodeCleanupTests {
    @Test func radicalsAndCompatibilityIdeographsFold() {
        // ⼀ U+2F00 (Kangxi), ⺠ U+2EA0 (CJK Radicals Supplement), 豈 U+F900 (compatibility).
        #expect(UnicodeCleanup.normalize("\u{2F00}级指标") == "一级指标")
        #expect(UnicodeCleanup.normalize("\u{2EA0}生") == "民生")
        #expect(UnicodeCleanup.normalize("\u{F900}") == "豈")
    }

    @Test func fullWidthPunctuationIsKept() {
        #expect(UnicodeCleanup.normalize("（一）：≥９０％") == "（一）：≥９０％")
    }

    @Test func nfc() {
        #expect(UnicodeCleanup.normalize("e\u{301}") == "\u{E9}")
    }
}
