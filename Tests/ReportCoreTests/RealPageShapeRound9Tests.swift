import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published prose reports in the ninth round of reading them
/// (headings run into their sentences and into each other on one line, totals said as
/// `自评分为…分`, a page's bracket round its extract's name, final accounts beside the reports):
/// each on hand-built lines with invented content, positive and negative.
@Suite struct RealPageShapeRound9Tests {
    // MARK: - A heading's title run into its sentence

    @Test func runInTitleEndsWhereTheSentenceVisiblyStarts() throws {
        let year = try #require(RunInHeading.split("基本情况2024年，芦川县档案馆共实施项目6个。", strict: true))
        #expect(year.title == "基本情况")
        #expect(year.rest == "2024年，芦川县档案馆共实施项目6个。")
        let opener = try #require(RunInHeading.split("绩效评价工作开展情况为加强专项资金的管理和监督，我办制定了制度。", strict: true))
        #expect(opener.title == "绩效评价工作开展情况")
        let space = try #require(RunInHeading.split("总体情况 2024年，我局紧紧围绕中心工作开展信息公开。", strict: true))
        #expect(space.title == "总体情况")
        let place = try #require(RunInHeading.split("绩效目标分解下达情况芦川省财政厅下达专项资金20万元", strict: true))
        #expect(place.title == "绩效目标分解下达情况")
        // A word going on after an ending keeps the title going (情况 + 分析, 目标 + 的原因).
        let goesOn = try #require(RunInHeading.split("偏离绩效目标的原因和下一步改进措施我局未偏离目标。", strict: true))
        #expect(goesOn.title == "偏离绩效目标的原因和下一步改进措施")
        let next = try #require(RunInHeading.split("上半年工作总结1.医保改革。推进支付方式改革。", strict: true))
        #expect(next.title == "上半年工作总结")
        #expect(next.rest == "1.医保改革。推进支付方式改革。")
    }

    @Test func runInTitleNegatives() {
        // A title's two clauses are set apart by a comma: no cut there.
        #expect(RunInHeading.split("立足工作职能，精准赋能乡村振兴", strict: true) == nil)
        // A spaced PDF heading is no title and sentence.
        #expect(RunInHeading.split("绩效 目标 完成 情况", strict: true) == nil)
        // A numbered sentence of a list: no visible sentence start after an ending.
        #expect(RunInHeading.split("项目绩效目标完成情况较好，全年任务全部完成", strict: true) == nil)
        #expect(RunInHeading.split("全年共完成目标任务100%", strict: true) == nil)
        // A whole title: nothing run into it.
        #expect(RunInHeading.split("项目基本情况及自评结论", strict: true) == nil)
        // A title is never taken past the next heading's number.
        #expect(RunInHeading.split("预算支出绩效情况保证了学校运转五、存在的问题及原因分析我校", strict: false)?.title == "预算支出绩效情况")
    }

    @Test func runInTitleFallbackOnlyWhenNotStrict() {
        #expect(RunInHeading.split("几点建议拨款应更及时", strict: true) == nil)
        #expect(RunInHeading.split("几点建议拨款应更及时", strict: false)?.title == "几点建议")
        // Not past a comma without a visible start.
        #expect(RunInHeading.split("资金到位情况良好，资金使用情况规范", strict: false)?.title == "资金到位情况")
    }

    @Test func headingLineWithItsSentenceRunIn() throws {
        let r = try buildFromLines("""
            芦川县档案馆2024年度项目支出绩效自评报告
            一、基本情况2024年，芦川县档案馆共实施项目6个，年初预算合计126.5万元。
            （一）项目概况为保障档案数字化工作，县财政安排专项经费。
            （七）落实年度档案安全检查计划 ;对馆藏档案开展全面安全检查，形成检查报告。
            1、2024年共完成档案数字化扫描12345页，比上年增长百分之三，全面完成了年度目标任务，群众满意度较高。
            """)
        #expect(r.sections.compactMap(\.number) == ["一、"])
        #expect(r.sections[0].title == "基本情况")
        #expect(r.sections[0].sections.map(\.title) == ["项目概况", "落实年度档案安全检查计划"])
        // NEGATIVE: a long numbered sentence stays a paragraph (its one ending, 目标, goes on in 任务).
        #expect(r.sections[0].sections[1].sections.isEmpty)
    }

    // MARK: - Headings run together on one line

    @Test func headingsRunTogetherOnOneLine() throws {
        let r = try buildFromLines("""
            芦川县第二小学专项资金绩效自评报告一、基本情况（一）项目概况我校2023年共实施项目1个（二）项目绩效目标保障学校正常运转二、资金使用情况我校全年支出86.2万元，余款结转下年三、存在的问题及原因分析暂无问题四、几点建议拨款应更及时
            """)
        #expect(r.metadata.title == "芦川县第二小学专项资金绩效自评报告")
        let numbered = r.sections.filter { $0.number != nil }
        #expect(numbered.compactMap(\.number) == ["一、", "二、", "三、", "四、"])
        #expect(numbered.map(\.title) == ["基本情况", "资金使用情况", "存在的问题及原因分析", "几点建议"])
        #expect(numbered[0].sections.map(\.title) == ["项目概况", "项目绩效目标"])
        #expect(numbered[1].paragraphs == ["我校全年支出86.2万元，余款结转下年"])
    }

