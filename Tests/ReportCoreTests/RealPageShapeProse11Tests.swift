import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published prose reports in the eleventh round of reading them
/// (a collection's count in 【】 and the piece's number before it, a title naming the year before
/// the body, a cover's 评价年度 label, a flattened PDF's title running to its space): each on hand-built lines with
/// invented content, positive and negative.
@Suite struct RealPageShapeProse11Tests {
    // MARK: - A template site's collection name

    @Test func collectionCountInSquareBracketsIsDropped() {
        #expect(TitleWords.withoutCollectionSuffix("2024年项目绩效自评报告【推荐8篇】") == "2024年项目绩效自评报告")
        #expect(TitleWords.withoutCollectionSuffix("专项资金绩效自评报告【精选5篇】") == "专项资金绩效自评报告")
    }

    @Test func piecesNumberBeforeTheCountIsDropped() {
        #expect(TitleWords.withoutCollectionSuffix("项目绩效自评报告十(优秀13篇)") == "项目绩效自评报告")
        #expect(TitleWords.withoutCollectionSuffix("部门整体支出绩效自评报告3【推荐6篇】") == "部门整体支出绩效自评报告")
    }

    @Test func piecesNumberNegatives() {
        // No count after it: a numeral ending a title is left alone.
        #expect(TitleWords.withoutCollectionSuffix("芦川县第十") == "芦川县第十")
        // A name that does not end like a title once the numeral is dropped keeps it.
        #expect(TitleWords.withoutCollectionSuffix("芦川县第三中学2(精选5篇)") == "芦川县第三中学2(精选5篇)")
        // An unclosed 【 is not a count's bracket.
        #expect(TitleWords.withoutCollectionSuffix("芦川县某局工作总结【附表】") == "芦川县某局工作总结【附表】")
    }

    // MARK: - A title naming the year before the body

    @Test func bodyAfterTheTitlesYear() {
        #expect(MetadataInterpreter.leadingOrganization("2021年度芦川区青石街道办事处整体支出绩效自评报告") == "芦川区青石街道办事处")
        #expect(MetadataInterpreter.leadingOrganization("2023年芦川县档案馆部门整体支出绩效自评报告") == "芦川县档案馆")
        #expect(MetadataInterpreter.leadingOrganization("芦川县水务局整体支出绩效自评报告") == "芦川县水务局")
    }

    @Test func bodyAfterTheTitlesYearNegatives() {
        // A year and no body: the department form's name alone.
        #expect(MetadataInterpreter.leadingOrganization("2021年部门整体支出绩效评价报告") == nil)
        // A body with no place is no full name.
        #expect(MetadataInterpreter.leadingOrganization("2022年度街道办事处整体支出绩效自评报告") == nil)
        // A year inside the title is not a lead: the text before it is no body.
        #expect(MetadataInterpreter.leadingOrganization("关于2022年度乡村振兴资金的绩效自评报告") == nil)
    }

    @Test func yearFirstTitleGivesTheIssuer() throws {
        let r = try buildFromLines("""
            2021年度芦川区青石街道办事处整体支出绩效自评报告
            发布时间 : 2022-09-20 10:15来源 : 芦川区财政局
            现将2021年度芦川市芦川区青石街道办事处整体绩效自我评价报告如下：
            一、单位基本情况
            （一）单位机构设置、部门职能情况。
            设置党政综合办公室、社区建设办公室、农业农村办公室，下辖社区居委会4个。
            """)
        #expect(r.metadata.issuer == "芦川市芦川区青石街道办事处" || r.metadata.issuer == "芦川区青石街道办事处", "\(r.metadata.issuer ?? "nil") \(r.metadata.title ?? "nil")")
        #expect(r.metadata.year == 2021)
    }

    // MARK: - A cover's 评价年度

