import Testing
@testable import PDFPlugin

/// A list item printed as text starts a paragraph of its own; a figure after a hyphen is none.
@Suite struct ListBulletTests {
    @Test func bulletsBeforeWordsStartItems() {
        for text in ["- 发布机构：市医保局", "-标题：绩效自评表", "• 来源：财政局", "● 一、基本情况", "* Source: survey", "  ▪ 备注"] {
            #expect(ListBullet.starts(text), "\(text)")
        }
    }

    @Test func hyphensBeforeFiguresAndPlainTextAreNone() {
        for text in ["-3-", "-0.5", "- 12", "-abc", "—标题", "发布机构：市医保局", "•", ""] {
            #expect(!ListBullet.starts(text), "\(text)")
        }
    }
}
