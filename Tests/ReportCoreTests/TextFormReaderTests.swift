import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// The one reader of forms that arrive as text, on hand-built copies of each shape the family's
/// forms take (invented bodies and figures).
@Suite struct TextFormReaderTests {
    let nbsp = "\u{00A0}"

    func names(_ r: Report) -> [String] { r.indicators.map(\.name) }

    // MARK: - Cell streams

    @Test func linesSplitIntoCells() {
        #expect(TextCells.split("产出指标 |") == ["产出指标"])
        #expect(TextCells.split("| 数量指标 | 培训人次 | ≥500 |||||") == ["数量指标", "培训人次", "≥500"])
        #expect(TextCells.split("  产出指标    数量指标   培训 人次    ≥500") == ["产出指标", "数量指标", "培训 人次", "≥500"])
        #expect(TextCells.split("产 出 指 标 数量指标 培训人次 ≥500 520") == ["产出指标", "数量指标", "培训人次", "≥500", "520"])
        #expect(TextCells.split(nbsp) == [""])
        #expect(TextCells.split("   ") == [])
        #expect(TextCells.split("|---|:--|") == [])
        // A copy that closes every cell with ` |` writes an empty cell as the bar alone.
        #expect(TextCells.split(" |") == [""])
        #expect(TextCells.split("|") == [""])
    }

    /// `年度预算数（万元）` over `年初预算 | 调整后预算数 | 预算执行数` heads the label column; an amount
    /// header that gives every column its unit stays a column of figures.
    @Test func fundsCaptionHeadsTheLabelColumn() throws {
        func header(_ words: [String]) throws -> FormHeader {
            let cells = words.enumerated().map { TextCell(text: $1, item: $0, startsLine: true, lineCells: 1) }
            return try #require(FormHeader.find(in: cells, at: 0)).0
        }
        let caption = try header(["年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"])
        #expect(caption.kind == .funds)
        #expect(caption.roles.prefix(4) == [.label, .amount, .amount, .amount])
        let units = try header(["全年预算数（万元）", "全年执行数（万元）", "执行率"])
        #expect(units.roles == [.amount, .amount, .rate])
    }

    @Test func headerSplitOverLinesIsOneHeader() throws {
        let cells = ["绩效指标", "一级", "指标", "二级指标", "三级指标", "年度指标", "值", "全年", "完成值", "产出指标"]
            .enumerated().map { TextCell(text: $1, item: $0, startsLine: true, lineCells: 1) }
        let (header, next) = try #require(FormHeader.find(in: cells, at: 0))
        #expect(header.kind == .indicators)
        #expect(header.names == ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值"])
        #expect(next == 9)
    }

    // MARK: - Shapes

    /// One cell per line, ` |` closing some lines, blank lines between, empty cells as a lone
    /// NBSP or vanished.
    @Test func oneCellPerLine() throws {
        let r = try buildFromLines("""
            某县文化馆2023年度项目支出绩效自评表
            一级指标 |

            二级指标 |
            三级指标 |

            年度指标值 |
            实际完成值 |
            分值 |
            得分 |
            产出指标 |
            数量指标 |
            送戏下乡场次 |

            ≥40场 |
            44场 |
            20 |
            20 |
            \(nbsp)
            群众文艺培训人次
            ≥600人次
            580人次
            20
            18
            质量指标
            演出安全事故
            0起
            0起
            10
            10
            满意度指标
            服务对象满意度指标
            观众满意度
            ≥90%
            93%
            10
            10
            """)
        #expect(names(r) == ["送戏下乡场次", "群众文艺培训人次", "演出安全事故", "观众满意度"])
        let second = try #require(r.indicators.dropFirst().first)
        #expect(second.level1 == "产出指标")
        #expect(second.level2 == "数量指标")
        #expect(second.target?.value == 600)
        #expect(second.actual?.value == 580)
        #expect(second.weight == 20)
        #expect(second.score == 18)
        #expect(r.indicators[3].level1 == "满意度指标")
        #expect(r.indicators[3].score == 10)
    }