    @Test func headingsRunTogetherNegatives() throws {
        // A list inside a sentence has no title between its numbers; a 一 ending a word is no
        // first heading; numbers out of sequence are not taken.
        let r = try buildFromLines("""
            芦川县教育局2023年度学生资助项目绩效自评报告
            本项目减免在校一、二、三年级学生学费，发放率100%，实行统一、规范的管理制度。
            全县共有中小学校48所，其中三、存在的问题由各校分别报告整改情况。
            """)
        #expect(r.sections.compactMap(\.number).isEmpty)
    }

    @Test func oneSkippedHeadingOnlyAfterAMarkWithAStrictTitle() throws {
        let r = try buildFromLines("""
            芦川县文化馆2022年度专项资金绩效自评报告
            一、绩效目标分解下达情况芦川省财政厅下达专项资金20万元，二、绩效目标完成情况分析项目已实施完毕，四、绩效自评结果拟应用和公开情况本次自评结果将在门户网站公开。
            """)
        #expect(r.sections.compactMap(\.number) == ["一、", "二、", "四、"])
        // NEGATIVE: no mark before the skipping number: not taken.
        let n = try buildFromLines("""
            芦川县文化馆2022年度专项资金绩效自评报告
            一、绩效目标分解下达情况芦川省财政厅下达专项资金20万元二、绩效目标完成情况分析项目已实施完毕四、绩效自评结果拟应用和公开情况本次自评结果将在门户网站公开。
            """)
        #expect(n.sections.compactMap(\.number) == ["一、", "二、"])
    }

    // MARK: - Totals, bracketed names, final accounts

    @Test func totalSaidAsSelfEvaluationPoints() {
        #expect(ScoresReader.proseTotal(in: ["经评价，对绩效目标的设定情况、资金投入和使用情况进行评价，自评分为98分。"]) == 98)
        #expect(ScoresReader.proseTotal(in: ["自评分：96.5分"]) == 96.5)
        // NEGATIVE: 自评 + 分析, 自评 + 分值: no total.
        #expect(ScoresReader.proseTotal(in: ["自评分析得分情况见附表，共10分。"]) == nil)
        #expect(ScoresReader.proseTotal(in: ["自评分值为10分的指标共3项。"]) == nil)
    }

    @Test func bracketRoundAnExtractsName() {
        #expect(RunInTitle.title(startingLine: "【2020年度专项资金绩效自评报告(三篇)】为全面总结专项资金使用情况，现报告如下：")
                == "2020年度专项资金绩效自评报告")
        // NEGATIVE: a bracketed notice's label is no report's name.
        #expect(RunInTitle.title(startingLine: "【通知】关于做好2020年度绩效自评工作的通知，各单位请按时报送。") == nil)
    }

    @Test func finalAccountsAreATitleOfKindOther() {
        #expect(TitleWords.strength("芦川县文化旅游局2023年度部门决算") == .strong)
        #expect(MetadataInterpreter.kind(title: "芦川县文化旅游局2023年度部门决算", lines: ["十三、2023年度部门整体支出绩效自评情况"], tables: []) == .other)
        // NEGATIVE: a table's caption in the accounts is no title; an evaluation of the accounts is no final accounts.
        #expect(TitleWords.strength("一般公共预算财政拨款收入支出决算表") == nil)
        #expect(MetadataInterpreter.isFinalAccounts("芦川县文化旅游局2023年度部门决算绩效评价报告") == false)
        #expect(MetadataInterpreter.kind(title: "芦川县文化旅游局2023年度部门整体支出绩效自评报告", lines: [], tables: []) == .departmentEvaluation)
    }

    // MARK: - A headline in a layout table's first cell; an autonomous county's long name

    @Test func headlineBeforeEmptyCells() throws {
        #expect(HeadReader.cellText("芦川市医疗保障局2024年政府信息公开工作年度报告 | ||||||||") == "芦川市医疗保障局2024年政府信息公开工作年度报告")
        #expect(HeadReader.cellText("芦川县2023年度项目支出绩效自评表（2023年度） |") == "芦川县2023年度项目支出绩效自评表（2023年度）")
        // NEGATIVE: a line with text in a later cell keeps it; a line with no bar is left alone.
        #expect(HeadReader.cellText("项目名称 | 档案数字化 |") == "项目名称 | 档案数字化")
        #expect(HeadReader.cellText("芦川县档案馆 2024年") == "芦川县档案馆 2024年")
        let r = try buildFromLines("""
            芦川市医疗保障局2024年政府信息公开工作年度报告 | ||||||||||||
            ||||||||||||||||||||
            根据《中华人民共和国政府信息公开条例》规定，特向社会公布本机关2024年度信息公开年度报告。
            """)
        #expect(r.metadata.title == "芦川市医疗保障局2024年政府信息公开工作年度报告")
    }

    @Test func autonomousCountyNameAsAPlace() {
        #expect(OrganizationNames.place("苇塘拉祜族佤族布朗族傣族自治县人力资源和社会保障局") == "苇塘拉祜族佤族布朗族傣族自治县")
        #expect(MetadataInterpreter.leadingOrganization("苇塘拉祜族佤族布朗族傣族自治县人力资源和社会保障局2023年度部门决算")
                == "苇塘拉祜族佤族布朗族傣族自治县人力资源和社会保障局")
        // NEGATIVE: a bare level (`自治区财政厅`) is no autonomous name (read as before, by the
        // short rule); a sentence reaching 自治 is no place; other places are read as before.
        #expect(OrganizationNames.place("自治区财政厅") == "自治区")
        #expect(OrganizationNames.place("根据上级要求，苇塘拉祜族自治县财政局下达资金") == nil)
        #expect(OrganizationNames.place("芦川县医疗保障局") == "芦川县")
    }
}
