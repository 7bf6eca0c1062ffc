import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written in the fifteenth round on project and department forms: a caption column
/// (年度绩效目标) before an indicator block's levels, rows numbered as headings are (一、 1、)
/// inside a form, groups counted in 组, and a department form's allocated and paid-out funds.
/// Hand-built text, invented content.
@Suite struct RealPageShapeRound15FormsTests {
    // MARK: - A caption column before the levels

    static let captioned = """
        2023年度项目支出绩效自评表
        项目名称 | 白石县茶园病虫害绿色防控补助资金 | ||||||
        预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | ||||
        年度财政资金总额 | 64.5 | 60.2 | 93.33% | 18.67 | ||||
        年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | ||
        产出指标 | 数量指标 | 防控示范面积 | ≧3000亩 | 3100亩 | 20.0 | ||||
        质量指标 | 防治效果达标率 | ≧85% | 88% | 20.0 | |||||
        效益指标 | 社会效益指标 | 受益茶农户数 | 400户 | 420户 | 20.0 | ||||
        """

    @Test func captionColumnHoldsNoTargets() throws {
        let r = try buildFromLines(Self.captioned)
        #expect(r.indicators.map(\.name) == ["防控示范面积", "防治效果达标率", "受益茶农户数"])
        #expect(r.indicators.map { $0.target?.raw } == ["≧3000亩", "≧85%", "400户"])
        #expect(r.indicators.first?.target?.value == 3000 && r.indicators.first?.actual?.value == 3100)
        #expect(r.indicators.map(\.score) == [20, 20, 20])
    }

    @Test func captionColumnRoles() {
        let roles = BlockCaptionColumn.roles(["年度绩效目标1(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"])
        #expect(roles.first == .stub && roles[4] == .target)
    }