    /// Pipe rows whose header is split over two rows and whose merged label closes a line
    /// (`绩效指标 | 一级 指标 |`), trailing `||||`, and a row broken over two lines.
    @Test func pipeRowsWithSplitHeader() throws {
        let r = try buildFromLines("""
            绩效指标 | 一级 指标 |
            二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施 ||||
            产出指标 | 数量指标 | 农机补贴户数 | ≥1200户 | 1265户 | ||||
            | 质量指标 | 补贴资金兑付准确率 | 100% | 100% | ||||
            | 时效指标 | 补贴资金兑付及时率 |
            ≥95% | 92% | 汛期影响兑付 ||||
            效益指标 | 社会效益指标 | 带动农户增收 | 有所提高 | 明显提高 | ||||
            """)
        #expect(names(r) == ["农机补贴户数", "补贴资金兑付准确率", "补贴资金兑付及时率", "带动农户增收"])
        let late = try #require(r.indicators.first { $0.name == "补贴资金兑付及时率" })
        #expect(late.level1 == "产出指标")
        #expect(late.level2 == "时效指标")
        #expect(late.target?.value == 95)
        #expect(late.actual?.value == 92)
        #expect(late.note == "汛期影响兑付")
    }

    /// Level labels spaced out (`产 出 指 标`) or split over lines (`产出` / `指标`).
    @Test func spacedAndSplitLabels() throws {
        let r = try buildFromLines("""
            一级指标 二级指标 三级指标 指标值 完成值
            产 出 指 标 数量指标 义诊活动次数 ≥12次 15次
            质量指标 义诊覆盖率 ≥80% 86%
            效益
            指标
            社会效益
            指标
            群众健康意识 明显提升 明显提升
            """)
        #expect(names(r) == ["义诊活动次数", "义诊覆盖率", "群众健康意识"])
        #expect(r.indicators[0].level1 == "产出指标")
        #expect(r.indicators[1].level1 == "产出指标")
        #expect(r.indicators[2].level1 == "效益指标")
        #expect(r.indicators[2].level2 == "社会效益指标")
    }

    /// A `pdftotext -layout` dump: labels and names wrapped onto the next line, level 1 left
    /// blank, a page break (page number, form feed) with the header repeated.
    @Test func layoutDumpWithPageBreak() throws {
        let r = try buildFromLines("""
              一级指标   二级指标   三级指标                 指标值     完成值    分值   得分
              产出指标   数量指标   改造农村公路里程         ≥35公里    36公里    20     20
                         质量指标   工程验收合格率           100%       100%      20     20
                         时效指标   项目按期完工率           ≥90%       88%       10     8
                                    工程款支付及时
                                    率                       100%       100%      10     10

                                             — 3 —
            \u{000C}
              一级指标   二级指标   三级指标                 指标值     完成值    分值   得分
              效益指标   社会效益   群众出行时间缩短         有所缩短   明显缩短  20     20
                         指标
              满意度指   服务对象   沿线群众满意度           ≥90%       94%       20     19
              标         满意度

              三、存在的问题
            """)
        #expect(names(r) == ["改造农村公路里程", "工程验收合格率", "项目按期完工率", "工程款支付及时率", "群众出行时间缩短", "沿线群众满意度"])
        #expect(r.indicators[3].target?.value == 100)
        #expect(r.indicators[4].level1 == "效益指标")
        #expect(r.indicators[5].level1 == "满意度指标")
        #expect(r.indicators[5].score == 19)
    }

    /// Rows on one line with single spaces, and a whole form on one line.
    @Test func rowsAndWholeFormOnOneLine() throws {
        let r = try buildFromLines("""
            一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分 产出指标 数量指标 核查医药机构家数 ≥150家 162家 30 30 质量指标 问题整改率 =100% 100% 30 30 效益指标 社会效益指标 基金安全运行 有效保障 有效保障 30 28 合计 90 88
            评价结论：项目完成较好。
            """)
        #expect(names(r) == ["核查医药机构家数", "问题整改率", "基金安全运行"])
        #expect(r.indicators[1].level2 == "质量指标")
        #expect(r.indicators[2].score == 28)
        #expect(r.scores?.total == 88)
    }

