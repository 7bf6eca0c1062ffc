import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published self-evaluation forms in the twelfth round of
/// reading them (document-sharing sites' scrambled extracts of spreadsheet and Word forms, a
/// transfer form's 主管部门 at two levels, the 项目主管单位 label, a 成本 indicator whose labels are
/// level words): each on hand-built text with invented content, positive and negative.
@Suite struct RealPageShapeRound12Tests {
    // MARK: - The breakdown glued after a glued total

    @Test func gluedBreakdownRowsCutOnTheirOwnRates() {
        let rows = GluedFundsRow.rows(line: "全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:2367833.05%其中:中央财政资金15800%地方资金7878100%其他资金资金管理情况情况说明")
        #expect(rows.map(\.item) == ["年度资金总额", "中央财政资金", "地方资金"])
        #expect(rows[0].budget == 236 && rows[0].executed == 78 && rows[0].executionRate == 33.05)
        // Nothing spent: 158|0|0, the only cut whose rate agrees.
        #expect(rows[1].budget == 158 && rows[1].executed == 0 && rows[1].executionRate == 0)
        #expect(rows[2].budget == 78 && rows[2].executed == 78 && rows[2].executionRate == 100)
    }

    @Test func gluedBreakdownWithoutTheTotalsPointsAndScore() {
        // The national form: the total has its 分值 and 得分, the breakdown `—` in both.
        let rows = GluedFundsRow.rows(line: "年初预算数全年预算数全年执行数分值执行率得分年度资金总额1201201081090%9其中:当年财政拨款120120108—90%—上年结转资金其他资金年度总体目标")
        #expect(rows.count == 2)
        #expect(rows[0].budget == 120 && rows[0].executed == 108 && rows[0].executionRate == 90)
        #expect(rows[1].item == "当年财政拨款" && rows[1].budget == 120 && rows[1].executed == 108 && rows[1].executionRate == 90)
    }

    @Test func gluedBreakdownNegatives() {
        // A breakdown row no cut of which agrees with its rate ends the breakdown.
        let bad = GluedFundsRow.rows(line: "全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额:5050100%其中:中央财政资金12345%地方资金2020100%")
        #expect(bad.map(\.item) == ["年度资金总额"])
        // A label naming no fund ends it too.
        let words = GluedFundsRow.rows(line: "全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额:5050100%分配科学性3030100%")
        #expect(words.count == 1)
        // No total read, no breakdown: the rows hang on the total's columns.
        #expect(GluedFundsRow.rows(line: "年度资金总额1010100%其中:中央财政资金1010100%").isEmpty)
        // A total whose only cut spends nothing besides cuts of one size: the cut of one size.
        let total = GluedFundsRow.rows(line: "全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额:390390100%")
        #expect(total.first?.budget == 390 && total.first?.executed == 390)
    }

    @Test func gluedBreakdownReadInTheReport() throws {
        let r = try buildFromLines("""
            芦川市转移支付区域(项目)绩效目标自评表(2023年度)
            转移支付(项目)名称农机补助中央主管部门农业农村部地方主管部门省农业农村厅资金使用单位芦川市农业农村局资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:2367833.05%其中:中央财政资金15800%地方资金7878100%其他资金资金管理情况
            """)
        #expect(r.funding.map(\.item) == ["年度资金总额", "中央财政资金", "地方资金"])
    }

    // MARK: - The total's label moved below its figures

    @Test func unlabelledFiguresAboveTheBreakdownAreTheTotals() throws {
        let r = try buildFromLines("""
            就业补助资金绩效目标自评表 (2023年度) 转移支付(项目)名称 就业补助资金 中央主管部门 人力资源社会保障部 全年预算数(A) 全年执行数(B) 820.50 790.25 其中:中央财政资金 600.00 580.00 县级财政资金 220.50 210.25 年度资金总额 资金投入情况 (万元) 情况说明 分配科学性 按因素法分配
            """)
        #expect(r.funding.map(\.item) == ["年度资金总额", "中央财政资金", "县级财政资金"])
        #expect(r.funding[0].budget == 820.5 && r.funding[0].executed == 790.25)
    }

    @Test func unlabelledFiguresNegatives() throws {
        // No 其中 row right under the figures: whose they are is not shown; the total keeps none.
        let noBreakdown = try buildFromLines("""
            就业补助资金绩效目标自评表 (2023年度) 转移支付(项目)名称 就业补助资金 中央主管部门 人力资源社会保障部 全年预算数(A) 全年执行数(B) 820.50 790.25 中央财政资金 600.00 580.00 县级财政资金 220.50 210.25 年度资金总额 资金投入情况 (万元) 情况说明 分配科学性 按因素法分配
            """)
        #expect(noBreakdown.funding.first { $0.item == "年度资金总额" }?.budget == nil)
        #expect(noBreakdown.funding.first { $0.item == "中央财政资金" }?.budget == 600)
        // A total with figures of its own keeps them.
        let own = try buildFromLines("""
            项目名称 | 道路养护 | 主管部门 | 芦川县交通运输局
            项目资金(万元) | 全年预算数 | 全年执行数 | 执行率
            年度资金总额 | 80 | 72 | 90%
            其中:当年财政拨款 | 80 | 72 | 90%
            """)
        #expect(own.funding.first?.item == "年度资金总额" && own.funding.first?.budget == 80)
        #expect(FundsReader.isTotalLabel("年度资金总额") && FundsReader.isTotalLabel("合计"))
        #expect(!FundsReader.isTotalLabel("中央财政资金") && !FundsReader.isTotalLabel("上年结转资金"))
    }