    @Test func evaluatedYearLabel() {
        #expect(EvaluatedYearLabel.year(in: ["项目支出绩效自评报告", "项目名称：芦川县水库加固工程", "评价年度：2022",
                                              "填报日期：2023年4月25日"]) == 2022)
        #expect(EvaluatedYearLabel.year(in: ["评价年度:2021年"]) == 2021)
        #expect(EvaluatedYearLabel.year(in: ["所属年度： 2024年度"]) == 2024)
    }

    @Test func evaluatedYearLabelNegatives() {
        // The date of filling in is the writing's, not the year evaluated.
        #expect(EvaluatedYearLabel.year(in: ["填报日期：2023年4月25日"]) == nil)
        // A 年度 in a sentence, no colon and figure after the label.
        #expect(EvaluatedYearLabel.year(in: ["评价年度内完成水库加固13宗，2022年投入资金300万元。"]) == nil)
        // A figure longer than a year is not one.
        #expect(EvaluatedYearLabel.year(in: ["评价年度：20221"]) == nil)
    }

    @Test func coverYearBeforeTheFillingInDate() throws {
        let r = try buildFromLines("""
            项目支出绩效自评报告
            项目名称：芦川县青石水库等5宗水库除险加固工程
            评价年度：2022
            预算部门单位（公章）：芦川县水务局
            填报日期：2023年4月25日
            一、基本情况
            （一）项目概况
            根据有关文件安排下达资金，开展水库除险加固工程。
            """)
        #expect(r.metadata.year == 2022)
        #expect(r.metadata.issuer == "芦川县水务局")
    }

    // MARK: - A run-in title of a flattened PDF, set off by a space

    @Test func runInTitleRunsToTheSpace() {
        let s = RunInHeading.split("年度总体工作和重点工作任务 1、强化经济综合管理，发挥参谋助手作用。", strict: false)
        #expect(s?.title == "年度总体工作和重点工作任务")
    }

    @Test func runInTitleRunsToTheSpaceNegatives() {
        // A line's own start (strict) takes no fallback: a sentence stays a sentence.
        #expect(RunInHeading.split("全年共完成目标任务 100%", strict: true) == nil)
        // More than a word or two before the space: the clause is the sentence's.
        let s = RunInHeading.split("绩效目标保障学校正常运转 完成全年教育教学任务。", strict: false)
        #expect(s?.title == "绩效目标")
        // No sentence after the space (a spaced PDF heading's short piece).
        let t = RunInHeading.split("年度总体工作和重点工作任务 完成", strict: false)
        #expect(t?.title != "年度总体工作和重点工作任务")
    }
}

/// A 街道办事处 is a body of the family; a bare 处 is not.
@Suite struct SubdistrictOfficeNameTests {
    @Test func subdistrictOfficeIsAnOrganization() {
        #expect(OrganizationNames.isOrganization("芦川区青石街道办事处"))
        #expect(OrganizationNames.clean("芦川区青石街道办事处") == "芦川区青石街道办事处")
    }

    @Test func bareChuIsNot() {
        #expect(!OrganizationNames.isOrganization("芦川区青石街道此处"))
        // The type alone names no body of a place.
        #expect(!OrganizationNames.hasPlace("街道办事处"))
    }

    @Test func consultingABodyIsNoName() {
        // 会商 before the level's mark: a sentence about the city's bureau, no city named 会商.
        #expect(OrganizationNames.clean("会商市财政局") == "市财政局")
        #expect(!OrganizationNames.hasPlace(OrganizationNames.clean("会商市财政局") ?? ""))
        // 会同 before a county's mark stays: 会同县 is a county.
        #expect(OrganizationNames.clean("会同县财政局") == "会同县财政局")
    }
}

/// A page titling a self-evaluation by what it tells.
@Suite struct EvaluationStatementTitleTests {
    @Test func selfEvaluationStatementIsATitle() {
        #expect(TitleWords.strength("芦川县2023年度彩票公益金专项资金绩效自评情况") == .strong)
        #expect(TitleWords.strength("2023年度新增专项债券项目绩效评价情况") == .strong)
    }

    @Test func otherStatementsAreNot() {
        // A 情况 that is no evaluation's: a heading's words, not the report's name.
        #expect(TitleWords.strength("芦川县2023年度预算绩效目标完成情况") != .strong)
    }
}

/// A page's field list with a 内容分类 field before 发布机构 on one line; a sentence's phrase that
/// the name pattern takes for a body.
@Suite struct ContentCategoryAndPhraseTests {
    @Test func contentCategoryIsAFieldLabel() {
        let pairs = MetadataLineReader.split("内容分类: 其他,其它,个人 发布机构: 芦川市青石区文化和旅游局")
        #expect(pairs.contains { $0.0 == .issuer && $0.1 == "芦川市青石区文化和旅游局" })
    }

    @Test func contentCategoryInRunningTextIsNot() {
        // Not at the line's start and no colon after it: words of a sentence.
        #expect(MetadataLineReader.split("本项目内容分类明确，资金使用规范。").isEmpty)
    }

    @Test func phraseWithParticleIsNoName() {
        #expect(OrganizationNames.clean("在县委县政府的正确领导和市局") == nil)
        // A name without 的 is still one.
        #expect(OrganizationNames.clean("芦川县交通运输局") == "芦川县交通运输局")
    }
}