    /// 指标性质 / 指标值 / 度量单位 in their own columns.
    @Test func operatorValueAndUnitColumns() throws {
        let r = try buildFromLines("""
            一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 全年实际完成值
            产出指标 | 数量指标 | 巡查次数 | ≥ | 24 | 次 | 26
            | | 培训人数 | = | 300 | 人 | 300
            | 质量指标 | 问题整改率 | ≥ | 95 | % | 97
            """)
        #expect(names(r) == ["巡查次数", "培训人数", "问题整改率"])
        let t = try #require(r.indicators[2].target)
        #expect(t.operator == .atLeast)
        #expect(t.value == 95)
        #expect(t.unit == "%")
        #expect(r.indicators[1].target?.operator == .equal)
    }

    /// Placeholder rows (`指标2:`, `……`, `/`) are dropped; a `指标1:` prefix stays as written.
    @Test func placeholderRowsDropped() throws {
        let r = try buildFromLines("""
            一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值
            产出指标 | 数量指标 | 指标1:购置设备台数 | 10台 | 10台
            | | 指标2: | | |
            | 质量指标 | …… | | |
            | 时效指标 | / | | |
            """)
        #expect(names(r) == ["指标1:购置设备台数"])
    }

    // MARK: - Funds

    /// Every label the family uses, blank rows as nulls, amounts such as `2746.35万`.
    @Test func fundsRowsOfEveryLabel() throws {
        let r = try buildFromLines("""
            项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
            年度资金总额 | 2800 | 2746.35万 | 2600.1万 | 10 | 94.67% | 9.5
            其中：本年财政拨款 | 2000 | 2000 | 1900 | | 95% |
            省级资金 | 300 | 300 | 280 | | 93.33% |
            市县资金 | | | | | |
            彩票公益金 | 100 | 100 | 100 | | 100% |
            财政专户管理资金 | | | | | |
            单位资金 | 50 | 50 | 40 | | 80% |
            上年结转资金 | 296.35 | 296.35 | 280.1 | | 94.52% |
            其他资金 | | | | | |
            """)
        #expect(r.funding.map(\.item) == ["年度资金总额", "本年财政拨款", "省级资金", "市县资金", "彩票公益金", "财政专户管理资金",
                                          "单位资金", "上年结转资金", "其他资金"])
        #expect(r.funding[0].budget == 2746.35)
        #expect(r.funding[0].executed == 2600.1)
        #expect(r.funding[0].executionRate == 94.67)
        #expect(r.funding[3].budget == nil)
        #expect(r.funding[3].executed == nil)
    }

    /// 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分, one cell per line.
    @Test func fundsBlockOneCellPerLine() throws {
        let r = try buildFromLines("""
            资金投入情况
            年初预算
            调整后预算数
            预算执行数
            预算执行率
            权重
            得分
            年度资金总额
            120
            150
            141
            94%
            10
            9.4
            其中：中央补助
            100
            100
            98
            98%
            \(nbsp)
            \(nbsp)
            地方资金
            20
            50
            43
            86%
            年度总体目标
            """)
        #expect(r.funding.map(\.item) == ["年度资金总额", "中央补助", "地方资金"])
        #expect(r.funding[0].budget == 150)
        #expect(r.funding[0].executed == 141)
        #expect(r.funding[2].executionRate == 86)
    }

    /// 基本支出 and 项目支出 under 按支出性质 in a department table (as HTML gives it).
    @Test func fundsByNatureOfSpending() throws {
        let grid = TableGrid(rows: [
            ["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["年度资金总额", "900", "960", "930", "96.88%"],
            ["按收入性质分：", "", "", "", ""],
            ["其中：一般公共预算", "900", "960", "930", "96.88%"],
            ["按支出性质分：", "", "", "", ""],
            ["其中：基本支出", "600", "620", "615", "99.19%"],
            ["项目支出", "300", "340", "315", "92.65%"],
        ], positional: true)
        let r = try ReportBuilder.build(Document(blocks: [.table(grid)]), source: SourceInfo(file: "d.html", format: "html", sha256: "0"))
        #expect(r.funding.map(\.item) == ["年度资金总额", "一般公共预算", "基本支出", "项目支出"])
        #expect(r.funding[3].executed == 315)
    }

    /// A 基金收支 table of an insurance fund has budget and execution columns but is no funds
    /// block: its rows are not 资金投入.
    @Test func insuranceFundTableIsNotFunds() throws {
        let r = try buildFromLines("""
            项目 | 预算数 | 执行数 | 执行率
            基金收入 | 15000 | 14800 | 98.67%
            其中：保险费收入 | 5000 | 5100 | 102%
            基金支出 | 14000 | 13900 | 99.29%
            当年结余 | 1000 | 900 | 90%
            """)
        #expect(r.funding.isEmpty)
    }

    // MARK: - Totals and the end of the form

    /// 总分 read as the total; a 合计 that sums only the weights, 得分 empty, is no score.
    @Test func totalScoreAndWeightSum() throws {
        let scored = try buildFromLines("""
            一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分
            产出指标 | 数量指标 | 培训场次 | 6场 | 6场 | 50 | 50
            效益指标 | 社会效益指标 | 技能提升 | 有所提升 | 有所提升 | 50 | 45
            总分 | | | | | 100 | 95
            """)
        #expect(scored.scores?.total == 95)
        let weightsOnly = try buildFromLines("""
            一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分
            产出指标 | 数量指标 | 培训场次 | 6场 | 6场 | 50 |
            效益指标 | 社会效益指标 | 技能提升 | 有所提升 | 有所提升 | 50 |
            合计 | | | | | 100 |
            """)
        #expect(weightsOnly.scores?.total == nil)
        #expect(weightsOnly.indicators.count == 2)
        // Packed into one line, a lone 合计 figure equal to the weights' sum is still no score.
        let packed = try buildFromLines("""
            一级指标 二级指标 三级指标 指标值 完成值 分值 得分
            产出指标 数量指标 培训场次 6场 6场 50
            效益指标 社会效益指标 技能提升 有所提升 有所提升 50
            合计 100
            """)
        #expect(packed.scores?.total == nil)
    }

    /// Text after the table (评价结论, 存在问题, 改进措施, 项目负责人, a signature) never becomes
    /// indicator rows.
    @Test func proseAfterTheTable() throws {
        let r = try buildFromLines("""
            一级指标
            二级指标
            三级指标
            年度指标值
            实际完成值
            产出指标
            数量指标
            慢病随访人次
            ≥3000人次
            3210人次
            时效指标
            随访及时率
            ≥90%
            95%
            评价结论
            较好完成年度目标
            存在问题
            部分乡镇随访人员不足
            改进措施
            加强培训
            项目负责人：张某
            某县卫生健康局
            2024年3月1日
            """)
        #expect(names(r) == ["慢病随访人次", "随访及时率"])
        let json = try #require(String(data: try JSONEncoder().encode(r), encoding: .utf8))
        #expect(json.contains("部分乡镇随访人员不足"))
    }

    /// Cells run together with no separator at all, under a header run together too: the header's
    /// words say the columns, and the rows are cut at their labels and the values they end with
    /// (`RunTogetherForm`). Without such a header (fewer than four column words), no row is
    /// guessed: the text is kept.
    @Test func cellsRunTogetherAreReadUnderTheirHeaderOnly() throws {
        let r = try buildFromLines("""
            某县2023年度项目绩效自评表
            一级指标二级指标三级指标年度指标值实际完成值得分产出指标数量指标培训人次500人次520人次10效益指标社会效益指标群众满意度90%95%10
            """)
        #expect(names(r) == ["培训人次", "群众满意度"])
        #expect(r.indicators.first?.target?.raw == "500人次")
        #expect(r.indicators.first?.actual?.raw == "520人次")
        #expect(r.indicators.first?.score == 10)
        #expect(!r.warnings.contains { $0.code == "table-cells-run-together" })
        // NEGATIVE: three column words only: no header to read the rows under.
        let n = try buildFromLines("""
            某县2023年度项目绩效自评表
            一级指标二级指标三级指标产出指标数量指标培训人次500人次520人次10效益指标社会效益指标群众满意度90%95%10
            """)
        #expect(n.indicators.isEmpty)
    }

    /// A Sichuan-style form one cell a line, each closed by ` |`, an empty cell a bare `|`; the
    /// 原因 note merged down the funds block stands after the first row and does not end it.
    @Test func barredCellsAndAMergedFundsNote() throws {
        let r = try buildFromLines("""
            报表编号：510000_0013zp |
            |
            |
            部门预算项目支出绩效自评表（2023年度） |
            项目名称 |
            会议培训经费 |
            主管部门 |
            某县统计局 |
            预算执行情况（10分） |
            年度预算数（万元） |
            年初预算 |
            调整后预算数 |
            预算执行数 |
            预算执行率 |
            权重 |
            得分 |
            原因 |
            总额 |
            12.00 |
            15.50 |
            15.20 |
            98.06% |
            10 |
            |
            1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.其他资金包括社会投入资金。 |
            其中：财政资金 |
            12.00 |
            15.50 |
            15.20 |
            98.06% |
            / |
            / |
            单位资金 |
            0.00 |
            0.00 |
            0.00 |
            0.00% |
            / |
            / |
            绩效指标（90分） |
            一级指标 |
            二级指标 |
            三级指标 |
            指标性质 |
            指标值 |
            度量单位 |
            完成值 |
            权重 |
            得分 |
            未完成原因分析 |
            产出指标 |
            数量指标 |
            培训人次 |
            ≥ |
            120 |
            人次 |
            |
            60 |
            |
            |
            合计 |
            100 |
            |
            |
            """)
        #expect(r.metadata.title == "部门预算项目支出绩效自评表（2023年度）")
        #expect(r.funding.map(\.item) == ["总额", "财政资金", "单位资金"])
        #expect(r.funding.first?.budget == 15.5)
        #expect(r.funding.first?.executed == 15.2)
        let row = try #require(r.indicators.first)
        #expect(row.name == "培训人次")
        #expect(row.actual == nil || row.actual?.raw == nil)
        #expect(row.weight == 60)
        #expect(r.scores == nil)
    }

    /// The whole form on one line: the cells before its head are its title.
    @Test func titleCellsBeforeAOneLineForm() {
        #expect(TextTableFinder.titleCells(["附件：", "项目支出绩效自评表", "（2022年度）", "项目名称", "道路养护"])?.count == 3)
        #expect(TextTableFinder.titleCells(["项目名称", "道路养护", "主管部门", "某镇人民政府"]) == nil)
    }

    /// A copy that ran each header line's words together (`二级指标三级指标指标值…`) and each row's
    /// cells too: nothing guessed, a warning for each block.
    @Test func runTogetherHeaderLinesWarn() throws {
        let r = try buildFromLines("""
            某县2022年度道路养护补助资金绩效目标自评表
            项目资金
            (万元)
            全年预算数(A)全年执行数(B)预算执行率(B/A)
            年度资金总额:300300100%
            绩效指标一级
            指标
            二级指标三级指标指标值全年实际完成值未完成原因和改进措施
            数量指标养护农村公路120公里2020
            """)
        #expect(r.indicators.isEmpty)
        #expect(r.funding.isEmpty)
        #expect(r.warnings.filter { $0.code == "table-cells-run-together" }.count == 2)
    }

    /// Pipe rows whose first funds row ends with a short note naming 执行率: a row of figures is
    /// no header, and the block starts at its 总额 row.
    @Test func aFundsRowWithANoteIsNoHeader() throws {
        let r = try buildFromLines("""
            部门预算项目支出绩效自评表（2023年度）
            预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |
            总额 | 30.00 | 32.00 | 31.20 | 97.50% | 10 | 9.75 | 预算执行率=预算执行数/调整后预算数 |
            其中：财政资金 | 30.00 | 32.00 | 31.20 | 97.50% | / | / |
            其他资金 | | | | | / | / |
            """)
        #expect(r.funding.map(\.item) == ["总额", "财政资金", "其他资金"])
        #expect(r.funding.first?.budget == 32)
        #expect(r.funding.first?.executed == 31.2)
        #expect(r.funding.first?.executionRate == 97.5)
    }
}