    // MARK: - A total's figures set apart from its words

    @Test func scatteredTotalReadWhereTheRateAgrees() throws {
        let row = try #require(ScatteredFundsRow.read(text: """
            青山镇农机推广项目绩效目标自评表(2023年度)项目名称农机推广资金情况(万元)年度资金总额全年预算数(A)120全年执行数(B)执行率(B/A)其中中央补助自治区补助120万元
            96.6万元
            80.5%市县资金年度总体目标推广农机新技术
            """))
        #expect(row.item == "年度资金总额" && row.budget == 120 && row.executed == 96.6 && row.executionRate == 80.5)
        // Spaces between the figures are no words.
        let spaced = try #require(ScatteredFundsRow.read(text: "年度资金总额 全年预算数 全年执行数 执行率 其中 省级补助 45.5 40 87.91%"))
        #expect(spaced.budget == 45.5 && spaced.executed == 40)
    }

    @Test func scatteredTotalNegatives() {
        // A 分值 column: its figures stand among the amounts (`10 10 100%` would pass for a row).
        #expect(ScatteredFundsRow.read(text: "年度资金总额 全年预算数 全年执行数 分值 执行率 得分 0 120 10 10 100% 10") == nil)
        // Another ratio of the block (预算到位, D/C): a run may be that one.
        #expect(ScatteredFundsRow.read(text: "年度资金总额 全年预算数(A) 全年到位资金(D) 预算到位 全年执行数 执行率 52.8 52.8 100% 30.8 58.33%") == nil)
        // No run whose rate agrees.
        #expect(ScatteredFundsRow.read(text: "年度资金总额全年预算数(A)全年执行数(B)执行率(B/A)120万元 96.6万元 60%") == nil)
        // Words between the figures: no run.
        #expect(ScatteredFundsRow.read(text: "年度资金总额全年预算数(A)120全年执行数(B)96.6执行率(B/A)80.5%") == nil)
        // Figures after the goals began are not the block's.
        #expect(ScatteredFundsRow.read(text: "年度资金总额全年预算数(A)全年执行数(B)执行率(B/A)年度总体目标新建站点10个 8个 80%") == nil)
        // Amounts in 元.
        #expect(ScatteredFundsRow.read(text: "项目资金(元)年度资金总额全年预算数全年执行数执行率250000 215457.6 86.18%") == nil)
    }

    // MARK: - A 主管部门 at two levels, 项目主管单位

    @Test func everyGluedLabelValueIsTried() {
        let text = "自治区主管部门农业农村厅专项实施期2023年3月-2023年11月市县财政部门芦川县财政局市县主管部门芦川县农业农村局资金情况(万元)"
        let values = GluedLabels.values(after: "主管部门", in: text)
        #expect(values.count == 2)
        #expect(values.last == "芦川县农业农村局")
        // A label followed by no head label gives nothing.
        #expect(GluedLabels.values(after: "主管部门", in: "主管部门芦川县农业农村局").isEmpty)
    }

    @Test func projectAuthorityUnitLabel() {
        let cells = MetadataInterpreter.unitCells([["项目实施单位", "芦川市城建公司", "项目主管单位", "芦川市水务局"]], kind: .projectEvaluation)
        #expect(cells.contains { $0.name == "芦川市水务局" && $0.weight == 5 })
        #expect(cells.contains { $0.name == "芦川市城建公司" && $0.weight == 4 })
        // A label cell followed by another label gives no value.
        let labels = MetadataInterpreter.unitCells([["项目主管单位", "项目实施单位"]], kind: .projectEvaluation)
        #expect(labels.isEmpty)
    }

    @Test func bureauOwnOfficeIsABody() {
        #expect(OrganizationNames.isOrganization("芦川区文化和旅游局机关"))
        // Bodies' offices in a sentence's words are no name: no 局 before 机关.
        #expect(!OrganizationNames.isOrganization("党政机关"))
        #expect(!OrganizationNames.isOrganization("各级国家机关"))
    }

    // MARK: - A name that is a level word

    @Test func levelWordNameShiftsRight() {
        let roles: [ColumnRole] = [.level1, .level2, .name, .target, .actual]
        let out = IndicatorReader.levelWordAsName(["成本指标", "成本", nil, "8万元", "已完成"], roles: roles)
        #expect(out == [nil, "成本指标", "成本", "8万元", "已完成"])
        let satisfaction = IndicatorReader.levelWordAsName(["满意度指标", "满意度", "", "≥90%", "95%"], roles: roles)
        #expect(satisfaction?[2] == "满意度")
    }

    @Test func levelWordNameNegatives() {
        let roles: [ColumnRole] = [.level1, .level2, .name, .target, .actual]
        // A name present: as placed.
        #expect(IndicatorReader.levelWordAsName(["成本指标", "成本", "设备成本", "8万元", "8万元"], roles: roles) == nil)
        // The level-2 cell as a template prints it (with 指标): a label.
        #expect(IndicatorReader.levelWordAsName(["成本指标", "经济成本指标", nil, "8万元", "8万元"], roles: roles) == nil)
        // A level 1 that is no level 2 (产出指标 over 数量): a label row with its name lost.
        #expect(IndicatorReader.levelWordAsName(["产出指标", "数量", nil, "8个", "8个"], roles: roles) == nil)
        // No value: a label row.
        #expect(IndicatorReader.levelWordAsName(["成本指标", "成本", nil, nil, nil], roles: roles) == nil)
    }

    @Test func levelWordNameReadInAPipeTable() throws {
        let r = try buildFromLines("""
            2022年度消费维权宣传项目绩效自评报告
            一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值
            产出指标 | 数量指标 | 宣传场次 | 4场 | 5场
            质量指标 | 宣传覆盖率 | ≥90% | 95%
            成本指标 | 成本 | 6万元 | 5.8万元
            满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 96%
            """)
        let cost = try #require(r.indicators.first { $0.name == "成本" })
        #expect(cost.level2 == "成本指标" && cost.level1 == "产出指标")
        #expect(cost.target?.raw == "6万元" && cost.actual?.raw == "5.8万元")
    }

    // MARK: - The older template's numbered slots in a scrambled extract

    @Test func numberedSlotsAreRows() {
        let rows = NumberedSlotRows.read([
            "三级指标 年度 指标值 分值 得分 指标1:巡查河道 分值 得分 120公里 5 5 指标2:清理垃圾 300吨 320吨 5 5 指标3:水质达标率 95.00% 96.20% 5 4.8 指标4:巡查次数 24次 20次 5 4.2 质量指标 指标1:整改完成率 100% 100% 10 10",
        ])
        #expect(rows.map(\.name) == ["清理垃圾", "水质达标率", "巡查次数", "整改完成率"])
        #expect(rows[1].target?.raw == "95.00%" && rows[1].actual?.raw == "96.20%" && rows[1].weight == 5 && rows[1].score == 4.8)
        // A unit the value parser does not know is still a figure's.
        #expect(NumberedSlotRows.row(["清淤河段", "6段", "6段", "5", "5"], level2: nil)?.target?.raw == "6段")
        // A level label between two slots labels the slots after it.
        #expect(rows[0].level2 == nil && rows[3].level2 == "质量指标" && rows[3].level1 == "产出指标")
    }

    @Test func numberedSlotNegatives() {
        // Fewer than three rows: figures a sentence could name.
        #expect(NumberedSlotRows.read(["指标1:巡查河道 120公里 120公里 5 5 指标2:清理垃圾 300吨 320吨 5 5"]).isEmpty)
        // A score over the points, a word where a value goes, the values of two rows: no row.
        #expect(NumberedSlotRows.row(["巡查河道", "120公里", "120公里", "5", "6"], level2: nil) == nil)
        #expect(NumberedSlotRows.row(["巡查河道", "按时", "120公里", "5", "5"], level2: nil) == nil)
        #expect(NumberedSlotRows.read([
            "指标1:巡查河道 120公里 120公里 5 5 30吨 30吨 5 5 指标2:清理垃圾 分值 得分 指标3:水质达标率 95% 96% 5 5 40次 指标4:巡查次数 24次",
        ]).isEmpty)
    }

    @Test func numberedSlotsOnlyWhereNoTableGaveIndicators() throws {
        let r = try buildFromLines("""
            芦川县河道保洁项目支出绩效自评表(2022年度)
            上年:指标1:巡查河道 1公里 1公里 5 5 指标2:清理垃圾 3吨 3吨 5 5 指标3:水质达标率 9% 9% 5 5
            一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
            产出指标 | 数量指标 | 指标1:巡查河道 | 120公里 | 120公里 | 10 | 10
            | | 指标2:清理垃圾 | 300吨 | 320吨 | 10 | 10
            """)
        #expect(r.indicators.count == 2)
        #expect(r.indicators.first?.target?.raw == "120公里")
        #expect(!r.indicators.contains { $0.target?.raw == "1公里" })
    }
}
