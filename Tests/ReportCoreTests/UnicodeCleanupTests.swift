@testable import ReportCore
import Testing

@Suite struct UnicodeCleanupTests {
    @Test func radicalsAndCompatibilityIdeographsFold() {
        // ⼀ U+2F00 (Kangxi), ⺠ U+2EA0 (CJK Radicals Supplement), 豈 U+F900 (compatibility).
        #expect(UnicodeCleanup.normalize("\u{2F00}级指标") == "一级指标")
        #expect(UnicodeCleanup.normalize("\u{2EA0}生") == "民生")
        #expect(UnicodeCleanup.normalize("\u{F900}") == "豈")
    }

    @Test func fullWidthPunctuationIsKeptAndDigitsFold() {
        #expect(UnicodeCleanup.normalize("（一）：≥９０％") == "（一）：≥90％")
        #expect(UnicodeCleanup.normalize("（一）：≥90％") == "（一）：≥90％")
    }

    @Test func wideDecimalPointFoldsOnlyBetweenDigits() {
        #expect(UnicodeCleanup.normalize("执行率９５．５％") == "执行率95.5％")
        #expect(UnicodeCleanup.normalize("２０２３年度") == "2023年度")
        #expect(UnicodeCleanup.normalize("2，700，000．00") == "2，700，000.00")
        // A list number's stop is punctuation: kept, as is a stop after a word.
        #expect(UnicodeCleanup.normalize("１．加强管理。Ａ．") == "1．加强管理。Ａ．")
        // Full-width letters are not figures: kept.
        #expect(UnicodeCleanup.normalize("ＡＢＣ") == "ＡＢＣ")
    }

    @Test func wideDigitsFoldBesideTextNeedingNFC() {
        #expect(UnicodeCleanup.normalize("e\u{301}１２") == "\u{E9}12")
        #expect(UnicodeCleanup.normalize("\u{2F00}级２") == "一级2")
    }

    @Test func nfc() {
        #expect(UnicodeCleanup.normalize("e\u{301}") == "\u{E9}")
    }
}
