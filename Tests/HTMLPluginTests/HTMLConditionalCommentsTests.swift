import Foundation
import HTMLPlugin
import ReportCore
import Testing

/// Word's "Save as Web Page" output: conditional comments, `<o:p>`, `MsoNormal` paragraphs with
/// spans, tables whose cells hold paragraphs.
@Suite struct HTMLConditionalCommentsTests {
    static let wordPage = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
        <!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
        </head><body lang=ZH-CN><div class=WordSection1>
        <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt'>某县医疗保障局2022年度部门整体支出绩效自评报告<span lang=EN-US><o:p></o:p></span></span></b></p>
        <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>一、<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>部门基本情况<o:p></o:p></span></p>
        <p class=MsoNormal><span>负责全县基本医疗保险业务经办服务工作。<span lang=EN-US><o:p>&nbsp;</o:p></span></span></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
         <tr><td><p class=MsoNormal><span>一级指标</span></p></td><td><p class=MsoNormal><span>二级指标</span></p></td></tr>
         <tr><td rowspan=2><p class=MsoNormal><span>产出指标</span></p></td><td><p class=MsoNormal><span>数量指标<o:p></o:p></span></p></td></tr>
         <tr><td><p class=MsoNormal><![IF !supportLists]>（1）<![ENDIF]>质量指标</p></td></tr>
        </table></div></body></html>
        """

    @Test func wordPageReadsLikeTheDocument() throws {
        let document = try TestPages.read(HTMLConditionalCommentsTests.wordPage)
        #expect(document.texts == ["某县医疗保障局2022年度部门整体支出绩效自评报告", "一、 部门基本情况", "负责全县基本医疗保险业务经办服务工作。"])
        #expect(document.blocks.first?.emphasized == true)
        #expect(document.tables.first?.rows == [["一级指标", "二级指标"], ["产出指标", "数量指标"], ["", "（1）质量指标"]])
    }

    @Test func onlyTheMarkersAreRemoved() throws {
        let document = try TestPages.read(TestPages.page("<p>条件 a&lt;![if b]&gt; 甲<![if x]>乙<![endif]>丙</p>"))
        #expect(document.texts == ["条件 a<![if b]> 甲乙丙"])
    }
}
