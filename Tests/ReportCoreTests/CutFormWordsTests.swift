import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Plain `pdftotext` dumps (no `-layout`) of printed forms whose narrow cells cut the form's words
/// (`CutFormWords`). Every form here is invented.
@Suite struct CutFormWordsTests {
    func items(_ text: String) -> [BodyItem] {
        TextLines.split(text).map { BodyItem.line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
    }

    func lines(_ text: String) -> [String] {
        CutFormWords.join(items(text)).compactMap { if case .line(let l) = $0 { return l.raw } else { return nil } }
    }

    @Test func progressInTheVocabulary() {
        #expect(CutFormWords.progress("年初预") == .partial)
        #expect(CutFormWords.progress("年初预算数") == .whole)
        #expect(CutFormWords.progress("产出指标（50") == .partial)
        #expect(CutFormWords.progress("产出指标（50分）") == .whole)
        #expect(CutFormWords.progress("产出指标（5a") == .none)
        #expect(CutFormWords.progress("算数") == .none)
        #expect(CutFormWords.progress("资助参") == .none)
    }

    @Test func cellsSharingALineTakeTheirTailsInOrder() {
        #expect(lines("年初预算 全年预算 全年执行\n数\n数\n数\n\n分值") == ["年初预算数 全年预算数 全年执行数", "", "分值"])
    }

    @Test func firstLinesOfARowThenTheirSecondLines() {
        let text = "项目资\n年初预\n全年预\n全年执\n分值\n执行率\n得分\n金（万\n算数\n算数\n行数\n12.5\n元）"
        #expect(lines(text) == ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "12.5"])
    }

    @Test func aLevelWithItsPointsOverThreeLines() {
        #expect(lines("产出指\n数量指\n标（50\n标\n分）") == ["产出指标（50分）", "数量指标"])
    }

    @Test func readsTheFundsBlockOnceItsHeaderIsWhole() throws {
        let report = try buildFromLines("""
            某县2023年度项目支出绩效自评表
            项目资金
            （万元）
            年初预算 全年预算 全年执行
            数
            数
            数
            分值
            执行率
            得分
            年度资金总额
            40.00
            42.50
            41.00
            10
            96.47%
            9.6
            """)
        let total = try #require(report.funding.first)
        #expect(total.item == "年度资金总额" && total.budget == 42.5 && total.executed == 41 && total.executionRate == 96.47)
    }

    // MARK: - Negatives

    @Test func wordsThatAreWholeOrNoCutAreLeftAlone() {
        // A whole word takes no tail; a piece that starts no template word is none.
        let text = "全年预算数\n数\n资助参\n保人数"
        #expect(lines(text) == ["全年预算数", "数", "资助参", "保人数"])
    }

    @Test func aCutWordWithoutItsTailIsLeftAsItStood() {
        // `年初` starts 年初预算数, but nothing after it goes on with it.
        #expect(lines("年初\n计划\n安排") == ["年初", "计划", "安排"])
        // A tail that would leave the word unfinished is not taken.
        #expect(lines("偏差原\n因分析") == ["偏差原", "因分析"])
    }

    @Test func layoutDumpsAndProseAreLeftAlone() {
        // A `-layout` dump's column gaps, an indented line, prose.
        #expect(lines("年初预   全年预\n算数     算数") == ["年初预   全年预", "算数     算数"])
        #expect(lines("  年初预\n算数") == ["  年初预", "算数"])
        #expect(lines("全年执行情况良好，各项工作有序推进\n数") == ["全年执行情况良好，各项工作有序推进", "数"])
    }

    @Test func aTailTooFarDownIsNotTaken() {
        let text = "全年执\n" + String(repeating: "其他\n", count: CutFormWords.window + 1) + "行数"
        #expect(lines(text).first == "全年执")
    }
}

extension CutFormWordsTests {
    @Test func aCutWordAmongLayoutRowsOrPipeRowsIsLeftAlone() {
        // A `-layout` dump's margin lines (`年度总` / `体目标`) stand among rows with column gaps.
        let layout = "年度总\n体目标\n      1.完成目标。   1.已完成。"
        #expect(lines(layout) == ["年度总", "体目标", "      1.完成目标。   1.已完成。"])
        // A pipe row's words are its cells' (`一级 指标` stays as the row wrote it).
        #expect(lines("绩效指标 | 一级 指标 |||") == ["绩效指标 | 一级 指标 |||"])
    }

    @Test func aLabelWrittenOneCharacterALineIsLeftToTheTableReaders() {
        #expect(lines("绩\n效\n指\n标\n一级指标") == ["绩", "效", "指", "标", "一级指标"])
    }
}
