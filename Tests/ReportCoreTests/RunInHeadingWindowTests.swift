@testable import ReportCore
import Testing

/// A heading's title is read from the head of its line only (a window of characters), and a
/// number inside a line is looked for only where a numeral stands before its mark: the same
/// readings as over the whole line, on lines a flattened report makes thousands of characters long.
@Suite struct RunInHeadingWindowTests {
    /// A long sentence after the title: the rest comes back whole, not cut at the window.
    @Test func restIsTheWholeLineAfterTheTitle() throws {
        let sentence = String(repeating: "我局按计划推进医保基金监管工作，", count: 200)
        let split = try #require(RunInHeading.split("基本情况" + sentence, strict: true))
        #expect(split.title == "基本情况")
        #expect(split.rest == sentence)
    }

    /// A title set off by a space: what follows the space counts up to its last character that is
    /// no space, however far the spaces after the title run past the window.
    @Test func spacesAfterTheTitleAreMeasuredPastTheWindow() {
        let spaces = String(repeating: " ", count: 90)
        #expect(RunInHeading.split("总体情况" + spaces + "我局全年共办理事项一百余件。", strict: true)?.title == "总体情况")
        // Too short a rest after the space: a spaced heading's piece, no sentence.
        #expect(RunInHeading.split("总体情况" + spaces + "一百件    ", strict: true) == nil)
        #expect(RunInHeading.startsSentence("  八个字的一句话了   "[...]))
        #expect(!RunInHeading.startsSentence("  七个字一句话        "[...]))
    }

    /// A title ending in its sequence of endings, no ending past the longest title.
    @Test func titleEndingsAreFoundByLength() {
        #expect(RunInHeading.split("项目资金使用情况分析为加强管理，我单位制定了办法。", strict: true)?.title == "项目资金使用情况分析")
        let long = String(repeating: "项", count: RunInHeading.maxTitleLength) + "情况我局"
        #expect(RunInHeading.split(long, strict: true) == nil)
    }

    @Test func numbersOpenOnlyBeforeTheirMark() {
        let at = { (s: String, k: Int) in RunTogetherHeadings.Sequence.couldOpenNumber(Array(s), at: k) }
        #expect(at("如下:一、基本情况", 3))
        #expect(at("如下:十二 、基本情况", 3))
        #expect(at("情况（一）资金", 2))
        #expect(at("情况( 三)资金", 2))
        #expect(at("资金三）管理", 2))
        // 一 in a word, a bracket round words or figures.
        #expect(!at("统一规范的管理", 1))
        #expect(!at("资金（万元）", 2))
        #expect(!at("资金（1）", 2))
        #expect(!at("第一", 1))
        #expect(!at("一", 0))
    }
}
