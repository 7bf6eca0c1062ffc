@testable import ReportCore
import ReportModel
import Testing

/// A copy in Traditional characters (a site's 繁體 page), glossed with pinyin or not, is read as
/// the Simplified report it was made from.
@Suite struct TraditionalScriptTests {
    let simplified = """
        某县医疗保障局2023年度项目支出绩效自评报告
        一、项目基本情况
        本项目年度预算数120万元，全年执行数108.6万元，预算执行率90.5%。
        二、项目绩效目标完成情况
        全年资助困难群众参保1.26万人，各项绩效指标均已完成。
        """
    let traditional = """
        某縣醫療保障局2023年度項目支出績效自評報告
        一、項目基本情況
        本項目年度預算數120萬元，全年執行數108.6萬元，預算執行率90.5%。
        二、項目績效目標完成情況
        全年資助困難群眾參保1.26萬人，各項績效指標均已完成。
        """

    /// Every marker is a Traditional-only form: OpenCC changes each of them.
    @Test func markersAreTraditionalOnly() throws {
        let converter = try OpenCCLibrary.t2s.get()
        let markers = "們這為個與會國發績報經費預資項實際數據體務產質滿總額計劃點過還對說開關係區縣鄉鎮醫療單構應當組織設備護險購議導題問級標準確認變讓時來門達義務寫價險評"
        for scalar in markers.unicodeScalars {
            #expect(TraditionalScript.markers.contains(scalar))
            #expect(converter.simplified(String(scalar)) != String(scalar), "\(scalar) is also Simplified")
        }
    }

    /// The Traditional copy gives the Simplified report: the same content, the same contentId,
    /// with a note that it was converted.
    @Test func traditionalCopyIsTheSameReport() throws {
        let a = try buildFromLines(simplified), b = try buildFromLines(traditional)
        #expect(b.metadata.title == "某县医疗保障局2023年度项目支出绩效自评报告")
        #expect(b.metadata.kind == .projectEvaluation)
        #expect(b.sections.map(\.title) == a.sections.map(\.title))
        #expect(b.contentId == a.contentId)
        #expect(b.warnings.contains { $0.code == "traditional-script-converted" })
        #expect(!a.warnings.contains { $0.code == "traditional-script-converted" })
    }

    /// Negative: a Simplified report quoting a Traditional word or two is left as written.
    @Test func simplifiedTextWithAQuotedWordIsKept() throws {
        let text = simplified + "\n网站提供繁体版（“績效報告”），供港澳台读者查阅。"
        #expect(!TraditionalScript.isTraditional(TextLines.split(text)))
        let r = try buildFromLines(text)
        #expect(!r.warnings.contains { $0.code == "traditional-script-converted" })
        #expect(r.sections.last?.paragraphs.last?.contains("績效報告") == true)
    }

    /// Pinyin glosses after characters are taken out where a copy is full of them; one cited
    /// reading, a bracketed Latin word or a gloss without a tone mark is not a gloss.
    @Test func pinyinGlosses() throws {
        let glossed = "衛(wèi)生局上半年工作總(zǒng)結(jié)，推進(jìn)醫(yī)改，關(guān)鍵之年。"
        #expect(PinyinGlosses.glosses(in: glossed).count == 6)
        #expect(PinyinGlosses.removed(from: [glossed]) == ["衛生局上半年工作總結，推進醫改，關鍵之年。"])
        #expect(PinyinGlosses.removed(from: ["重(chóng)新核定标准。"]) == nil)
        #expect(PinyinGlosses.glosses(in: "采用DRG(drg)付费、(a)类").isEmpty)
        #expect(PinyinGlosses.glosses(in: "单位(wei)").isEmpty)
        let r = try buildFromLines("xx年衛(wèi)生局上半年工作總(zǒng)結(jié)\n一、上半年主要工作\n推進(jìn)醫(yī)改。")
        #expect(r.sections.contains { $0.title == "上半年主要工作" })
        #expect(r.warnings.contains { $0.code == "pinyin-glosses-removed" })
    }
}