    @Test func captionColumnNegatives() {
        // No target column after the levels: the word before them is the targets' column.
        #expect(BlockCaptionColumn.roles(["年度目标", "一级指标", "二级指标", "三级指标", "实际完成值"]).first == .target)
        // A word of values over a split target (a header of two rows) is no caption.
        #expect(BlockCaptionColumn.roles(["年度指标值", "一级指标", "三级指标", "指标值"]).first == .target)
        // Nothing before the levels: the roles are as read.
        let plain = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]
        #expect(BlockCaptionColumn.roles(plain) == plain.map(ColumnRole.of))
    }

    // MARK: - Rows numbered as headings inside a form

    static let numbered = """
        2023年度项目支出绩效自评表
        年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | ||
        产出指标 | 数量指标 | 一、示范片建设 | ≧800亩 | 820亩 | 10.0 | ||||
        1、水肥一体化示范 | ≧300亩 | 310亩 | 5.0 | ||||||
        二、田间对比试验 | ≧6组 | 6组 | 10.0 | ||||||
        1、肥效试验 | ≧4组 | 4组 | 5.0 | ||||||
        质量指标 | 试验数据合格率 | ≧95% | 97% | 10.0 | |||||
        三、存在问题
        部分示范片建设进度偏慢。
        """

    @Test func numberedRowsStayInTheForm() throws {
        let r = try buildFromLines(Self.numbered)
        #expect(r.indicators.map(\.name) == ["一、示范片建设", "1、水肥一体化示范", "二、田间对比试验", "1、肥效试验", "试验数据合格率"])
        let trial = r.indicators[2]
        #expect(trial.target?.value == 6 && trial.target?.unit == "组" && trial.actual?.value == 6 && trial.score == 10)
        #expect(trial.level1 == "产出指标" && trial.level2 == "数量指标")
        // The numbered heading after the rows, with no figures, still ends the form.
        #expect(!r.indicators.contains { $0.name.contains("存在问题") })
    }

    @Test func numberedRowNegatives() {
        func cells(_ line: String) -> [TextCell] {
            let parts = TextCells.split(line)
            return parts.map { TextCell(text: $0, item: 0, startsLine: false, lineCells: parts.count) }
                .enumerated().map { i, c in var c = c; c.startsLine = i == 0; return c }
        }
        #expect(NumberedFormRow.isRow(cells("二、田间对比试验 | ≧6组 | 6组 | 10.0"), at: 0))
        // A heading split at its spaces, or with one figure, is no row.
        #expect(!NumberedFormRow.isRow(cells("二、 自评 结论"), at: 0))
        #expect(!NumberedFormRow.isRow(cells("三、 2023年 工作计划"), at: 0))
        #expect(!NumberedFormRow.isRow(cells("二、绩效目标完成情况"), at: 0))
    }

    // MARK: - Groups counted in 组

    @Test func groupsAreAUnit() {
        let t = ValueParser.target("≧15组")
        #expect(t.operator == .atLeast && t.value == 15 && t.unit == "组")
        // A word that ends in 组 is no count of groups.
        #expect(ValueParser.target("成立工作组").value == nil)
        #expect(ValueParser.target("按组开展").value == nil)
    }

    // MARK: - A department form's allocated and paid-out funds

    static let allocation = """
        部门整体支出绩效自评表
        (2022年度)
        部门(单位)名称 白石县档案馆 部门预算编码 902003011
        财政资金安排和使用情况  资金结构
        (万元)
        预算安排 拨付情况 结余情况
        年初部门预算安排金额
        历年结余结转
        年中调整金额③ 小计
        ④ = ①+② +③
        年度拨付金额
        支出实现率(%)
        ⑥=⑤/④
        本年度结余金额
        ⑦=④-⑤
        资金结余率
        (%)
        ⑧=⑦/④
        财政资金小计 412.5 20.3 0 432.8 410.2 95% 22.6 5%
        ①中央及省级财政资金
        ②县级财政资金 412.5 20.3 0 432.8 410.2 95% 22.6 5%
        其他资金小计
        合 计 412.5 20.3 0 432.8 410.2 95% 22.6 5%
        年度
        总体
        目标
        预期目标 目标实际完成情况
        """

    @Test func allocationFundsAreRead() throws {
        let r = try buildFromLines(Self.allocation)
        #expect(r.funding.map(\.item) == ["财政资金小计", "中央及省级财政资金", "县级财政资金", "其他资金小计", "合计"])
        let total = try #require(r.funding.first)
        #expect(total.budget == 432.8 && total.executed == 410.2 && total.executionRate == 95)
        #expect(r.funding[1].budget == nil && r.funding[2].executed == 410.2)
    }

    @Test func allocationFundsNegatives() {
        // No 支出实现率 in the header: no row is read.
        let noRate = Self.allocation.replacingOccurrences(of: "支出实现率(%)", with: "拨付比例")
        #expect(AllocationFundsRows.read(TextLines.split(noRate)).isEmpty)
        // Figures whose arithmetic holds nowhere prove nothing.
        #expect(AllocationFundsRows.triple(["412.5", "20.3", "0", "432.8", "210.2", "95%"]) == nil)
        #expect(AllocationFundsRows.triple(["432.8", "410.2", "95%"])! == (432.8, 410.2, 95))
        #expect(AllocationFundsRows.withoutCircledNumber("②县级财政资金") == "县级财政资金")
        #expect(AllocationFundsRows.withoutCircledNumber("县级财政资金") == "县级财政资金")
    }

    // MARK: - A template's units with no figure

    @Test func unitsWithNoFigureAreNoTargets() throws {
        let r = try buildFromLines("""
            2023年省级财政水利发展资金绩效目标表
            一级指标
            二级指标
            三级指标
            指标值
            产出指标
            数量指标
            指标1:新建护岸长度
            公里
            指标2:灌区节水改造面积
            万亩
            质量指标
            指标1:工程验收合格率
            ≧ %
            满意度指标
            服务对象满意度指标
            指标1:受益群众满意度
            ≥90%
            """)
        #expect(r.indicators.map(\.name) == ["指标1:新建护岸长度", "指标2:灌区节水改造面积", "指标1:工程验收合格率", "指标1:受益群众满意度"])
        #expect(r.indicators.prefix(3).allSatisfy { $0.target == nil })
        #expect(r.indicators.last?.target?.value == 90)
    }

    @Test func unfilledValueNegatives() {
        #expect(UnfilledValue.isUnfilled("公里") && UnfilledValue.isUnfilled("≧ %") && UnfilledValue.isUnfilled("≥"))
        // A figure, or words, is a value.
        #expect(!UnfilledValue.isUnfilled("≧90%"))
        #expect(!UnfilledValue.isUnfilled("12公里"))
        #expect(!UnfilledValue.isUnfilled("显著提升"))
        #expect(!UnfilledValue.isUnfilled("定性"))
        #expect(!UnfilledValue.isUnfilled("是"))
        #expect(!UnfilledValue.isUnfilled(""))
    }

    // MARK: - A five-character form title

    @Test func shortFormNameIsATitle() throws {
        let r = try buildFromLines("""
            发布时间:2021-03-02  |  发布单位:白石区教育局
            绩效目标表
            (2020年度)
            项目名称 | 农村学校校舍维修补助资金
            一级指标 | 二级指标 | 指标内容 | 指标值
            产出指标 | 数量指标 | 维修校舍面积 | ≥800平方米
            """)
        #expect(r.metadata.title == "绩效目标表")
        #expect(TitleWords.strength("绩效自评表") == .strong)
    }

    @Test func shortFormTitleNegatives() {
        // Other five-character lines with a title's word stay no title: a column label, a score.
        #expect(TitleWords.strength("自评得分表") == nil)
        #expect(TitleWords.strength("绩效指标") == nil)
        #expect(TitleWords.strength("评价结论") == nil)
        #expect(!ShortFormTitle.holds("目标表"))
    }

    // MARK: - Lettered funds columns, the 执行率 named by its formula

    static let lettered = """
        白石县2023年度林业改革发展资金绩效评价表
        年度:2023年
        资金投入情况
        (万元)

        行次 全年预算数
        (A)
        统筹整合资金数
        (B)
        扣除统筹整合资金后预算金额
        (C)
        全年到位资金
        (D)
        预算到位
        (D/C×100%)
        全年执行资金
        (E)
        预算执行
        (E/C×100%)
        佐证材料
        列次 0 1 2 3 4 5 6 7 所需材料 上传端口
        年度资金总额(万元): 1 80.500000
        80.500000 80.500000 100.00% 64.400000 80.00%
        其中:中央财政资金(万元) 2 80.500000
        80.500000 80.500000 100.00% 64.400000 80.00% 预算下达文件
        地方财政资金(万元) 3

        资金管理情况
        """

    @Test func letteredFundsAreRead() throws {
        let r = try buildFromLines(Self.lettered)
        #expect(r.funding.map(\.item) == ["年度资金总额", "中央财政资金", "地方财政资金"])
        let total = try #require(r.funding.first)
        #expect(total.budget == 80.5 && total.executed == 64.4 && total.executionRate == 80)
        #expect(r.funding.last?.budget == nil)
    }

    @Test func letteredFundsNegatives() {
        // No rate column naming 执行: which rate is spent is not known.
        #expect(LetteredFundsRows.executionRateCount("预算到位(D/C×100%)到位率(D/A×100%)") == nil)
        #expect(LetteredFundsRows.executionRateCount("预算到位(D/C×100%)全年执行资金(E)预算执行(E/C×100%)") == 1)
        // A spent amount that makes no stated rate of any budget proves nothing.
        #expect(LetteredFundsRows.triple(["80.5", "80.5", "100.00%", "50", "80.00%"], spentRateCount: 1) == nil)
        // Too few rates in the row.
        #expect(LetteredFundsRows.triple(["80.5", "64.4"], spentRateCount: 1) == nil)
        // No 列次 line under the header: no block.
        let noColumns = Self.lettered.replacingOccurrences(of: "列次 0 1 2 3 4 5 6 7 所需材料 上传端口", with: "")
        #expect(LetteredFundsRows.read(TextLines.split(noColumns)).isEmpty)
    }

    // MARK: - Bodies of culture and research

    @Test func archivesAndResearchOfficesAreBodies() throws {
        #expect(OrganizationNames.isOrganization("白石县档案馆"))
        #expect(OrganizationNames.isOrganization("中共白石市委党史和地方志研究室"))
        let r = try buildFromLines(Self.allocation)
        #expect(r.metadata.issuer == "白石县档案馆")
    }

    @Test func bodySuffixNegatives() {
        // The words inside a longer phrase, or a room of a body, are no body.
        #expect(!OrganizationNames.isOrganization("档案馆藏"))
        #expect(!OrganizationNames.isOrganization("研究室主任"))
        #expect(!OrganizationNames.isOrganization("馆"))
    }
}
