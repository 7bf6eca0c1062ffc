@testable import ReportCore
import Testing

@Suite struct LetterSpacingTests {
    @Test func aSpreadLabelOnALineOfItsOwnCloses() {
        #expect(LetterSpacing.collapsed("全 年 预 算 数") == "全年预算数")
        #expect(LetterSpacing.collapsed("项　目　名　称") == "项目名称")
        #expect(LetterSpacing.collapsed("项　　目　　名　　称") == "项目名称")
        #expect(LetterSpacing.collapsed("合　计") == "合计")
        #expect(LetterSpacing.collapsed("其 中：财 政 拨 款") == "其中：财政拨款")
        #expect(LetterSpacing.collapsed("三、自 评 结 论") == "三、自评结论")
        // Indentation is kept.
        #expect(LetterSpacing.collapsed("　　年 度 资 金 总 额") == "　　年度资金总额")
    }

    @Test func cellsPartedBySpacesStay() {
        // One-character cells inside a form run onto one line.
        #expect(LetterSpacing.collapsed("重大传染病疫情暴发 无 无 满意度指标") == "重大传染病疫情暴发 无 无 满意度指标")
        // Words of their own on both sides of a gap.
        #expect(LetterSpacing.collapsed("产出指标 数量指标 培训人数") == "产出指标 数量指标 培训人数")
        // Figures, two spaces (a layout dump's column gap), a tab.
        #expect(LetterSpacing.collapsed("≥ 500 人 520 人") == "≥ 500 人 520 人")
        #expect(LetterSpacing.collapsed("产  出  指  标") == "产  出  指  标")
        #expect(LetterSpacing.collapsed("产\t出\t指\t标") == "产\t出\t指\t标")
        // Two characters an ASCII space apart: maybe two columns' wrapped ends (`标 标`).
        #expect(LetterSpacing.collapsed("标 标") == "标 标")
        #expect(LetterSpacing.collapsed("年度资金总额") == "年度资金总额")
        // Two words of more than one character: cells, however many characters stand alone.
        #expect(LetterSpacing.collapsed("产出指标 无 无 有 满意") == "产出指标 无 无 有 满意")
        #expect(LetterSpacing.collapsed("产出指标 无 无") == "产出指标 无 无")
    }
}
