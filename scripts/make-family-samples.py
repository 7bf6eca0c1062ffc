#!/usr/bin/env python3
"""Writes the family corpus: Samples/family/*.txt and their gold in Tests/Eval/family-gold/.

Every document is a self-evaluation form (or a report or work summary carrying one) held as
data below and rendered into one of the text shapes published pages arrive in; the gold is
derived from the same data, so the two agree by construction. The outputs were then read
and checked by hand. Irregular shapes (labels spilled down a column, wrapped names, page
breaks, blank level cells) are written by the layout helpers in familylib.py or by hand.

All bodies, places, people and figures are invented. Run from the repository root:
    python3 scripts/make-family-samples.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from familylib import (NBSP, Doc, Form, FundRow, Ind, Placeholder, cell_per_line, check_against_text,  # noqa: E402
                       form_rows, funds_cells, layout_indicators, layout_lines, one_line_form, one_line_rows,
                       pipe_rows, level1_from_level2)

SAMPLES = "Samples/family"
GOLD = "Tests/Eval/family-gold"

TRANSFER_COLS = ["指标值", "全年实际完成值", "未完成原因和改进措施"]
PROJECT_COLS = ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
SPLIT_COLS = ["指标性质", "指标值", "度量单位", "权重（分）", "实际完成值", "得分", "偏差原因分析及改进措施"]


def join(*parts):
    return "\n".join(p for p in parts if p is not None)


# ------------------------------------------------------------------ 1
def transfer_cell_per_line_1():
    form = Form(
        caption="医疗救助补助资金转移支付项目绩效目标自评表", year_line="（2022年度）",
        head=[("转移支付（项目）名称", "医疗救助补助资金"), ("中央主管部门", "国家医疗保障局"),
              ("地方主管部门", "青禾市医疗保障局", "资金使用单位", "青禾市医疗保障局")],
        funds_label="资金投入情况（万元）", funds_layout="transfer", amount_style="comma",
        funds=[FundRow("年度资金总额：", budget=3286.5, executed=3172.64),
               FundRow("其中：中央财政资金", budget=1920, executed=1881.27),
               FundRow("彩票公益金用于医疗救助", budget=60, executed=60),
               FundRow("地方资金", budget=1306.5, executed=1231.37),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["1.对特困人员、低保对象等困难群众参加城乡居民医保个人缴费给予资助。",
                 "2.做好住院和门诊救助，减轻困难群众医疗费用负担。"],
        achieved=["1.全年资助困难群众参保4.62万人，资助金额1468.3万元。",
                  "2.实施医疗救助8.37万人次，支出救助资金1704.34万元。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "资助参加基本医疗保险人数", "≥4.5万人", "4.62万人"),
              Ind(None, None, "医疗救助人次", "≥8万人次", "8.37万人次"),
              Ind(None, "质量指标", "困难群众参保资助覆盖率", "≥99%", "100%"),
              Ind(None, None, "住院救助政策范围内费用救助比例", "≥70%", "72.5%"),
              Ind(None, "时效指标", "救助资金结算及时率", "100%", "98.6%",
                  note="部分跨年结算单据于次年1月完成拨付，下年度提前对账"),
              Ind("效益指标", "社会效益指标", "困难群众因病致贫返贫发生情况", "有效防范", "有效防范"),
              Ind(None, "可持续影响指标", "医疗救助托底保障机制", "持续完善", "持续完善"),
              Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93.1%")])
    text = join(
        "青禾市人民政府门户网站",
        "首页 > 政务公开 > 法定主动公开内容 > 财政资金 > 预算绩效",
        "• 索引号",
        "11330521MB1A2C3D4E/2023-00417",
        "• 发布机构",
        "青禾市医保局",
        "• 发布日期",
        "2023年04月18日",
        "• 文号",
        "",
        "青禾市医疗保障局2022年度医疗救助补助资金绩效自评表",
        "字体：[ 大 中 小 ]  打印本页  关闭窗口",
        "",
        cell_per_line(form_rows(form), pipe=True, empty="space"),
        "",
        "扫一扫在手机打开当前页",
        "主办单位：青禾市人民政府办公室  网站标识码：3305000021",
    )
    return Doc("transfer-cell-per-line-1.txt", "transfer-payment-evaluation",
               "青禾市医疗保障局2022年度医疗救助补助资金绩效自评表", "青禾市医疗保障局", 2022, "2023-04-18",
               "11330521MB1A2C3D4E/2023-00417", text, form,
               accept={"metadata.title": ["青禾市医疗保障局2022年度医疗救助补助资金绩效自评表",
                                          "医疗救助补助资金转移支付项目绩效目标自评表"]},
               notes="Transfer-payment 项目 form, one cell per line with ' |' after every cell and empty cells as a "
                     "lone space before the bar; bullet metadata (• label / value on the next line) with the "
                     "issuer's short form 青禾市医保局 (full name in the title and the form). Funds rows with "
                     "彩票公益金 and a blank 其他资金 (nulls). No scores in a transfer form.")


# ------------------------------------------------------------------ 2
def transfer_cell_per_line_2():
    form = Form(
        caption="城乡居民基本医疗保险补助区域绩效自评表", year_line="（2021年度）",
        head=[("专项名称", "城乡居民基本医疗保险补助"), ("省级主管部门", "省医疗保障局"),
              ("地方主管部门", "云溪县医疗保障局", "资金使用单位", "云溪县医疗保险服务中心")],
        funds_label="资金情况（万元）", funds_layout="transfer",
        funds=[FundRow("年度资金总额", budget=18650.4, executed=18650.4),
               FundRow("其中：中央补助", budget=12118.6, executed=12118.6),
               FundRow("省级", budget=2973.8, executed=2973.8),
               FundRow("市县", budget=3558, executed=3558),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["巩固城乡居民医保参保覆盖面，落实居民医保财政补助政策，政策范围内住院费用基金支付比例稳定在70%左右。"],
        achieved=["全县城乡居民参保38.27万人，财政补助资金全部按时足额到位，政策范围内住院费用基金支付比例达到70.6%。"],
        ind_columns=["年度指标值", "全年实际完成值", "未完成原因和改进措施"],
        inds=[Ind("产出指标", "数量指标", "城乡居民医保参保人数", "≥38万人", "38.27万人"),
              Ind(None, None, "财政补助标准", "≥580元/人", "580元/人"),
              Ind(None, "质量指标", "政策范围内住院费用基金支付比例", "70%左右", "70.6%"),
              Ind(None, None, "参保率", "≥95%", "95.8%"),
              Ind(None, "时效指标", "补助资金拨付及时率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "参保群众医疗费用负担", "有所减轻", "有所减轻"),
              Ind(None, "可持续影响指标", "居民医保基金当期收支平衡", "基本平衡", "略有结余"),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥85%", "91.2%")])
    text = join(
        "云溪县人民政府",
        "当前位置：首页 > 信息公开 > 部门信息 > 县医疗保障局",
        "分类：预算绩效",
        "",
        "云溪县2021年度城乡居民基本医疗保险补助资金区域绩效自评",
        "发布时间:2022-11-07 10:21  来源：县医疗保障局  浏览次数：132",
        "",
        cell_per_line(form_rows(form), blank=True, empty="omit"),
        "",
        "填报单位：云溪县医疗保障局（盖章）",
        "",
        "【打印】 【关闭】",
    )
    return Doc("transfer-cell-per-line-2.txt", "transfer-payment-evaluation",
               "云溪县2021年度城乡居民基本医疗保险补助资金区域绩效自评", "云溪县医疗保障局", 2021, "2022-11-07",
               None, text, form, encoding="gb18030",
               accept={"indicators.2.target.value": [70, None], "indicators.2.target.unit": ["%", None]},
               notes="Region (区域) transfer form, GB18030. One cell per line with a blank line after every "
                     "cell; empty cells have vanished, so a row has fewer lines than columns. Chrome: "
                     "breadcrumb, 分类：预算绩效, 发布时间 with a time (dropped), issuer short form "
                     "县医疗保障局 in 来源, full name in the form and the 填报单位 line. The target 70%左右 "
                     "keeps 70 / % (null accepted).")


# ------------------------------------------------------------------ 3
def project_cell_per_line_3():
    form = Form(
        caption="松陵县项目支出绩效自评表", year_line="（2022年度）",
        head=[("项目名称", "城乡居民医保个人缴费县级配套资金"), ("主管部门", "松陵县医疗保障局", "实施单位", "松陵县医疗保险服务中心")],
        funds_label="项目资金（万元）", funds_layout="national", amount_style="fixed",
        funds=[FundRow("年度资金总额", initial=78.4, budget=81.2, executed=80.35, weight="10", score="9.9"),
               FundRow("其中：当年财政拨款", initial=78.4, budget=81.2, executed=80.35, blank="—"),
               FundRow("上年结转资金", blank="—"),
               FundRow("其他资金", blank="—")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["资助建档立卡脱贫人口和低保对象参加城乡居民医保，做到应保尽保。"],
        achieved=["全年资助参保10826人，资助资金及时划入医保基金专户，实现应保尽保。"],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标（50分）", "数量指标", "指标1:资助参保人数", "10900人", "10826人", 15, 14.5,
                  note="年内自然减员，按实际人数资助"),
              Placeholder("指标2:"),
              Ind(None, "质量指标", "指标1:资助资金纳入医保基金专户比例", "100%", "100%", 15, 15),
              Placeholder("指标2:"),
              Ind(None, "时效指标", "指标1:资助资金划转及时率", "100%", "100%", 10, 10),
              Ind(None, "成本指标", "指标1:人均资助标准", "75元", "75元", 10, 10),
              Ind("效益指标（30分）", "社会效益指标", "指标1:困难群众参保率", "100%", "100%", 30, 30),
              Ind("满意度指标（10分）", "服务对象满意度指标", "指标1:资助对象满意度", "≥90%", "95%", 10, 9.5)],
        total=("总分", 100, 98.9))
    text = join(
        "松陵县城乡居民医保个人缴费县级配套资金绩效自评表.xlsx",
        "",
        cell_per_line(form_rows(form), empty="omit"),
        "",
        "填表人：周晓宁    联系电话：0571-86001234    填报日期：2023年3月20日",
    )
    return Doc("project-cell-per-line-3.txt", "project-evaluation", "松陵县项目支出绩效自评表", "松陵县医疗保障局", 2022,
               None, None, text, form, crlf=True,
               accept={"metadata.title": ["松陵县项目支出绩效自评表", "松陵县项目支出绩效自评表（2022年度）",
                                          "松陵县城乡居民医保个人缴费县级配套资金绩效自评表"]},
               notes="A spreadsheet's text copy, CRLF: a file-name line (…绩效自评表.xlsx) before the caption, "
                     "one cell per line with empty cells vanished and — in blank funds cells. Names keep "
                     "their 指标1: prefix; placeholder rows 指标2: with nothing after them are dropped. "
                     "Level-1 labels carry weights (产出指标（50分）). 总分 row gives the total 98.9 (funds 9.9 + "
                     "indicators 89). The caption is the title; the file name without .xlsx is accepted.")


# ------------------------------------------------------------------ 4
def pipe_split_header_rows(form, l1_rows=True, spaced=True, width=8):
    """Rows of a page's table as a scraper writes pipe rows: the 绩效指标 column merged over the
    block closes the first header line (`绩效指标 | 一级 指标 |`), the rest of the header on the
    next line, each level-1 label on a line of its own (spaced out, `产 出 指 标 |`) and the rows
    of its group without a level-1 cell."""
    rows = []
    for r in form_rows(form):
        if r and r[0] == form.lead_column:
            break
        rows.append(r)
    rows.append([form.lead_column, "一级 指标"])
    rows.append(["二级指标", "三级指标"] + form.ind_columns)
    for r in form.inds:
        if isinstance(r, Placeholder):
            rows.append(form.placeholder_cells(r)[1:])
            continue
        if r.l1 and l1_rows:
            rows.append([" ".join(r.l1) if spaced else r.l1])
        cells = form.ind_row_cells(r, False, r.l2 is not None)
        rows.append(cells[1:])
    t = form.total_cells()
    if t:
        rows.append([t[0]] + t[3:])
    for label, text in form.after:
        rows.append([label, text] if text is not None else [label])
    return rows


def project_pipe_split_header_1():
    form = Form(
        caption="项目支出绩效自评表", year_line="（2023年度）",
        head=[("项目名称", "医保经办服务能力提升项目"), ("主管部门", "石门市医疗保障局", "实施单位", "石门市医疗保障事务中心")],
        funds_label="项目资金（万元）", funds_layout="national", amount_style="wan",
        funds=[FundRow("年度资金总额", initial=2800, budget=2746.35, executed=2690.12, weight="10", score="9.8"),
               FundRow("其中：本年财政拨款", initial=2600, budget=2546.35, executed=2502.4),
               FundRow("上年结转资金", initial=200, budget=200, executed=187.72),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["完成市级医保经办大厅适老化改造，推进高频医保服务事项“一网通办”，压缩办理时限。"],
        achieved=["完成经办大厅适老化改造并投入使用，28项高频事项实现“一网通办”，平均办理时限压缩至3个工作日。"],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标", "数量指标", "“一网通办”高频事项数", "≥25项", "28项", 20, 20),
              Ind(None, None, "经办窗口改造数量", "12个", "12个", 10, 10),
              Ind(None, "质量指标", "经办业务差错率", "≤0.5%", "0.3%", 10, 10),
              Ind(None, "时效指标", "平均办理时限", "≤5个工作日", "3个工作日", 10, 10),
              Ind("效益指标", "社会效益指标", "群众办事跑动次数", "明显减少", "明显减少", 15, 14),
              Ind(None, "可持续影响指标", "经办服务标准化水平", "持续提升", "持续提升", 15, 14),
              Ind("满意度指标", "服务对象满意度指标", "参保群众办事满意度", "≥95%", "97.3%", 10, 10)],
        total=("总分", 100, 97.8))
    text = join(
        "石门市医疗保障局2023年度医保经办服务能力提升项目支出绩效自评表",
        "来源：石门市医疗保障局 | 发布日期：2024年05月09日 | 【字体：大 中 小】",
        "",
        pipe_rows(pipe_split_header_rows(form)),
        "",
        "上一篇：石门市医疗保障局2023年度部门决算",
        "下一篇：石门市医疗保障局关于开展医保政策宣传月活动的通知",
    )
    return Doc("project-pipe-split-header-1.txt", "project-evaluation",
               "石门市医疗保障局2023年度医保经办服务能力提升项目支出绩效自评表", "石门市医疗保障局", 2023, "2024-05-09",
               None, text, form,
               notes="Pipe rows as a scraper writes an HTML table: every row padded with trailing bars to the "
                     "widest row, the indicator header split over two lines with the merged 绩效指标 cell "
                     "closing the first (`绩效指标 | 一级 指标 |`), level-1 labels spaced out on lines of their "
                     "own (`产 出 指 标 |`), amounts written 2746.35万. budget is 全年预算数, not 年初预算数.")


# ------------------------------------------------------------------ 5
def transfer_pipe_split_header_2():
    form = Form(
        caption="转移支付区域（项目）绩效目标自评表", year_line="（2022年度）",
        head=[("转移支付（项目）名称", "医疗服务与保障能力提升补助资金"), ("中央主管部门", "国家医疗保障局"),
              ("地方主管部门", "丹枫市医疗保障局", "资金使用单位", "丹枫市医疗保障局")],
        funds_label="资金投入情况（万元）", funds_layout="transfer", amount_style="plain",
        funds=[FundRow("年度资金总额：", budget=412, executed=368.55),
               FundRow("其中：中央财政资金", budget=412, executed=368.55),
               FundRow("地方资金"),
               FundRow("其他资金")],
        goals_label=("总体目标完成情况", "总体目标", "全年实际完成情况"),
        planned=["目标1：推进医保信息化标准化建设，保障医保信息平台安全稳定运行。",
                 "目标2：加强医保基金监管，开展打击欺诈骗保专项行动。",
                 "目标3：推进DRG/DIP支付方式改革，覆盖全部统筹区。"],
        achieved=["1.医保信息平台全年稳定运行，未发生重大安全事件。",
                  "2.检查定点医药机构1126家，追回医保基金2386.4万元。",
                  "3.DRG付费覆盖全部4个统筹区，结算病例占比达到78%。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "定点医药机构检查覆盖率", "100%", "100%"),
              Ind(None, None, "开展医保政策宣传活动次数", "≥6次", "9次"),
              Ind(None, "质量指标", "医保信息平台运行稳定率", "≥99%", "99.6%"),
              Ind(None, None, "DRG/DIP付费统筹区覆盖率", "100%", "100%"),
              Ind(None, "时效指标", "医保结算数据上传时限", "≤1天", "1天"),
              Ind("效益指标", "社会效益指标", "医保基金使用规范程度", "明显提高", "明显提高"),
              Ind(None, "可持续影响指标", "医保支付方式改革长效机制", "逐步建立", "基本建立",
                  note="部分医疗机构病案质量不高，\n下一步加强病案质控培训"),
              Ind("满意度指标", "服务对象满意度指标", "参保人员满意度", "≥85%", "90.4%")])
    rows = pipe_split_header_rows(form, spaced=False)
    text = join(
        "丹枫市人民政府 > 政府信息公开 > 丹枫市医疗保障局 > 预算绩效",
        "丹枫市2022年度医疗服务与保障能力提升补助资金",
        "绩效自评情况",
        "发布日期：2023-06-02  信息来源：市医保局",
        "",
        pipe_rows(rows).replace("部分医疗机构病案质量不高， 下一步", "部分医疗机构病案质量不高，\n下一步"),
        "",
        "丹枫市医疗保障局",
        "2023年5月26日",
    )
    return Doc("transfer-pipe-split-header-2.txt", "transfer-payment-evaluation",
               "丹枫市2022年度医疗服务与保障能力提升补助资金绩效自评情况", "丹枫市医疗保障局", 2022, "2023-06-02",
               None, text, form,
               accept={"metadata.title": ["丹枫市2022年度医疗服务与保障能力提升补助资金绩效自评情况",
                                          "转移支付区域（项目）绩效目标自评表"]},
               notes="Pipe rows, header split over two lines with `绩效指标 | 一级 指标 |`, level-1 labels on "
                     "lines of their own, and one row broken over two lines (its note cell holds a line "
                     "break, so the row's last cells continue on the next line). The page title is wrapped "
                     "over two lines (…补助资金 / 绩效自评情况) and must be joined. Funds: 地方资金 and 其他资金 "
                     "blank (nulls). Goals numbered 目标1： / 1. as listed.")


# ------------------------------------------------------------------ 6
def project_pipe_split_columns_1():
    form = Form(
        caption="部门预算项目支出绩效自评表（2023年度）", year_line=None,
        head=[("项目名称", "51162523T000001234567-医保基金监管工作经费"),
              ("主管部门", "301-岚山县医疗保障局", "实施单位（盖章）", "岚山县医疗保障局")],
        funds_label="预算执行情况（万元）", funds_layout="adjusted", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=46, budget=52.5, executed=51.38, weight="10", score="9.79"),
               FundRow("其中：本年财政拨款", initial=46, budget=52.5, executed=51.38),
               FundRow("上年结转资金"),
               FundRow("其他资金")],
        goals_label=("项目年度目标", "年度目标", "年度目标完成情况"),
        planned=["聘用基金监管辅助人员14名，开展定点医药机构日常巡查，保障医保基金安全。"],
        achieved=["聘用辅助人员14名，全年巡查定点医药机构236家次，查处违规机构17家，追回基金82.6万元。"],
        ind_columns=SPLIT_COLS,
        inds=[Ind("产出指标", "数量指标", "定点医药机构巡查家次", ("≥", "200", "家次"), "236家次", 15, 15),
              Ind(None, None, "聘用基金监管辅助人员数", ("=", "14", "人"), "14人", 10, 10),
              Ind(None, "质量指标", "违规问题整改到位率", ("≥", "95", "%"), "100%", 10, 10),
              Ind(None, "时效指标", "监管人员工资发放及时率", ("=", "100", "%"), "100%", 10, 10),
              Ind(None, "成本指标", "人均年度工资及保险成本", ("≤", "3.75", "万元"), "3.67万元", 5, 5),
              Ind("效益指标", "社会效益指标", "欺诈骗保行为发生率", ("定性", "明显下降", ""), "明显下降", 15, 14),
              Ind(None, "可持续影响指标", "基金监管长效机制健全性", ("定性", "优良中低差", ""), "良", 15, 12,
                  note="智能监控系统规则库有待完善"),
              Ind("满意度指标", "服务对象满意度指标", "定点医药机构满意度", ("≥", "90", "%"), "92%", 10, 10)],
        total=("合计", 100, 95.79),
        after=[("评价结论", "项目自评得分95.79分，全年巡查任务全面完成，基金监管成效明显。"),
               ("存在问题", "智能监控规则库覆盖面不足，部分违规行为发现不及时。"),
               ("改进措施", "扩充智能监控规则库，强化大数据筛查，提高监管精准度。"),
               ("项目负责人：李卫东", "财务负责人：陈静")])
    rows = form_rows(form)
    text = join(
        "岚山县人民政府",
        "来源:办公室 2024-06-12 09:30",
        "",
        pipe_rows(rows),
        "",
    )
    return Doc("project-pipe-split-columns-1.txt", "project-evaluation", "部门预算项目支出绩效自评表（2023年度）",
               "岚山县医疗保障局", 2023, "2024-06-12", None, text, form,
               accept={"metadata.title": ["部门预算项目支出绩效自评表（2023年度）", "部门预算项目支出绩效自评表"]},
               notes="Sichuan-style 部门预算项目支出绩效自评表 as pipe rows: the only title is the form caption "
                     "with (2023年度); the funds block is 年初预算/调整后预算数/预算执行数/预算执行率/权重/得分 "
                     "(budget = 调整后预算数); 指标性质/指标值/度量单位 split columns (raw is their "
                     "concatenation; 定性 is no operator, raw is the value alone); the 主管部门 carries a budget "
                     "code 301- (dropped from the issuer); publishedOn from an unlabelled `来源:办公室 2024-06-12 "
                     "09:30` line. After the table: 评价结论 / 存在问题 / 改进措施 / 项目负责人 rows, never "
                     "indicators. 合计 has both weight 100 and score 95.79.")


# ------------------------------------------------------------------ 7
def project_pipe_weights_total_2():
    form = Form(
        caption="部门预算项目支出绩效自评表（2022年度）", year_line=None,
        head=[("项目名称", "51172222T000000765432-城乡居民参保征缴工作经费"),
              ("主管部门", "桐江县医疗保障局", "实施单位（盖章）", "桐江县医疗保障局")],
        funds_label="预算执行情况（万元）", funds_layout="adjusted", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=30, budget=30, executed=28.6, weight="10"),
               FundRow("其中：本年财政拨款", initial=30, budget=30, executed=28.6),
               FundRow("其他资金")],
        goals_label=("项目年度目标", "年度目标", "年度目标完成情况"),
        planned=["开展城乡居民医保集中参保征缴宣传，完成年度参保任务。"],
        achieved=["对照年度目标，说明相关任务目标的完成情况（100字以内）"],
        ind_columns=SPLIT_COLS,
        inds=[Ind("产出指标", "数量指标", "参保征缴宣传场次", ("≥", "20", "场"), "26场", 15),
              Ind(None, "质量指标", "城乡居民参保率", ("≥", "95", "%"), "96.1%", 15),
              Ind(None, "时效指标", "参保工作经费发放及时率", ("=", "100", "%"), "100%", 10),
              Ind(None, "成本指标", "人均参保宣传成本", ("≤", "1.5", "元/人"), "1.2元/人", 10),
              Ind("效益指标", "社会效益指标", "群众参保政策知晓率", ("≥", "90", "%"), "93%", 15),
              Ind(None, "可持续影响指标", "参保征缴机制健全性", ("定性", "优良中低差", ""), "优", 15),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", ("≥", "90", "%"), "94%", 10)],
        total=("合计", 100, None),
        after=[("评价结论", "结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）"),
               ("存在问题", "结合自评情况，分析存在的问题及原因。（200字以内）"),
               ("改进措施", "针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）"),
               ("项目负责人：", "财务负责人：")])
    text = join(
        "首页 / 政务公开 / 财政信息 / 预算绩效",
        "桐江县医疗保障局2022年度城乡居民参保征缴工作经费",
        "项目支出绩效自评表",
        "发布日期：2023年05月09日    字号：大 中 小",
        "",
        pipe_rows(form_rows(form)),
    )
    return Doc("project-pipe-weights-total-2.txt", "project-evaluation",
               "桐江县医疗保障局2022年度城乡居民参保征缴工作经费项目支出绩效自评表", "桐江县医疗保障局", 2022,
               "2023-05-09", None, text, form,
               goals={"planned": [g.replace("\n", "") for g in form.planned], "achieved": []},
               notes="A half-filled Sichuan form: 实际完成值 filled, every 得分 cell empty, and the 合计 row sums "
                     "only the weights (100) — no score, so scores is null. The template's guidance text "
                     "stays in 评价结论/存在问题/改进措施 and one goal cell; NEGATIVE: that instruction "
                     "(`对照年度目标，说明…（100字以内）`) is no achieved goal, so achieved is empty. Title wrapped "
                     "over two lines. Funds block 年初预算/调整后预算数/预算执行数/预算执行率/权重/得分 with the 得分 empty.")


# ------------------------------------------------------------------ 8
def department_layout_page_break_1():
    form = Form(
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        inds=[Ind("产出指标", "数量指标", "基本医保参保人数", "≥52万人", "52.63万人", 8, 8),
              Ind(None, None, "定点医药机构协议管理覆盖率", "100%", "100%", 6, 6),
              Ind(None, None, "门诊慢特病待遇认定人数", "≥1.2万人", "1.36万人", 6, 6),
              Ind(None, "质量指标", "住院费用跨省直接结算率", "≥70%", "76.4%", 6, 6),
              Ind(None, None, "医保基金智能审核覆盖率", "100%", "100%", 6, 6),
              Ind(None, None, "医疗救助对象资助参保率", "100%", "100%", 6, 6),
              Ind(None, "时效指标", "医保待遇按时足额支付率", "100%", "100%", 6, 6),
              Ind(None, "成本指标", "部门预算执行率", "≥90%", "95.26%", 6, 6),
              Ind("效益指标", "社会效益指标", "职工医保政策范围内住院费用基金支付比例", "≥80%", "81.2%", 10, 10),
              Ind(None, None, "居民医保政策范围内住院费用基金支付比例", "≥70%", "68.9%", 10, 8,
                  note="高额费用病例增多"),
              Ind(None, "可持续影响指标", "医保基金运行", "收支平衡略有结余", "收支平衡略有结余", 10, 10),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "92.5%", 10, 10)],
        total=("总分", 100, 97.53))
    widths = [8, 12, 22, 12, 12, 4, 6, 10]
    header = layout_lines([["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]],
                          widths, indent=2)
    ind_lines = layout_indicators(form, widths, indent=2, l1="spill", l2="spill", break_after=6, footer="— 4 —",
                                  repeat_header=True, header_lines=header, wrap={8: 16, 9: 16},
                                  label_widths=(4, None))
    funds_w = [22, 10, 10, 10, 4, 8, 4]
    funds = [FundRow("年度资金总额", initial=1368.2, budget=1452.87, executed=1384.05, weight="10", score="9.53"),
             FundRow("按收入性质分：", heading=True),
             FundRow("其中：财政拨款", initial=1318.2, budget=1402.87, executed=1334.05),
             FundRow("上年结转资金", initial=50, budget=50, executed=50),
             FundRow("其他资金"),
             FundRow("按支出性质分：", heading=True),
             FundRow("其中：基本支出", initial=862.4, budget=871.35, executed=871.35),
             FundRow("项目支出", initial=505.8, budget=581.52, executed=512.7)]
    funds_lines = layout_lines([["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
                               + [funds_cells(r, "national", "fixed") for r in funds], funds_w, indent=2)
    form.funds = funds
    total_line = layout_lines([form.total_cells()], widths, indent=2)[0]
    text = join(
        "                    临川市医疗保障局",
        "          2022年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "    临川市医疗保障局为市政府工作部门，内设机构5个，下属事业单位1个，年末在职人员46人。",
        "主要职责是贯彻落实医疗保险、生育保险、医疗救助等医疗保障制度，组织实施医保基金监督管理。",
        "二、部门整体支出绩效目标完成情况",
        "    2022年部门全年预算数1452.87万元，全年执行数1384.05万元，预算执行率95.26%。",
        "三、存在的问题及原因",
        "    一是居民医保住院费用基金支付比例略低于目标；二是项目支出执行进度前慢后快。",
        "四、下一步改进措施",
        "    加强医保基金运行分析，均衡项目支出进度。",
        "",
        "                                                               — 3 —",
        "\f          临川市2022年度部门整体支出绩效自评表",
        "",
        "  部门名称：临川市医疗保障局                                   填报日期：2023年4月10日",
        "",
    ) + "\n" + "\n".join(funds_lines) + "\n\n" + join(
        "  年度       年初设定目标                              全年实际完成情况",
        "  总体       1.巩固基本医保参保覆盖面，参保率稳定在    1.全市基本医保参保52.63万人，参保率",
        "  目标       95%以上。                                 95.6%。",
        "             2.推进DRG支付方式改革全覆盖。             2.DRG付费覆盖全市二级以上定点医疗",
        "                                                       机构。",
        "",
    ) + "\n" + "\n".join(ind_lines) + "\n" + total_line + "\n\n" + join(
        "  自评等级：优",
        "",
        "                                                               — 5 —",
    )
    form.planned = ["1.巩固基本医保参保覆盖面，参保率稳定在95%以上。", "2.推进DRG支付方式改革全覆盖。"]
    form.achieved = ["1.全市基本医保参保52.63万人，参保率95.6%。", "2.DRG付费覆盖全市二级以上定点医疗机构。"]
    doc = Doc("department-layout-page-break-1.txt", "department-evaluation", "临川市医疗保障局2022年度部门整体支出绩效自评报告",
              "临川市医疗保障局", 2022, None, None, text, form,
              scores={"total": 97.53, "grade": "优"},
              sections=[("一、", "部门基本情况"), ("二、", "部门整体支出绩效目标完成情况"), ("三、", "存在的问题及原因"),
                        ("四、", "下一步改进措施")],
              notes="pdftotext -layout dump of a department report: centred title wrapped over two lines, "
                    "prose, a page footer `— 3 —` and a form feed before the form. Funds block with "
                    "按收入性质分/按支出性质分 group labels (not funds rows) over 财政拨款/上年结转资金/其他资金 and "
                    "基本支出/项目支出. Goals in a layout cell wrapped over lines (joined). Indicator block: "
                    "labels spilled down their column in two-character pieces (产出 / 指标), two names wrapped "
                    "onto the next line, a page break inside the table (footer, form feed, header repeated). "
                    "总分 100 / 97.53 (funds 9.53 + indicators 88); grade 优 from 自评等级.")
    return doc



# ------------------------------------------------------------------ 9
def project_layout_spilled_2():
    form = Form(
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标", "数量指标", "配备数字化诊疗设备的乡镇卫生院数", "≥12家", "12家", 10, 10),
              Ind(None, None, "基层医务人员培训人次", "≥300人次", "346人次", 10, 10),
              Ind(None, "质量指标", "设备验收合格率", "100%", "100%", 10, 10),
              Ind(None, None, "培训考核合格率", "≥95%", "97.1%", 5, 5),
              Ind(None, "时效指标", "设备采购完成时限", "2023年9月底前", "2023年8月", 5, 5),
              Ind(None, "成本指标", "单台设备平均采购成本", "≤18万元", "16.4万元", 10, 10),
              Ind("效益指标", "社会效益指标", "乡镇卫生院门急诊人次同比增长", "≥5%", "6.3%", 15, 15),
              Ind(None, "可持续影响指标", "基层首诊能力", "持续提升", "持续提升", 15, 14),
              Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "88.6%", 10, 8,
                  note="部分卫生院候诊时间偏长，已增设便民服务台")],
        total=("总分", 100, 96.8))
    widths = [8, 10, 20, 12, 10, 4, 4, 12]
    header = layout_lines([["一级", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
                           ["指标", "", "", "", "", "", "", "及改进措施"]], widths, indent=1)
    ind_lines = layout_indicators(form, widths, indent=1, l1="blank", l2="spill", break_after=4,
                                  footer="第 1 页 共 2 页", repeat_header=False, header_lines=header,
                                  wrap={0: 18}, label_widths=(None, 4))
    funds = [FundRow("年度资金总额", initial=230, budget=230, executed=219.8, weight="10", score="9.8"),
             FundRow("其中：当年财政拨款", initial=150, budget=150, executed=143.6),
             FundRow("上年结转资金", initial=80, budget=80, executed=76.2),
             FundRow("其他资金")]
    form.funds = funds
    fw = [18, 10, 10, 10, 4, 8, 4]
    funds_lines = layout_lines([["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
                               + [funds_cells(r, "national", "fixed") for r in funds], fw, indent=1)
    form.planned = ["为12家乡镇卫生院配备数字化诊疗设备，培训基层医务人员300人次以上，提升基层首诊能力。"]
    form.achieved = ["12家乡镇卫生院设备全部到位并投入使用，培训基层医务人员346人次，乡镇卫生院门急诊人次同比增长6.3%。"]
    text = join(
        "                         白鹭县卫生健康局",
        "            2023年度基层医疗卫生机构能力提升项目",
        "                       支出绩效自评表",
        "",
        " 项目名称    基层医疗卫生机构能力提升项目",
        " 主管部门    白鹭县卫生健康局                   实施单位    白鹭县卫生健康局",
        "",
    ) + "\n" + "\n".join(funds_lines) + "\n\n" + join(
        " 年度总体    预期目标                                  实际完成情况",
        " 目标        为12家乡镇卫生院配备数字化诊疗设备，培    12家乡镇卫生院设备全部到位并投入使用，",
        "             训基层医务人员300人次以上，提升基层首     培训基层医务人员346人次，乡镇卫生院门",
        "             诊能力。                                  急诊人次同比增长6.3%。",
        "",
    ) + "\n" + "\n".join(ind_lines) + "\n" + layout_lines([form.total_cells()], widths, indent=1)[0] + "\n" + join(
        "",
        " 填报单位（盖章）：白鹭县卫生健康局      单位负责人：吴海峰      填表人：郑小禾",
        "",
        "                                   第 2 页 共 2 页",
    )
    return Doc("project-layout-spilled-2.txt", "project-evaluation",
               "白鹭县卫生健康局2023年度基层医疗卫生机构能力提升项目支出绩效自评表", "白鹭县卫生健康局", 2023, None, None,
               text, form, encoding="gb18030",
               accept={"indicators.4.target.value": [None, 2023], "indicators.4.actual.value": [None, 2023]},
               notes="pdftotext -layout of a project form, GB18030: title centred over three lines; level-1 "
                     "cells blank throughout (level1 inferred from level2); level-2 labels spilled in "
                     "two-character pieces down the middle of their group (数量 / 指标); the first name "
                     "wrapped onto the next line; a header split over two lines (一级 / 指标, 偏差原因分析 / "
                     "及改进措施); a page break after the 时效指标 row with a `第 1 页 共 2 页` footer and a "
                     "form feed, header NOT repeated. The 时效 target 2023年9月底前 has no single value.")


# ------------------------------------------------------------------ 10
def transfer_one_line_rows_1():
    form = Form(
        caption="中央对地方转移支付区域绩效自评表", year_line="（2023年度）",
        head=[("转移支付名称", "城乡居民基本医疗保险补助"), ("中央主管部门", "国家医疗保障局"),
              ("省级财政部门", "江北省财政厅", "省级主管部门", "江北省医疗保障局")],
        funds_label="资金情况（万元）", funds_layout="transfer",
        funds=[FundRow("年度资金总额", budget=86420.5, executed=86420.5),
               FundRow("其中：中央补助", budget=52300, executed=52300),
               FundRow("省级", budget=19860.5, executed=19860.5),
               FundRow("市县", budget=14260, executed=14260)],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["1.城乡居民医保参保率稳定在95%以上。", "2.居民医保人均财政补助标准达到640元。",
                 "3.政策范围内住院费用基金支付比例稳定在70%左右。"],
        achieved=["1.全省城乡居民参保率达到95.4%。", "2.人均财政补助标准640元已全部落实。",
                  "3.政策范围内住院费用基金支付比例为70.3%。"],
        ind_columns=["指标值", "全年实际值", "未完成原因分析"],
        inds=[Ind("产出指标", "数量指标", "城乡居民医保参保人数", "≥1350万人", "1362.8万人"),
              Ind(None, None, "人均财政补助标准", "≥640元", "640元"),
              Ind(None, "质量指标", "城乡居民医保参保率", "≥95%", "95.4%"),
              Ind(None, None, "居民医保门诊统筹覆盖率", "100%", "100%"),
              Ind(None, "时效指标", "财政补助资金到位及时率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "政策范围内住院费用基金支付比例", "70%左右", "70.3%"),
              Ind(None, None, "大病保险最低起付线", "≤1.5万元", "1.2万元"),
              Ind(None, "可持续影响指标", "居民医保基金累计结存可支付月数", "≥6个月", "7.8个月"),
              Ind("满意度指标", "服务对象满意度指标", "参保居民满意度", "≥85%", "89.7%")])
    text = join(
        "江北省医疗保障局 政府信息公开",
        "- 索引号: 11360000MB0234567T/2024-00088",
        "- 发布机构: 江北省医疗保障局",
        "- 发布日期: 2024-03-28",
        "- 主题分类: 财政、审计",
        "",
        "江北省2023年度城乡居民基本医疗保险补助区域绩效自评表",
        "",
        one_line_rows(form_rows(form)),
        "",
        "附件：江北省2023年度城乡居民基本医疗保险补助区域绩效自评表.xlsx",
    )
    return Doc("transfer-one-line-rows-1.txt", "transfer-payment-evaluation",
               "江北省2023年度城乡居民基本医疗保险补助区域绩效自评表", "江北省医疗保障局", 2023, "2024-03-28",
               "11360000MB0234567T/2024-00088", text, form,
               accept={"indicators.5.target.value": [70, None], "indicators.5.target.unit": ["%", None]},
               notes="Every table row on one line with single spaces between cells (a Word table pasted as "
                     "text): merged level cells vanish, so rows have 3 to 6 cells. Metadata as a `- label: "
                     "value` list. The attachment line after the form is not part of it.")


# ------------------------------------------------------------------ 11
def project_one_line_form_2():
    form = Form(
        caption="长汀县项目支出绩效自评表", year_line="（2022年度）",
        head=[("项目名称", "城乡医疗救助资金"), ("主管部门", "长汀县医疗保障局", "实施单位", "长汀县医疗保障局")],
        funds_label="项目资金（万元）", funds_layout="national", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=520, budget=563.7, executed=563.7, weight="10", score="10"),
               FundRow("其中：当年财政拨款", initial=520, budget=563.7, executed=563.7, blank="—"),
               FundRow("上年结转资金", blank="—"),
               FundRow("其他资金", blank="—")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["落实医疗救助政策，减轻困难群众医疗费用负担，防止因病致贫返贫。"],
        achieved=["全年医疗救助2.16万人次，支出救助资金563.7万元，未发生因病致贫返贫。"],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标", "数量指标", "指标1:医疗救助人次", "≥2万人次", "2.16万人次", 20, 20),
              Ind(None, "质量指标", "指标1:救助政策落实到位率", "100%", "100%", 15, 15),
              Ind(None, "时效指标", "指标1:救助资金发放及时率", "100%", "100%", 15, 15),
              Ind("效益指标", "社会效益指标", "指标1:因病致贫返贫人数", "0人", "0人", 30, 30),
              Ind("满意度指标", "服务对象满意度指标", "指标1:救助对象满意度", "≥90%", "96%", 10, 10)],
        total=("总分", 100, 100))
    text = join(
        "长汀县医疗保障局城乡医疗救助资金绩效自评表.xlsx",
        "文档格式：xlsx  页数：1  上传时间：2023-05-16",
        "",
        one_line_form(form_rows(form)),
        "",
        "下载文档  收藏  分享",
    )
    return Doc("project-one-line-form-2.txt", "project-evaluation", "长汀县项目支出绩效自评表", "长汀县医疗保障局", 2022,
               None, None, text, form,
               accept={"metadata.title": ["长汀县项目支出绩效自评表", "长汀县医疗保障局城乡医疗救助资金绩效自评表",
                                          "长汀县项目支出绩效自评表（2022年度）"],
                       "metadata.publishedOn": [None, "2023-05-16"]},
               notes="A document-sharing site's text of a spreadsheet: the WHOLE form on one line, cells "
                     "separated by single spaces, merged cells vanished and empty cells gone. The file-name "
                     "line (…绩效自评表.xlsx) is the fallback title; the caption at the start of the form is the "
                     "title. 上传时间 is the upload date, not a publishing date (null; the date accepted).")


# ------------------------------------------------------------------ 12
def transfer_run_together_1():
    form = Form(
        caption="2022年度县级医疗保障专项资金绩效目标自评表",
        head=[("专项资金名称", "医疗保障服务能力建设资金"), ("县级主管部门", "桂川县医疗保障局", "实施单位", "桂川县医疗保障局")],
        funds_label="项目资金（万元）", funds_layout="transfer",
        funds=[FundRow("年度资金总额", budget=96.5, executed=96.5), FundRow("其中：中央、省、市补助县级资金", budget=60, executed=60),
               FundRow("其他资金", budget=36.5, executed=36.5)],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["完成医保经办网点标准化建设"], achieved=["完成8个乡镇医保经办网点标准化建设"],
        ind_columns=["年度指标值", "全年完成值", "未完成原因和改进措施"],
        inds=[Ind("产出指标", "数量指标", "标准化经办网点数", "8个", "8个"),
              Ind(None, "质量指标", "网点验收合格率", "100%", "100%"),
              Ind(None, "时效指标", "建设任务完成及时率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "群众就近办理医保业务比例", "≥80%", "86%"),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "95%")])
    flat = "".join("".join(c.replace("\n", "") for c in r if c) for r in form_rows(form))
    text = join(
        "2022年度县级医疗保障专项资金绩效目标自评表.docx",
        "《2022年度县级医疗保障专项资金绩效目标自评表.docx》由会员分享，可在线阅读。",
        "",
        "1、" + flat[:150],
        "2、" + flat[150:],
        "",
        "说明：本文档由桂川县医疗保障局提供",
    )
    return Doc("transfer-run-together-1.txt", "transfer-payment-evaluation",
               "2022年度县级医疗保障专项资金绩效目标自评表", "桂川县医疗保障局", 2022, None, None, text, form,
               funding=[f.gold() for f in form.funds], scores=None, goals=None,
               accept={"metadata.issuer": ["桂川县医疗保障局", None],
                       "metadata.kind": ["transfer-payment-evaluation", "project-evaluation"]},
               notes="A document-sharing site's extract where every cell of the form runs into the next with "
                     "no separator at all, cut into two numbered pieces mid-cell. The indicator block's header "
                     "runs together too (`绩效指标一级指标二级指标三级指标年度指标值全年完成值…`): its words say which "
                     "columns a row fills, so the rows are cut at their level labels and the values they end "
                     "with (`标准化经办网点数8个8个`): the indicators are in the gold. The funds amounts run "
                     "together with no unit between them (`96.596.5100.00%`): the 年度资金总额 row is cut where the "
                     "header's columns (预算数, 执行数, 执行率) give a rate that agrees, 96.5, 96.5, 100.00; the rows "
                     "glued after it (其中…, 其他资金, its figures in the second piece) are cut the same way on their "
                     "own rates. The goals block is not read.")



# ------------------------------------------------------------------ 13
def work_summary_fund_table_1():
    rows = [["项目", "收入（万元）", "支出（万元）", "当期结余（万元）", "累计结余（万元）"],
            ["职工基本医疗保险", "38652.4", "33218.9", "5433.5", "41276.3"],
            ["城乡居民基本医疗保险", "52108.7", "50936.2", "1172.5", "30518.6"],
            ["合计", "90761.1", "84155.1", "6606", "71794.9"]]
    text = join(
        "翠屏县人民政府网",
        "首页 > 政务公开 > 部门文件 > 县医疗保障局",
        "翠屏县医疗保障局2023年工作总结和2024年工作计划",
        "来源：县医保局办公室  2024-01-19 09:30",
        "",
        "    2023年，县医疗保障局在县委、县政府的坚强领导下，坚持以人民健康为中心，各项工作取得新成效。现将有关情况总结如下：",
        "一、2023年工作开展情况",
        "（一）医保基金运行平稳",
        "    全年医保基金收支情况如下表：",
        "",
        "表1  2023年翠屏县医保基金收支情况",
        pipe_rows(rows, trail=False),
        "",
        "    职工医保和居民医保基金均收大于支，累计结余可支付月数分别为14.9个月和7.2个月。",
        "（二）参保扩面持续推进",
        "    全县基本医保参保人数达到46.82万人，参保率稳定在96%以上。",
        "（三）基金监管高压态势持续保持",
        "    全年检查定点医药机构312家，追回医保基金386.7万元。",
        "二、存在的问题",
        "    一是居民医保参保积极性有所下降；二是医保经办服务数字化水平仍需提升。",
        "三、2024年工作计划",
        "    （一）持续巩固参保扩面成果；（二）深化支付方式改革；（三）加强基金监管。",
        "",
        "翠屏县医疗保障局",
        "2024年1月18日",
    )
    return Doc("work-summary-fund-table-1.txt", "work-summary", "翠屏县医疗保障局2023年工作总结和2024年工作计划",
               "翠屏县医疗保障局", 2023, "2024-01-19", None, text, None, funding=[], indicators=[], scores=None,
               sections=[("一、", "2023年工作开展情况"), ("二、", "存在的问题"), ("三、", "2024年工作计划")],
               accept={"metadata.publishedOn": ["2024-01-19", "2024-01-18"]},
               notes="NEGATIVE for funds: a work summary whose only table is 基金收支 (收入/支出/结余 by fund, "
                     "with a 合计 row). It is not a 资金投入 block: no funds rows, no indicators, no score. "
                     "publishedOn from an unlabelled `来源：… 2024-01-19 09:30` line (the signature date "
                     "2024-01-18 is accepted).")


# ------------------------------------------------------------------ 14
def work_summary_small_table_2():
    rows = [["主要指标", "年度目标", "上半年完成", "完成进度"],
            ["基本医保参保人数", "41.2万人", "40.86万人", "99.17%"],
            ["医保电子凭证激活率", "75%", "71.4%", "95.2%"],
            ["异地就医直接结算人次", "3.6万人次", "1.95万人次", "54.17%"]]
    text = join(
        "河阳市医疗保障局",
        "您当前的位置：首页 > 工作动态 > 工作总结",
        "",
        "河阳市医疗保障局2023年上半年工作总结",
        "发布日期：2023年07月14日    来源：市医保局    阅读：246",
        "",
        "    今年以来，市医疗保障局围绕“参保扩面、待遇落实、基金安全、服务便民”重点，扎实推进各项工作。",
        "一、主要工作完成情况",
        "    上半年主要指标完成情况见下表。",
        "",
        cell_per_line(rows, pipe=True, empty="omit"),
        "",
        "    （一）参保扩面。开展集中参保宣传月活动，新增参保1.2万人。",
        "    （二）待遇保障。落实门诊共济保障机制，普通门诊统筹报销比例提高到55%。",
        "二、存在的困难和问题",
        "    异地就医备案线上办理率仍然偏低。",
        "三、下半年工作打算",
        "    全力完成年度参保任务，推进医保电子凭证全场景应用。",
    )
    return Doc("work-summary-small-table-2.txt", "work-summary", "河阳市医疗保障局2023年上半年工作总结", "河阳市医疗保障局",
               2023, "2023-07-14", None, text, None, funding=[], indicators=[], scores=None, encoding="utf-16",
               sections=[("一、", "主要工作完成情况"), ("二、", "存在的困难和问题"), ("三、", "下半年工作打算")],
               notes="UTF-16LE with a BOM. A work summary with a small task table (主要指标 / 年度目标 / 上半年"
                     "完成 / 完成进度) one cell per line with ' |': not a 绩效指标 block (no 一级/二级/三级指标), "
                     "so no indicator rows; the table stays in tables.")


# ------------------------------------------------------------------ 15
def work_summary_prose_3():
    text = join(
        "分类：工作动态",
        "",
        "                   南屿县医疗保障局关于2022年度",
        "                   医疗保障工作情况的总结",
        "",
        "                 （2023年1月6日）",
        "",
        "    2022年，县医疗保障局认真贯彻落实上级决策部署，全县医疗保障事业持续健康发展。",
        "一、基本医疗保险参保情况",
        "    全县基本医疗保险参保23.61万人，其中职工医保4.12万人、城乡居民医保19.49万人，参保率96.3%。",
        "二、待遇保障情况",
        "    全年职工医保住院政策范围内报销比例为84.6%，居民医保为70.8%；医疗救助1.46万人次。",
        "三、基金监管情况",
        "    开展打击欺诈骗保专项整治，检查定点医药机构156家，追回基金及违约金合计112.3万元。",
        "四、存在问题",
        "    基层医保经办力量薄弱，信息化水平不高。",
        "五、2023年工作思路",
        "    （一）巩固参保覆盖面；（二）推进DRG付费改革；（三）提升经办服务水平。",
        "",
        "                                             南屿县医疗保障局",
    )
    return Doc("work-summary-prose-3.txt", "work-summary", "南屿县医疗保障局关于2022年度医疗保障工作情况的总结",
               "南屿县医疗保障局", 2022, None, None, text, None, funding=[], indicators=[], scores=None,
               encoding="gb18030",
               sections=[("一、", "基本医疗保险参保情况"), ("二、", "待遇保障情况"), ("三、", "基金监管情况"),
                         ("四、", "存在问题"), ("五、", "2023年工作思路")],
               accept={"metadata.publishedOn": [None, "2023-01-06"]},
               notes="GB18030 prose work summary with no table: a chrome line 分类：工作动态, the title centred "
                     "and wrapped over two lines (joined), a dated line under it (the date of the summary, "
                     "not a publishing date: null, the date accepted).")


# ------------------------------------------------------------------ 16
def department_cell_per_line_2():
    form = Form(
        caption="部门整体支出绩效自评表", year_line="（2023年度）",
        head=[("部门名称", "云岭市医疗保障局")],
        funds_label="年度预算资金（万元）", funds_layout="national", amount_style="comma",
        funds=[FundRow("年度资金总额", initial=2104.6, budget=2286.91, executed=2231.08, weight="10", score="9.76"),
               FundRow("其中：财政拨款", initial=1986.6, budget=2168.91, executed=2113.08),
               FundRow("上年结转资金", initial=118, budget=118, executed=118),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["1.基本医保参保率稳定在95%以上；", "2.完成DRG付费改革省级试点任务；", "3.医保基金不发生系统性风险。"],
        achieved=["1.全市参保率95.9%；", "2.DRG付费覆盖全市42家定点医疗机构；", "3.基金运行平稳，累计结余可支付9.6个月。"],
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "未完成原因分析"],
        inds=[Ind("产出指标", "数量指标", "基本医保参保人数", "≥286万人", "287.4万人", 10, 10),
              Ind(None, None, "DRG付费覆盖定点医疗机构数", "≥40家", "42家", 10, 10),
              Ind(None, "质量指标", "医保基金智能监控覆盖率", "100%", "100%", 10, 10),
              Ind(None, None, "异地就医住院费用直接结算率", "≥75%", "78.2%", 10, 10),
              Ind(None, "时效指标", "医保待遇审核支付时限", "≤20个工作日", "15个工作日", 10, 10),
              Ind("效益指标", "社会效益指标", "居民医保政策范围内住院费用基金支付比例", "≥70%", "70.4%", 10, 10),
              Ind(None, "经济效益指标", "追回违规使用医保基金", "≥500万元", "618.5万元", 10, 10),
              Ind(None, "可持续影响指标", "医保基金累计结余可支付月数", "≥6个月", "9.6个月", 10, 10),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "91.3%", 10, 9)],
        total=("总分", 100, 98.76))
    rows = form_rows(form)
    text = join(
        "云岭市医疗保障局2023年度部门整体支出绩效自评报告(2).docx_第1页",
        "",
        "索引号：114413000071234567/2024-00215",
        "发布机构：市医保局",
        "成文日期：2024-04-22",
        "发布日期：2024-04-25",
        "",
        "云岭市医疗保障局2023年度部门整体支出绩效自评报告",
        "",
        "一、部门概况",
        "    云岭市医疗保障局内设办公室、待遇保障科、医药服务管理科、基金监管科4个科室，所属事业单位1个。",
        "二、部门整体支出绩效目标及完成情况",
        "    2023年全年预算数2286.91万元，全年执行数2231.08万元，预算执行率97.56%。",
        "三、自评结论",
        "    经自评，2023年度部门整体支出绩效自评得分98.76分，等级为“优”。",
        "四、存在的问题和改进措施",
        "    参保群众满意度仍有提升空间，下一步将优化经办流程。",
        "",
        "附件：部门整体支出绩效自评表",
        "",
        cell_per_line(rows, empty="nbsp"),
        "",
        "云岭市医疗保障局",
        "2024年4月20日",
    )
    return Doc("department-cell-per-line-2.txt", "department-evaluation", "云岭市医疗保障局2023年度部门整体支出绩效自评报告",
               "云岭市医疗保障局", 2023, "2024-04-25", "114413000071234567/2024-00215", text, form,
               scores={"total": 98.76, "grade": "优"},
               accept={"metadata.publishedOn": ["2024-04-25", "2024-04-22"]},
               sections=[("一、", "部门概况"), ("二、", "部门整体支出绩效目标及完成情况"), ("三、", "自评结论"),
                         ("四、", "存在的问题和改进措施")],
               notes="A department report: a document viewer's caption (…自评报告(2).docx_第1页) before the "
                     "metadata, 发布机构 with the short form 市医保局 (full name in the title and signature), "
                     "成文日期 and 发布日期 (publishedOn is 发布日期), prose sections, then the 自评表 one cell per "
                     "line with empty cells as a lone NBSP. Goals end in ；. Grade 优 from the prose.")



# ------------------------------------------------------------------ 17
DEPT_FUNDS_FULL = [
    FundRow("年度资金总额", initial=3120.5, budget=3388.2, executed=3301.6, weight="10"),
    FundRow("按收入性质分：", heading=True),
    FundRow("其中：财政拨款", initial=2980.5, budget=3248.2, executed=3168.4),
    FundRow("财政专户管理资金", initial=60, budget=60, executed=55.2),
    FundRow("单位资金", initial=40, budget=40, executed=38),
    FundRow("上年结转资金", initial=40, budget=40, executed=40),
    FundRow("其他资金"),
    FundRow("按支出性质分：", heading=True),
    FundRow("其中：基本支出", initial=1820.3, budget=1856.7, executed=1856.7),
    FundRow("项目支出", initial=1300.2, budget=1531.5, executed=1444.9)]


def department_pipe_weights_total_3():
    form = Form(
        caption="东湖区民政局2022年度部门整体支出绩效自评表", year_line=None,
        head=[("部门（单位）名称", "东湖区民政局")],
        funds_label="年度预算资金（万元）", funds_layout="national", amount_style="fixed", funds=DEPT_FUNDS_FULL,
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["保障城乡低保、特困供养等困难群众基本生活，提升养老服务能力。"],
        achieved=["按时足额发放各类救助资金，新建社区养老服务站6个。"],
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        inds=[Ind("产出指标", "数量指标", "城乡低保保障人数", "≥4200人", "4316人", 15),
              Ind(None, None, "新建社区养老服务站数量", "6个", "6个", 10),
              Ind(None, "质量指标", "救助资金发放准确率", "100%", "100%", 15),
              Ind(None, "时效指标", "救助资金按月发放率", "100%", "100%", 10),
              Ind("效益指标", "社会效益指标", "困难群众基本生活保障水平", "稳步提高", "稳步提高", 20),
              Ind(None, "可持续影响指标", "社会救助体系运行", "持续稳定", "持续稳定", 10),
              Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93.6%", 10)],
        total=("合计", 100, None))
    text = join(
        "东湖区人民政府 >> 信息公开 >> 区民政局 >> 财政预决算",
        "东湖区民政局2022年度部门整体支出绩效自评表",
        "【发布时间：2023-08-30 16:05】【来源：东湖区民政局】【字号：大 中 小】",
        "",
        pipe_rows(form_rows(form)),
        "",
        "【打印本页】【关闭窗口】",
    )
    return Doc("department-pipe-weights-total-3.txt", "department-evaluation", "东湖区民政局2022年度部门整体支出绩效自评表",
               "东湖区民政局", 2022, "2023-08-30", None, text, form, crlf=True,
               notes="A department form (not 医保) as pipe rows, CRLF. Funds rows of every kind: 年度资金总额, "
                     "按收入性质分 (a group label, not a row) 财政拨款 / 财政专户管理资金 / 单位资金 / 上年结转资金 / "
                     "其他资金 (blank → nulls), 按支出性质分 基本支出 / 项目支出. Weights filled, every 得分 empty, "
                     "the 合计 row sums the weights only: no score (scores null).")


# ------------------------------------------------------------------ 18
def transfer_layout_page_break_3():
    form = Form(
        ind_columns=["指标值", "全年实际完成值", "未完成原因"],
        inds=[Ind("产出指标", "数量指标", "耕地地力保护补贴发放面积", "≥86.5万亩", "86.92万亩"),
              Ind(None, None, "补贴发放农户数", "≥12万户", "12.34万户"),
              Ind(None, "质量指标", "补贴资金兑付准确率", "100%", "100%"),
              Ind(None, None, "补贴面积核实抽查合格率", "≥98%", "99.2%"),
              Ind(None, "时效指标", "补贴资金兑付完成时间", "6月30日前", "6月25日"),
              Ind("效益指标", "经济效益指标", "亩均补贴标准", "≥105元/亩", "108元/亩"),
              Ind(None, "生态效益指标", "耕地地力保护意识", "明显增强", "明显增强"),
              Ind(None, "可持续影响指标", "耕地撂荒面积", "逐年减少", "逐年减少"),
              Ind("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%", "95.1%")])
    widths = [8, 18, 22, 12, 14, 10]
    header = layout_lines([["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因"]], widths, indent=4)
    ind_lines = layout_indicators(form, widths, indent=4, l1="spill", l2="once", break_after=3, footer="- 2 -",
                                  repeat_header=True, header_lines=header, wrap={1: 12, 3: 16},
                                  label_widths=(2, None))
    form.funds = [FundRow("年度资金总额", budget=9183.6, executed=9127.42),
                  FundRow("其中：中央财政资金", budget=9183.6, executed=9127.42),
                  FundRow("地方资金"), FundRow("其他资金")]
    funds_lines = layout_lines([["资金投入情况（万元）", "全年预算数", "全年执行数", "执行率"]]
                               + [funds_cells(r, "transfer", "comma") for r in form.funds], [20, 12, 12, 10], indent=4)
    form.planned = ["按照耕地地力保护补贴政策要求，足额兑付补贴资金，引导农民加强农业生态资源保护，自觉提升耕地地力。"]
    form.achieved = ["全市兑付耕地地力保护补贴9127.42万元，惠及农户12.34万户，补贴面积86.92万亩，耕地撂荒面积逐年减少。"]
    text = join(
        "                         丰渠市2022年度耕地地力保护补贴资金",
        "                              区域绩效自评表",
        "",
        "    填报单位：丰渠市农业农村局                                       单位：万元",
        "",
    ) + "\n" + "\n".join(funds_lines) + "\n\n" + join(
        "    年度总体    年初设定目标                                全年实际完成情况",
        "    目标        按照耕地地力保护补贴政策要求，足额兑付补    全市兑付耕地地力保护补贴9127.42万元，",
        "                贴资金，引导农民加强农业生态资源保护，自    惠及农户12.34万户，补贴面积86.92万亩，",
        "                觉提升耕地地力。                            耕地撂荒面积逐年减少。",
        "",
    ) + "\n" + "\n".join(ind_lines) + "\n" + join(
        "",
        "    注：补贴面积以农业农村部门核实的确权承包地面积为准。",
        "",
        "                                    - 3 -",
    )
    return Doc("transfer-layout-page-break-3.txt", "transfer-payment-evaluation", "丰渠市2022年度耕地地力保护补贴资金区域绩效自评表",
               "丰渠市农业农村局", 2022, None, None, text, form,
               notes="pdftotext -layout of a region form from an agriculture body: title centred over two "
                     "lines, funds in 全年预算数/全年执行数/执行率 with comma amounts and two blank rows "
                     "(nulls), goals wrapped inside their cells, level-1 labels spilled one character a line "
                     "(产 / 出 / 指 / 标), level-2 once, two names wrapped, a page break (`- 2 -`, form feed) "
                     "with the header repeated, a 注 line after the table (not an indicator). The 时效 target "
                     "6月30日前 has no value.")


# ------------------------------------------------------------------ 19
def project_cell_per_line_split_columns_4():
    form = Form(
        caption="项目支出绩效自评表", year_line="（2023年度）",
        head=[("项目名称", "长期护理保险试点工作经费"), ("主管部门", "澄江市医疗保障局", "实施单位", "澄江市医疗保障事务中心")],
        funds_label="项目资金（万元）", funds_layout="national", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=120, budget=135, executed=131.4, weight="10", score="9.7"),
               FundRow("其中：财政拨款", initial=120, budget=135, executed=131.4),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["推进长期护理保险试点，完成失能等级评估，保障重度失能人员护理待遇。"],
        achieved=["完成失能评估2816人次，1932名重度失能人员享受护理待遇，试点运行平稳。"],
        ind_columns=["指标性质", "指标值", "度量单位", "分值", "实际完成值", "得分", "偏差原因分析及改进措施"],
        inds=[Ind("产 出 指 标", "数量指标", "失能等级评估人次", ("≥", "2500", "人次"), "2816人次", 15, 15),
              Ind(None, None, "享受护理待遇人数", ("≥", "1800", "人"), "1932人", 10, 10),
              Ind(None, "质量指标", "失能评估复核准确率", ("≥", "98", "%"), "99.1%", 10, 10),
              Ind(None, "时效指标", "护理费用结算周期", ("≤", "30", "天"), "25天", 10, 10),
              Ind(None, "成本指标", "人均月度护理费用基金支付", ("≤", "1800", "元"), "1650元", 5, 5),
              Ind("效益\n指标", "社会效益\n指标", "失能人员家庭照护负担", ("定性", "有效减轻", ""), "有效减轻", 15, 15),
              Ind(None, "可持续影响\n指标", "长期护理保险制度框架", ("定性", "基本建立", ""), "基本建立", 15, 14),
              Ind("满意\n度指\n标", "服务对象\n满意度指标", "失能人员及家属满意度", ("≥", "90", "%"), "92.8%", 10, 10)],
        total=("总分", 100, 98.7))
    text = join(
        "澄江市医疗保障局",
        "当前位置：首页>>政务公开>>财政资金>>项目绩效",
        "澄江市医疗保障局2023年度长期护理保险试点工作经费绩效自评",
        "时间：2024-05-30  来源：市医疗保障局",
        "",
        cell_per_line(form_rows(form), blank=True, empty="space"),
    )
    return Doc("project-cell-per-line-split-columns-4.txt", "project-evaluation",
               "澄江市医疗保障局2023年度长期护理保险试点工作经费绩效自评", "澄江市医疗保障局", 2023, "2024-05-30", None,
               text, form, encoding="gb18030",
               notes="GB18030, one cell per line with a blank line after each cell and empty cells as a lone "
                     "space. Split target columns 指标性质/指标值/度量单位 (raw = concatenation; 定性 is no "
                     "operator); level labels spaced (`产 出 指 标`) or broken inside the cell (`效益` / `指标`, "
                     "`满意` / `度指` / `标`, `服务对象` / `满意度指标`). 总分 98.7 = funds 9.7 + 89.")



# ------------------------------------------------------------------ 20
def project_layout_split_columns_3():
    form = Form(
        ind_columns=["指标性质", "指标值", "度量单位", "权重", "实际完成值", "得分", "偏差原因"],
        inds=[Ind("产出指标", "数量指标", "门诊慢特病鉴定人次", ("≥", "3000", "人次"), "3245人次", 15, 15),
              Ind(None, None, "医保业务培训场次", ("≥", "6", "场"), "8场", 10, 10),
              Ind(None, "质量指标", "慢特病鉴定准确率", ("≥", "98", "%"), "98.6%", 10, 10),
              Ind(None, "时效指标", "鉴定结果告知时限", ("≤", "15", "个工作日"), "10个工作日", 10, 10),
              Ind(None, "成本指标", "人均鉴定费用", ("≤", "120", "元"), "112元", 5, 5),
              Ind("效益指标", "社会效益指标", "慢特病患者门诊费用负担", ("定性", "有所减轻", ""), "有所减轻", 20, 18,
                  note="部分病种用药目录调整滞后"),
              Ind(None, "可持续影响指标", "慢特病管理制度", ("定性", "健全", ""), "健全", 10, 10),
              Ind("满意度指标", "服务对象满意度指标", "参保患者满意度", ("≥", "90", "%"), "94.2%", 10, 10)],
        total=("合计", 100, 97.8))
    widths = [10, 18, 20, 8, 6, 10, 4, 10, 4, 12]
    header = layout_lines([["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "实际完成值", "得分",
                            "偏差原因"]], widths, indent=0)
    ind_lines = layout_indicators(form, widths, l1="once", l2="once", break_after=None, header_lines=header,
                                  wrap={0: 14})
    form.funds = [FundRow("年度资金总额", initial=64, budget=64, executed=62.5, weight="10", score="9.8"),
                  FundRow("其中：本年财政拨款", initial=64, budget=64, executed=62.5), FundRow("上年结转资金")]
    funds_lines = layout_lines([["预算执行情况", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"]]
                               + [funds_cells(r, "adjusted", "plain") for r in form.funds], [18, 8, 12, 10, 10, 4, 4])
    text = join(
        "部门预算项目支出绩效自评表（2023年度）",
        "",
        "项目名称      51012324T000003456789-门诊慢特病鉴定工作经费",
        "主管部门      金川县医疗保障局                  实施单位（盖章）    金川县医疗保障事务中心",
        "",
    ) + "\n" + "\n".join(funds_lines) + "\n\n" + "\n".join(ind_lines) + "\n" + \
        layout_lines([form.total_cells()], widths)[0] + "\n" + join(
        "",
        "评价结论      项目自评得分97.8分，年度绩效目标基本完成。",
        "存在问题      部分慢特病病种用药目录调整滞后。",
        "改进措施      及时调整用药目录，加强政策宣传。",
        "项目负责人：王明远                              财务负责人：孙丽",
    )
    return Doc("project-layout-split-columns-3.txt", "project-evaluation", "部门预算项目支出绩效自评表（2023年度）",
               "金川县医疗保障局", 2023, None, None, text, form,
               accept={"metadata.title": ["部门预算项目支出绩效自评表（2023年度）", "部门预算项目支出绩效自评表"],
                       "metadata.issuer": ["金川县医疗保障局", "金川县医疗保障事务中心"]},
               notes="pdftotext -layout of a Sichuan-style form: the caption is the only title; split columns "
                     "指标性质/指标值/度量单位 in narrow layout columns (度量单位 个工作日 wraps); level cells once "
                     "per group; the first name wrapped; funds 年初预算/调整后预算数/预算执行数/预算执行率/权重/得分; "
                     "合计 100 / 97.8; 评价结论/存在问题/改进措施/项目负责人 lines after the table. issuer is "
                     "主管部门 (the 实施单位 accepted).")


# ------------------------------------------------------------------ 21
def transfer_pipe_placeholders_3():
    form = Form(
        caption="转移支付项目绩效目标自评表", year_line="（2023年度）",
        head=[("转移支付（项目）名称", "医疗保障服务能力提升补助资金（医保信息化）"), ("中央主管部门", "国家医疗保障局"),
              ("地方主管部门", "峰口县医疗保障局", "资金使用单位", "峰口县医疗保障局")],
        funds_label="资金投入情况（万元）", funds_layout="transfer", amount_style="plain",
        funds=[FundRow("年度资金总额：", budget=158, executed=146.2),
               FundRow("其中：中央财政资金", budget=120, executed=112.6),
               FundRow("地方资金", budget=38, executed=33.6),
               FundRow("其他资金", blank="/")],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["完成医保信息平台县级接入和网络安全等级保护测评，推广医保电子凭证。"],
        achieved=["医保信息平台县级全面接入，通过等保三级测评，医保电子凭证激活率达到78.5%。"],
        ind_columns=["年度指标值", "实际完成值", "未完成原因和改进措施"],
        inds=[Ind("产出指标", "数量指标", "指标1：接入医保信息平台的定点医药机构数", "≥210家", "226家"),
              Placeholder("指标2：", ""),
              Placeholder("……", "……"),
              Ind(None, "质量指标", "指标1：网络安全等级保护测评", "通过", "通过"),
              Placeholder("指标2：", "/"),
              Ind(None, "时效指标", "指标1：项目建设完成时限", "12月底前", "11月底"),
              Placeholder("……", ""),
              Ind("效益指标", "社会效益指标", "指标1：医保电子凭证激活率", "≥75%", "78.5%"),
              Placeholder("指标2：", "/"),
              Ind(None, "可持续影响指标", "指标1：医保信息系统稳定运行", "长期", "长期"),
              Ind("满意度指标", "服务对象满意度指标", "指标1：参保群众满意度", "≥85%", "88.2%")],
        after=[("说明", "无"), ("填报单位：峰口县医疗保障局（盖章）    联系人：黄晓燕    联系电话：0833-5201168", None)])
    text = join(
        "峰口县人民政府",
        "首页 >> 政务公开 >> 重点领域 >> 财政资金",
        "峰口县医疗保障局2023年度医疗保障服务能力提升补助资金绩效自评",
        "发布日期：2024年06月03日  浏览次数：88  字体：大 中 小",
        "",
        pipe_rows(form_rows(form)),
    )
    return Doc("transfer-pipe-placeholders-3.txt", "transfer-payment-evaluation",
               "峰口县医疗保障局2023年度医疗保障服务能力提升补助资金绩效自评", "峰口县医疗保障局", 2023, "2024-06-03", None,
               text, form,
               accept={"indicators.2.target.value": [None, 12], "indicators.2.target.unit": [None, "月"],
                       "indicators.2.actual.value": [None, 11], "indicators.2.actual.unit": [None, "月"]},
               notes="Pipe rows of a transfer 项目 form whose template rows were left in: placeholder rows "
                     "指标2： (empty or /) and …… are dropped; names keep their 指标1： prefix as written. "
                     "其他资金 written / (nulls). A 说明 row and the 填报单位 line after the table are not "
                     "indicators.")


# ------------------------------------------------------------------ 22
def transfer_one_line_form_3():
    form = Form(
        caption="重大传染病防控经费区域绩效自评表", year_line="（2022年度）",
        head=[("转移支付名称", "重大传染病防控经费"), ("省级主管部门", "省卫生健康委员会"),
              ("实施单位", "栖霞湾市卫生健康委员会")],
        funds_label="资金投入情况（万元）", funds_layout="transfer", amount_style="plain",
        funds=[FundRow("年度资金总额", budget=742.8, executed=702.35),
               FundRow("其中：中央补助", budget=612.8, executed=578.6),
               FundRow("地方资金", budget=130, executed=123.75)],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["落实艾滋病、结核病等重大传染病防控措施，降低发病率。"],
        achieved=["重大传染病报告发病率低于全省平均水平，无暴发疫情。"],
        ind_columns=["年度指标值", "全年实际完成值", "未完成原因和改进措施"],
        inds=[Ind("产出指标", "数量指标", "艾滋病高危人群检测人次", "≥1.8万人次", "2.03万人次"),
              Ind(None, None, "肺结核患者筛查人数", "≥6500人", "6812人"),
              Ind(None, "质量指标", "肺结核患者规范管理率", "≥90%", "93.4%"),
              Ind(None, "时效指标", "传染病疫情报告及时率", "≥95%", "99.2%"),
              Ind("效益指标", "社会效益指标", "重大传染病疫情暴发", "无", "无"),
              Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥85%", "90.6%")])
    text = join(
        "栖霞湾市卫生健康委员会重大传染病防控经费区域绩效自评表_第1页",
        "",
        one_line_form(form_rows(form)),
        "",
        "本文档来源于网络，如有侵权请联系删除",
    )
    return Doc("transfer-one-line-form-3.txt", "transfer-payment-evaluation", "重大传染病防控经费区域绩效自评表",
               "栖霞湾市卫生健康委员会", 2022, None, None, text, form, encoding="gb18030",
               accept={"metadata.title": ["重大传染病防控经费区域绩效自评表", "栖霞湾市卫生健康委员会重大传染病防控经费区域绩效自评表",
                                          "重大传染病防控经费区域绩效自评表（2022年度）"]},
               notes="GB18030, a health body's region form: the whole form on ONE line with single spaces "
                     "between cells under a viewer caption ending _第1页 (chrome, not the title).")



# ------------------------------------------------------------------ 23
def department_one_line_rows_2():
    form = Form(
        caption="部门整体支出绩效自评表", year_line="（2022年度）",
        head=[("部门名称", "瑶台县医疗保障局", "填报日期", "2023年3月15日")],
        funds_label="年度预算资金（万元）", funds_layout="national", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=486.3, budget=512.8, executed=498.6, weight="10", score="9.72"),
               FundRow("按收入性质分：", heading=True),
               FundRow("其中：财政拨款", initial=486.3, budget=512.8, executed=498.6),
               FundRow("其他资金"),
               FundRow("按支出性质分：", heading=True),
               FundRow("其中：基本支出", initial=402.1, budget=410.6, executed=410.6),
               FundRow("项目支出", initial=84.2, budget=102.2, executed=88)],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["全县基本医保参保率稳定在95%以上，医保基金收支平衡。"],
        achieved=["全县基本医保参保率96.1%，医保基金收支平衡略有结余。"],
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        inds=[Ind("产出指标", "数量指标", "基本医保参保人数", "≥15.6万人", "15.82万人", 15, 15),
              Ind(None, "质量指标", "基本医保参保率", "≥95%", "96.1%", 15, 15),
              Ind(None, "时效指标", "医保待遇支付及时率", "100%", "100%", 10, 10),
              Ind(None, "成本指标", "“三公”经费控制率", "≤100%", "86.4%", 10, 10),
              Ind("效益指标", "社会效益指标", "参保群众就医负担", "有所减轻", "有所减轻", 20, 20),
              Ind(None, "可持续影响指标", "医保基金运行", "收支平衡", "收支平衡略有结余", 10, 10),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "89.2%", 10, 9,
                  note="异地就医备案流程宣传不够")],
        total=("总分", 100, 98.72))
    text = join(
        "瑶台县人民政府 政务公开 部门信息",
        "瑶台县医疗保障局2022年度部门整体支出绩效自评表",
        "发布时间：2023年4月6日  发布单位：县医保局",
        "",
        one_line_rows(form_rows(form)),
    )
    return Doc("department-one-line-rows-2.txt", "department-evaluation", "瑶台县医疗保障局2022年度部门整体支出绩效自评表",
               "瑶台县医疗保障局", 2022, "2023-04-06", None, text, form,
               notes="A department form with every row on one line and single spaces between cells (merged "
                     "cells gone). 按收入性质分/按支出性质分 group labels stand alone on their lines; 其他资金 "
                     "alone (nulls). publishedOn from `发布时间：2023年4月6日`; issuer short form in 发布单位, "
                     "full name in the title and the form.")


# ------------------------------------------------------------------ 24
def transfer_cell_per_line_prose_after_3():
    form = Form(
        caption="转移支付项目绩效目标自评表", year_line="（2023年度）",
        head=[("转移支付（项目）名称", "城乡医疗救助补助资金"), ("中央主管部门", "国家医疗保障局"),
              ("地方主管部门", "溪口县医疗保障局", "资金使用单位", "溪口县医疗保障局")],
        funds_label="资金投入情况（万元）", funds_layout="transfer", amount_style="plain",
        funds=[FundRow("年度资金总额：", budget=1264.8, executed=1264.8),
               FundRow("其中：中央财政资金", budget=826, executed=826),
               FundRow("彩票公益金", budget=40, executed=40),
               FundRow("地方资金", budget=398.8, executed=398.8),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["资助困难群众参保，实施住院和门诊医疗救助，防范因病返贫致贫。"],
        achieved=["资助参保2.31万人，医疗救助3.62万人次，未发生规模性因病返贫致贫。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "资助参保人数", "≥2.2万人", "2.31万人"),
              Ind(None, None, "医疗救助人次", "≥3.5万人次", "3.62万人次"),
              Ind(None, "质量指标", "重点救助对象年度限额内住院救助比例", "≥70%", "71.8%"),
              Ind(None, "时效指标", "救助资金拨付及时率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "规模性因病返贫致贫", "不发生", "未发生"),
              Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "94.5%")],
        after=[("评价结论", "2023年度城乡医疗救助补助资金全部拨付到位，各项绩效指标全部完成。"),
               ("存在问题", "1.部分救助对象信息共享不及时；2.一站式结算覆盖面有待扩大。"),
               ("改进措施", "1.加强与民政、乡村振兴部门数据比对；2.推进定点医疗机构一站式结算全覆盖。")])
    text = join(
        "溪口县人民政府网",
        "溪口县医疗保障局2023年度城乡医疗救助补助资金绩效自评表",
        "发布时间：2024-04-11 08:50:12",
        "",
        cell_per_line(form_rows(form), empty="omit"),
        "",
        "填报人：何丽萍                审核人：杜建国",
        "溪口县医疗保障局",
        "2024年4月8日",
    )
    return Doc("transfer-cell-per-line-prose-after-3.txt", "transfer-payment-evaluation",
               "溪口县医疗保障局2023年度城乡医疗救助补助资金绩效自评表", "溪口县医疗保障局", 2023, "2024-04-11", None,
               text, form, crlf=True,
               notes="CRLF, one cell per line with empty cells vanished. After the table: 评价结论 / 存在问题 / "
                     "改进措施 with numbered points (1.… 2.…), then 填报人/审核人, the body's name and a date — none "
                     "of them indicator rows. publishedOn from `发布时间：2024-04-11 08:50:12`.")


# ------------------------------------------------------------------ 25
def work_summary_fund_table_4():
    rows = [["项目", "预算数（万元）", "执行数（万元）", "完成率"],
            ["基金收入", "61820", "62357.4", "100.87%"],
            ["其中：征缴收入", "38470", "38912.6", "101.15%"],
            ["财政补贴收入", "21650", "21650", "100.00%"],
            ["基金支出", "58360", "57104.8", "97.85%"],
            ["当期结余", "3460", "5252.6", "151.81%"]]
    text = join(
        "                 鹿鸣市医疗保障局",
        "       2022年工作总结及2023年工作要点",
        "",
        "    2022年，市医疗保障局坚持稳中求进工作总基调，医保基金运行总体平稳，待遇保障水平稳步提高。",
        "一、医保基金收支情况",
        "    全市职工和城乡居民基本医疗保险基金预算执行情况如下：",
        "",
    ) + "\n" + "\n".join(layout_lines(rows, [16, 14, 14, 10], indent=4)) + "\n\n" + join(
        "    基金收入完成预算的100.87%，支出完成预算的97.85%，收支平衡略有结余。",
        "二、重点工作推进情况",
        "    （一）全面落实门诊共济保障机制改革。",
        "    （二）DRG付费改革覆盖全市所有二级及以上定点医疗机构。",
        "三、2023年工作要点",
        "    持续推进支付方式改革，巩固提升医保基金监管质效。",
        "",
        "                                                      — 2 —",
    )
    return Doc("work-summary-fund-table-4.txt", "work-summary", "鹿鸣市医疗保障局2022年工作总结及2023年工作要点",
               "鹿鸣市医疗保障局", 2022, None, None, text, None, funding=[], indicators=[], scores=None,
               encoding="gb18030",
               sections=[("一、", "医保基金收支情况"), ("二、", "重点工作推进情况"), ("三、", "2023年工作要点")],
               notes="NEGATIVE for funds, GB18030, pdftotext layout: the title centred over two lines; the "
                     "only table is the medical-insurance FUND's 收支 budget execution (基金收入/基金支出/当期"
                     "结余 with 预算数/执行数/完成率 columns). It is not the report's 资金投入 block, so no funds "
                     "rows, no indicators, no score.")


# ------------------------------------------------------------------ 26
def project_pipe_prose_after_4():
    form = Form(
        caption="项目支出绩效自评表", year_line="（2022年度）",
        head=[("项目名称", "医保定点医药机构智能监控系统运维"), ("主管部门", "柏溪市医疗保障局", "实施单位", "柏溪市医疗保障信息中心")],
        funds_label="项目资金（万元）", funds_layout="national", amount_style="wan",
        funds=[FundRow("年度资金总额", initial=96, budget=96, executed=88.32, weight="10", score="9.2"),
               FundRow("其中：财政拨款", initial=96, budget=96, executed=88.32),
               FundRow("上年结转资金"),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["保障智能监控系统全年稳定运行，实现定点医药机构结算数据事前提醒、事中审核全覆盖。"],
        achieved=["系统全年可用率99.7%，覆盖全市1382家定点医药机构，拦截疑似违规费用216.4万元。"],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标", "数量指标", "接入智能监控的定点医药机构数", "≥1300家", "1382家", 20, 20),
              Ind(None, "质量指标", "系统全年可用率", "≥99.5%", "99.7%", 15, 15),
              Ind(None, "时效指标", "故障响应时间", "≤2小时", "1.5小时", 15, 15),
              Ind("效益指标", "经济效益指标", "拦截疑似违规费用", "≥150万元", "216.4万元", 15, 15),
              Ind(None, "社会效益指标", "医保基金使用规范性", "明显提高", "明显提高", 15, 13),
              Ind("满意度指标", "服务对象满意度指标", "定点医药机构使用满意度", "≥85%", "83.6%", 10, 8,
                  note="审核规则提示信息不够清晰，已优化提示文字")],
        total=("总分", 100, 95.2))
    text = join(
        "柏溪市医疗保障局2022年度医保定点医药机构智能监控系统运维项目绩效自评",
        "发布日期：2023-05-22",
        "",
        pipe_rows(form_rows(form)),
        "",
        "一、自评结论",
        "    项目自评得分95.2分，评价等级为优。",
        "二、存在问题",
        "    1.系统审核规则更新不够及时，部分新增违规情形不能识别；",
        "    2.定点医药机构对提示信息的理解存在偏差，满意度83.6%，未达到85%的目标。",
        "三、改进措施",
        "    1.建立审核规则季度更新机制；",
        "    2.加强对定点医药机构的操作培训。",
        "",
        "柏溪市医疗保障局",
        "2023年5月18日",
    )
    return Doc("project-pipe-prose-after-4.txt", "project-evaluation",
               "柏溪市医疗保障局2022年度医保定点医药机构智能监控系统运维项目绩效自评", "柏溪市医疗保障局", 2022,
               "2023-05-22", None, text, form, scores={"total": 95.2, "grade": "优"},
               sections=[("一、", "自评结论"), ("二、", "存在问题"), ("三、", "改进措施")],
               notes="Pipe rows with amounts in 万, then PROSE after the table: numbered problems and measures "
                     "(1.… 2.…) holding numbers and percentages that must not become indicator rows; a "
                     "signature. Grade 优 from the prose.")



# ------------------------------------------------------------------ 27
def department_layout_blank_level1_4():
    form = Form(
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        inds=[Ind("产出指标", "数量指标", "职工医保参保人数", "≥9.8万人", "10.06万人", 10, 10),
              Ind(None, None, "城乡居民医保参保人数", "≥42万人", "41.37万人", 10, 8, note="外出务工人员在外地参保"),
              Ind(None, "质量指标", "医保目录内药品挂网采购率", "≥95%", "97.8%", 10, 10),
              Ind(None, None, "医保经办业务差错率", "≤1%", "0.4%", 10, 10),
              Ind(None, "时效指标", "医疗费用手工报销办结时限", "≤20个工作日", "12个工作日", 10, 10),
              Ind("效益指标", "社会效益指标", "政策范围内住院费用基金支付比例", "≥75%", "76.9%", 15, 15),
              Ind(None, "可持续影响指标", "医保基金风险防控", "无系统性风险", "无系统性风险", 15, 15),
              Ind("满意度指标", "服务对象满意度指标", "参保单位和群众满意度", "≥90%", "93%", 10, 10)],
        total=("总分", 100, 97.78))
    widths = [8, 14, 20, 12, 12, 4, 6, 14]
    header = layout_lines([["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]],
                          widths, indent=2)
    ind_lines = layout_indicators(form, widths, indent=2, l1="blank", l2="spill", break_after=3, footer="第 3 页",
                                  repeat_header=False, header_lines=header, wrap={5: 16}, label_widths=(None, 8))
    form.funds = [FundRow("总额", initial=1862.4, budget=1935.6, executed=1893.4, weight="10", score="9.78"),
                  FundRow("其中：财政拨款", initial=1702.4, budget=1775.6, executed=1741.2),
                  FundRow("财政专户管理资金", initial=120, budget=120, executed=112.2),
                  FundRow("单位资金", initial=40, budget=40, executed=40),
                  FundRow("其他资金")]
    funds_lines = layout_lines([["资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
                               + [funds_cells(r, "national", "fixed") for r in form.funds], [18, 10, 10, 10, 4, 8, 4],
                               indent=2)
    text = join(
        "  洛川湾市医疗保障局2023年度部门整体支出绩效自评表",
        "",
    ) + "\n" + "\n".join(funds_lines) + "\n\n" + "\n".join(ind_lines) + "\n" + \
        layout_lines([form.total_cells()], widths, indent=2)[0] + "\n" + join(
        "",
        "  单位负责人：马晓东        财务负责人：刘芳        填表人：曾琳",
        "",
        "                                   第 4 页",
    )
    return Doc("department-layout-blank-level1-4.txt", "department-evaluation", "洛川湾市医疗保障局2023年度部门整体支出绩效自评表",
               "洛川湾市医疗保障局", 2023, None, None, text, form,
               notes="pdftotext layout of a department form: funds block labelled 总额 with 财政拨款 / 财政专户管理"
                     "资金 / 单位资金 / 其他资金 (blank → nulls); level-1 cells blank throughout (level1 from "
                     "level2); level-2 labels spilled in four-character pieces (可持续影 / 响指标); a wrapped "
                     "name; a page break with a `第 3 页` footer and no repeated header. 总分 97.78 = 9.78 + 88.")


# ------------------------------------------------------------------ 28
def project_cell_per_line_pipe_5():
    form = Form(
        caption="项目支出绩效自评表", year_line="（2022年度）",
        head=[("项目名称", "残疾儿童康复救助项目"), ("主管部门", "302-安平县残疾人联合会", "实施单位", "安平县残疾人康复服务中心")],
        funds_label="项目资金（万元）", funds_layout="national", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=186, budget=214.5, executed=209.7, weight="10", score="9.78"),
               FundRow("其中：财政拨款", initial=150, budget=178.5, executed=176.1),
               FundRow("财政专户管理资金", initial=24, budget=24, executed=21.6),
               FundRow("单位资金", initial=12, budget=12, executed=12),
               FundRow("上年结转资金"),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["为0-6岁残疾儿童提供康复救助，提高残疾儿童康复服务覆盖率。"],
        achieved=["全年救助残疾儿童286名，康复服务覆盖率达到100%。"],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标", "数量指标", "康复救助残疾儿童人数", "≥260人", "286人", 20, 20),
              Ind(None, "质量指标", "康复训练达标率", "≥85%", "88.5%", 15, 15),
              Ind(None, "时效指标", "救助资金拨付及时率", "100%", "100%", 15, 15),
              Ind("效益指标", "社会效益指标", "残疾儿童康复服务覆盖率", "≥95%", "100%", 30, 30),
              Ind("满意度指标", "服务对象满意度指标", "残疾儿童家长满意度", "≥90%", "96.2%", 10, 10)],
        total=("总分", 100, 99.78))
    text = join(
        "安平县人民政府",
        "首页 > 政府信息公开 > 县残联 > 财政预决算",
        "• 发布机构",
        "县残联",
        "• 发布日期",
        "2023-06-19",
        "• 索引号",
        "11330424002345678K/2023-00052",
        "",
        "安平县残疾人联合会2022年度残疾儿童康复救助项目支出绩效自评表",
        "",
        cell_per_line(form_rows(form), pipe=True, empty="nbsp"),
    )
    return Doc("project-cell-per-line-pipe-5.txt", "project-evaluation",
               "安平县残疾人联合会2022年度残疾儿童康复救助项目支出绩效自评表", "安平县残疾人联合会", 2022, "2023-06-19",
               "11330424002345678K/2023-00052", text, form,
               notes="A body other than 医保: one cell per line with ' |' and empty cells as a lone NBSP; bullet "
                     "metadata with each value on the next line and the short form 县残联; a budget code "
                     "302- before the 主管部门 name (dropped); funds with 财政拨款 / 财政专户管理资金 / 单位资金 "
                     "/ 上年结转资金 / 其他资金.")


# ------------------------------------------------------------------ 29
def transfer_one_line_rows_4():
    form = Form(
        caption="转移支付区域绩效自评表", year_line="（2022年度）",
        head=[("转移支付名称", "医疗保障服务能力建设补助资金"), ("地方主管部门", "湄阳市医疗保障局")],
        funds_label="资金情况（万元）", funds_layout="transfer", amount_style="plain",
        funds=[FundRow("总额", budget=365, executed=341.28),
               FundRow("其中：中央补助", budget=285, executed=268.4),
               FundRow("地方资金", budget=80, executed=72.88),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["推进医保经办服务标准化和医保支付方式改革，提升医保治理能力。"],
        achieved=["建成标准化经办网点46个，DRG付费覆盖率达到92%。"],
        ind_columns=["指标值", "全年实际完成值", "未完成原因和改进措施"],
        inds=[Ind("产出指标", "数量指标", "标准化医保经办网点数", "≥40个", "46个"),
              Ind(None, None, "医保业务骨干培训人次", "≥500人次", "612人次"),
              Ind(None, "质量指标", "DRG付费医疗机构覆盖率", "≥90%", "92%"),
              Ind(None, "时效指标", "资金下达及时率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "医保经办服务便利度", "明显提升", "明显提升"),
              Ind(None, "可持续影响指标", "医保治理能力", "持续提升", "持续提升"),
              Ind("满意度指标", "服务对象满意度指标", "参保人员满意度", "≥85%", "82.6%",
                  note="部分网点高峰时段排队时间长，已增设自助终端")])
    text = join(
        "湄阳市医疗保障局网站 > 信息公开 > 财政信息",
        "- 标题: 湄阳市2022年度医疗保障服务能力建设补助资金区域绩效自评表",
        "- 发布机构: 市医保局",
        "- 发布日期: 2023-05-31",
        "",
        one_line_rows(form_rows(form)),
        "",
        "湄阳市医疗保障局",
    )
    return Doc("transfer-one-line-rows-4.txt", "transfer-payment-evaluation",
               "湄阳市2022年度医疗保障服务能力建设补助资金区域绩效自评表", "湄阳市医疗保障局", 2022, "2023-05-31", None,
               text, form,
               notes="Every row on one line, single spaces between cells; metadata as a `- label: value` list "
                     "whose 标题 holds the title, issuer short form 市医保局 (full name in the form and the "
                     "signature). Funds total labelled 总额; 其他资金 alone on its line (nulls).")


# ------------------------------------------------------------------ 30
def transfer_run_together_2():
    form = Form(
        caption="城乡居民医保补助资金区域绩效自评表", year_line="（2023年度）",
        head=[("地方主管部门", "清泉县医疗保障局")],
        funds_label="资金情况（万元）", funds_layout="transfer",
        funds=[FundRow("年度资金总额", budget=9640.2, executed=9640.2),
               FundRow("其中：中央补助", budget=6120.5, executed=6120.5),
               FundRow("地方资金", budget=3519.7, executed=3519.7)],
        ind_columns=["指标值", "全年实际完成值", "未完成原因"],
        inds=[Ind("产出指标", "数量指标", "参保人数", "≥19.5万人", "19.71万人"),
              Ind(None, "质量指标", "参保率", "≥95%", "96.2%"),
              Ind(None, "时效指标", "补助资金拨付及时率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "住院费用基金支付比例", "≥70%", "70.8%"),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥85%", "90%")])
    lines = ["".join(c.replace("\n", "") for c in r if c) for r in form_rows(form)]
    text = join(
        "清泉县医疗保障局2023年度城乡居民医保补助资金区域绩效自评表",
        "发布日期：2024年05月20日",
        "",
        *lines,
    )
    return Doc("transfer-run-together-2.txt", "transfer-payment-evaluation",
               "清泉县医疗保障局2023年度城乡居民医保补助资金区域绩效自评表", "清泉县医疗保障局", 2023, "2024-05-20", None,
               text, form, funding=[], scores=None, goals=None, encoding="gb18030",
               notes="GB18030: each table row on its own line but its cells run together with no separator "
                     "(`年度资金总额9640.29640.2100.00%`, `产出指标数量指标参保人数≥19.5万人19.71万人`). The "
                     "indicator header runs together on its line (`绩效指标一级指标二级指标三级指标指标值…`) and "
                     "says the columns: the rows below it are cut at their level labels and the values they "
                     "end with, so the indicators are in the gold. The amounts cannot be split with "
                     "confidence: no funds rows.")


# ------------------------------------------------------------------ 31
def project_pipe_split_header_3():
    form = Form(
        caption="项目支出绩效自评表", year_line="（2023年度）",
        head=[("项目名称", "医保政策宣传和参保动员经费"), ("主管部门", "雁栖县医疗保障局", "实施单位", "雁栖县医疗保障局")],
        funds_label="项目资金（万元）", funds_layout="national", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=18, budget=18, executed=17.46, weight="10", score="9.7"),
               FundRow("其中：当年财政拨款", initial=18, budget=18, executed=17.46),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["开展医保政策进村入户宣传，完成年度城乡居民参保动员任务。"],
        achieved=["开展宣传活动42场，发放宣传资料2.6万份，城乡居民参保率96.4%。"],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标", "数量指标", "政策宣传活动场次", "≥36场", "42场", 15, 15),
              Ind(None, None, "发放宣传资料份数", "≥2万份", "2.6万份", 10, 10),
              Ind(None, "质量指标", "城乡居民参保率", "≥95%", "96.4%", 15, 15),
              Ind(None, "时效指标", "集中参保期宣传完成时间", "12月31日前", "12月20日", 10, 10),
              Ind("效益指标", "社会效益指标", "群众医保政策知晓率", "≥85%", "88%", 30, 28),
              Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94%", 10, 10)],
        total=("合计", 100, 97.7))
    rows = pipe_split_header_rows(form, spaced=False)
    text = pipe_rows(rows)
    text = text.replace("\n产出指标 |||||||\n", "\n产出 |\n指标 |||||||\n")
    text = text.replace("\n效益指标 |||||||\n", "\n效益\n指标 |||||||\n")
    text = join(
        "雁栖县医疗保障局2023年度医保政策宣传和参保动员经费项目支出绩效自评表",
        "发布时间:2024-03-12 15:40",
        "",
        text,
        "",
        "雁栖县医疗保障局",
    )
    return Doc("project-pipe-split-header-3.txt", "project-evaluation",
               "雁栖县医疗保障局2023年度医保政策宣传和参保动员经费项目支出绩效自评表", "雁栖县医疗保障局", 2023, "2024-03-12",
               None, text, form, crlf=True,
               notes="CRLF pipe rows with the header split (`绩效指标 | 一级 指标 |` / the rest) and level-1 labels "
                     "broken over two lines (`产出 |` / `指标 |||||||`, `效益` / `指标 |||||||`). 合计 100 / 97.7 "
                     "is the total (funds 9.7 + 88).")


# ------------------------------------------------------------------ 32
def transfer_cell_per_line_5():
    form = Form(
        caption="就业补助资金区域绩效自评表", year_line="（2023年度）",
        head=[("专项名称", "就业补助资金"), ("省级主管部门", "省人力资源和社会保障厅"),
              ("地方主管部门", "枫桥市人力资源和社会保障局")],
        funds_label="资金情况（万元）", funds_layout="transfer", amount_style="comma",
        funds=[FundRow("年度资金总额", budget=5286.4, executed=5012.7),
               FundRow("其中：中央补助", budget=3160, executed=3002.4),
               FundRow("省级", budget=1326.4, executed=1246.3),
               FundRow("市县", budget=800, executed=764)],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["1.城镇新增就业1.8万人；", "2.开展职业技能培训1.2万人次；", "3.城镇调查失业率控制在5.5%以内。"],
        achieved=["1.城镇新增就业1.93万人；", "2.开展职业技能培训1.26万人次；", "3.城镇调查失业率5.1%。"],
        ind_columns=["指标值", "全年实际完成值", "未完成原因和改进措施"],
        inds=[Ind("产出指标", "数量指标", "城镇新增就业人数", "≥1.8万人", "1.93万人"),
              Ind(None, None, "职业技能培训人次", "≥1.2万人次", "1.26万人次"),
              Ind(None, "质量指标", "培训合格率", "≥90%", "92.3%"),
              Ind(None, "时效指标", "补贴资金发放及时率", "≥95%", "97%"),
              Ind("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%", "5.1%"),
              Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "93.5%")])
    text = join(
        "枫桥市人民政府门户网站",
        "您现在的位置：首页 > 政务公开 > 财政资金信息",
        "枫桥市2023年度就业补助资金区域绩效自评表",
        "信息来源：市人力资源和社会保障局    发布时间：2024年04月26日 10:12",
        "",
        cell_per_line(form_rows(form), empty="nbsp"),
    )
    return Doc("transfer-cell-per-line-5.txt", "transfer-payment-evaluation", "枫桥市2023年度就业补助资金区域绩效自评表",
               "枫桥市人力资源和社会保障局", 2023, "2024-04-26", None, text, form,
               notes="A region form of a non-医保 body: one cell per line, no bars, empty cells as a lone NBSP; "
                     "funds 中央补助 / 省级 / 市县 with comma amounts; goals ending in ；; publishedOn from "
                     "`发布时间：2024年04月26日 10:12`.")



# ------------------------------------------------------------------ 33
def project_report_layout_title_cut_5():
    form = Form(
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标\n（50分）", "数量指标", "住院救助人次", "≥850人次", "912人次", 15, 15),
              Ind(None, None, "门诊救助人次", "≥2000人次", "2286人次", 10, 10),
              Ind(None, "质量指标", "救助对象身份核实准确率", "100%", "100%", 10, 10),
              Ind(None, "时效指标", "救助资金“一站式”即时结算率", "≥90%", "93.7%", 10, 10),
              Ind(None, "成本指标", "人均住院救助金额", "≤6000元", "5420元", 5, 5),
              Ind("效益指标\n（30分）", "社会效益指标", "因病致贫返贫风险消除率", "≥95%", "96.8%", 15, 15),
              Ind(None, "可持续影响指标", "医疗救助托底功能", "持续发挥", "持续发挥", 15, 15),
              Ind("满意度指标\n（10分）", "服务对象满意度指标", "救助对象满意度", "≥90%", "95.4%", 10, 10)],
        total=("总分", 100, 99.6))
    widths = [10, 18, 24, 10, 10, 4, 4, 10]
    header = layout_lines([["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]],
                          widths, indent=2)
    ind_lines = layout_indicators(form, widths, indent=2, l1="spill", l2="once", header_lines=header,
                                  wrap={3: 10, 5: 12}, valign="middle")
    form.funds = [FundRow("年度资金总额", initial=610, budget=648.2, executed=642.1, weight="10", score="9.6"),
                  FundRow("其中：当年财政拨款", initial=610, budget=648.2, executed=642.1),
                  FundRow("上年结转资金"), FundRow("其他资金")]
    funds_lines = layout_lines([["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
                               + [funds_cells(r, "national", "fixed") for r in form.funds], [18, 10, 10, 10, 4, 8, 4],
                               indent=2)
    text = join(
        "            白石县医疗保障局2023年度城乡医疗救助补助资金项目支",
        "                         出绩效自评报告",
        "",
        "  一、项目基本情况",
        "      城乡医疗救助补助资金由县医疗保障局统筹管理，用于困难群众住院和门诊医疗救助。2023年全年",
        "  预算数648.2万元，全年执行数642.1万元，预算执行率99.06%。",
        "  二、绩效目标完成情况",
        "      全年住院救助912人次、门诊救助2286人次，救助对象满意度95.4%，各项指标均已完成。",
        "  三、自评结论",
        "      项目自评得分99.6分，等级为优。",
        "",
        "                                  — 2 —",
        "\f  附件",
        "                      项目支出绩效自评表",
        "                          （2023年度）",
        "  项目名称    城乡医疗救助补助资金",
        "  主管部门    白石县医疗保障局              实施单位    白石县医疗保障局",
        "",
    ) + "\n" + "\n".join(funds_lines) + "\n\n" + "\n".join(ind_lines) + "\n" + \
        layout_lines([form.total_cells()], widths, indent=2)[0] + "\n\n" + join(
        "                                  — 3 —",
    )
    return Doc("project-report-layout-title-cut-5.txt", "project-evaluation",
               "白石县医疗保障局2023年度城乡医疗救助补助资金项目支出绩效自评报告", "白石县医疗保障局", 2023, None, None,
               text, form, scores={"total": 99.6, "grade": "优"},
               sections=[("一、", "项目基本情况"), ("二、", "绩效目标完成情况"), ("三、", "自评结论")],
               notes="pdftotext layout of a project REPORT whose centred title is cut mid-word over two lines "
                     "(…项目支 / 出绩效自评报告); the project name holds 补助资金, but the title's 项目支出 makes it "
                     "project-evaluation. The form after a form feed: cells of tall rows vertically centred "
                     "(a one-line cell sits on the middle line of its row), level-1 labels broken as the cell "
                     "breaks them (产出指标 / （50分）: the second piece is only a weight), two wrapped names. "
                     "Total 99.6 = 9.6 + 90.")


# ------------------------------------------------------------------ 34
def department_cell_per_line_yuan_3():
    form = Form(
        caption="2023年度部门整体支出绩效自评表", year_line=None,
        head=[("部门名称", "沙湾县医疗保障局")],
        funds_label="年度预算资金（元）", funds_layout="national", amount_style="yuan",
        funds=[FundRow("年度资金总额", initial=412.5, budget=436.86, executed=421.37, weight="10", score="9.65"),
               FundRow("其中：财政拨款", initial=398.5, budget=422.86, executed=409.37),
               FundRow("上年结转资金", initial=14, budget=14, executed=12),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["1.全县基本医保参保率稳定在95%以上；2.医保基金收支平衡。"],
        achieved=["1.全县参保率95.5%；2.医保基金收支平衡，略有结余。"],
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        inds=[Ind("产出指标", "数量指标", "基本医保参保人数", "≥12.4万人", "12.52万人", 15, 15),
              Ind(None, "质量指标", "基本医保参保率", "≥95%", "95.5%", 15, 15),
              Ind(None, "时效指标", "医保待遇支付及时率", "100%", "100%", 10, 10),
              Ind(None, "成本指标", "部门预算执行率", "≥95%", "96.45%", 10, 10),
              Ind("效益指标", "社会效益指标", "参保群众住院费用负担", "有所减轻", "有所减轻", 20, 20),
              Ind(None, "可持续影响指标", "医保基金可支付月数", "≥6个月", "8.2个月", 10, 10),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "90.8%", 10, 9)],
        total=("总分", 100, 98.65))
    rows = form_rows(form)
    lead = [i for i, r in enumerate(rows) if r and r[0] == "绩效指标"][0]
    rows[lead][0] = "绩\n效\n指\n标"
    text = join(
        "沙湾县人民政府 > 部门信息公开 > 县医疗保障局",
        "沙湾县医疗保障局2023年度部门整体支出绩效自评表",
        "发布时间：2024-05-08 11:02",
        "",
        cell_per_line(rows, empty="omit"),
    )
    return Doc("department-cell-per-line-yuan-3.txt", "department-evaluation", "沙湾县医疗保障局2023年度部门整体支出绩效自评表",
               "沙湾县医疗保障局", 2023, "2024-05-08", None, text, form,
               goals={"planned": ["1.全县基本医保参保率稳定在95%以上；", "2.医保基金收支平衡。"],
                      "achieved": ["1.全县参保率95.5%；", "2.医保基金收支平衡，略有结余。"]},
               notes="A department form whose funds block is stated in 元 (年度预算资金（元）, 4,368,600.00): the gold "
                     "holds 万元 (436.86), as the contract converts. One cell per line, empty cells vanished, "
                     "the merged 绩效指标 label written one character a line (绩 / 效 / 指 / 标). Goals numbered "
                     "inside one line (1.…；2.…) are two goals. Total 98.65 = 9.65 + 89.")


# ------------------------------------------------------------------ 35
def transfer_pipe_row_broken_4():
    form = Form(
        caption="转移支付项目绩效目标自评表", year_line="（2023年度）",
        head=[("转移支付（项目）名称", "城乡居民大病保险补助"), ("地方主管部门", "霞浦湾市医疗保障局", "资金使用单位", "霞浦湾市医疗保障局")],
        funds_label="资金投入情况（万元）", funds_layout="transfer", amount_style="plain",
        funds=[FundRow("年度资金总额：", budget=2418.6, executed=2395.1),
               FundRow("其中：中央财政资金", budget=1200, executed=1200),
               FundRow("地方资金", budget=1218.6, executed=1195.1),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["落实大病保险倾斜政策，对特困人员、低保对象起付线降低50%、报销比例提高5个百分点。"],
        achieved=["大病保险赔付1.27万人次，困难群众倾斜政策全部落实，合规医疗费用报销比例提高5.09个百分点。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "大病保险赔付人次", "≥1.2万人次", "1.27万人次"),
              Ind(None, None, "困难群众大病保险倾斜支付人次", "≥850人次", "906人次"),
              Ind(None, "质量指标", "大病保险合规医疗费用报销比例", "≥60%", "63.2%"),
              Ind(None, "时效指标", "大病保险赔付结算时限", "≤30天", "21天"),
              Ind("效益指标", "社会效益指标", "大病患者个人负担", "有效减轻", "有效减轻"),
              Ind("满意度指标", "服务对象满意度指标", "大病患者满意度", "≥85%", "92%")])
    text = pipe_rows(form_rows(form))
    text = text.replace("| ≥850人次 | 906人次 |", "| ≥850\n人次 | 906\n人次 |")
    text = text.replace("| ≤30天 | 21天 |", "| ≤30\n天 | 21天 |")
    text = text.replace("合规医疗费用报销比例提高5.09个百分点。", "合规医疗费用报销比例提高\n5.09个百分点。")
    text = join(
        "霞浦湾市医疗保障局 >> 信息公开 >> 预算绩效",
        "霞浦湾市2023年度城乡居民大病保险补助资金绩效自评表",
        "发布日期：2024-06-21",
        "",
        text,
    )
    return Doc("transfer-pipe-row-broken-4.txt", "transfer-payment-evaluation", "霞浦湾市2023年度城乡居民大病保险补助资金绩效自评表",
               "霞浦湾市医疗保障局", 2023, "2024-06-21", None, text, form,
               notes="Pipe rows where a cell's line break splits the row over two text lines: a target and an "
                     "actual wrapped inside their cells (≥850 / 人次, 906 / 人次, ≤30 / 天) keep operator, value "
                     "and unit; the achieved goal wraps so that `5.09个百分点。` starts a line — it is not a new "
                     "goal.")


# ------------------------------------------------------------------ 36
def project_one_line_rows_split_columns_5():
    form = Form(
        caption="部门预算项目支出绩效自评表（2022年度）",
        head=[("项目名称", "医保基金社会监督员聘用经费"), ("主管部门", "槐安县医疗保障局", "实施单位（盖章）", "槐安县医疗保障局")],
        funds_label="预算执行情况（万元）", funds_layout="adjusted", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=12, budget=12, executed=11.4, weight="10", score="9.5"),
               FundRow("其中：本年财政拨款", initial=12, budget=12, executed=11.4)],
        ind_columns=SPLIT_COLS,
        inds=[Ind("产出指标", "数量指标", "聘用社会监督员人数", ("=", "20", "人"), "20人", 20, 20),
              Ind(None, "质量指标", "监督线索核查办结率", ("≥", "95", "%"), "100%", 20, 20),
              Ind(None, "时效指标", "监督员补贴发放及时率", ("=", "100", "%"), "100%", 10, 10),
              Ind("效益指标", "社会效益指标", "群众参与基金监管程度", ("定性", "明显提高", ""), "明显提高", 20, 18),
              Ind("满意度指标", "服务对象满意度指标", "社会监督员满意度", ("≥", "90", "%"), "93%", 20, 20)],
        total=("合计", 100, 97.5),
        after=[("评价结论", "项目自评得分97.5分。"), ("存在问题", "无"), ("改进措施", "无"),
               ("项目负责人：", "财务负责人：")])
    text = join(
        "槐安县医疗保障局",
        "部门预算项目支出绩效自评表（2022年度）",
        "发布时间：2023-07-03",
        "",
        one_line_rows(form_rows(form)),
    )
    return Doc("project-one-line-rows-split-columns-5.txt", "project-evaluation", "部门预算项目支出绩效自评表（2022年度）",
               "槐安县医疗保障局", 2022, "2023-07-03", None, text, form,
               accept={"metadata.title": ["部门预算项目支出绩效自评表（2022年度）", "部门预算项目支出绩效自评表"]},
               notes="Every row on one line with single spaces, and the target split into 指标性质 / 指标值 / "
                     "度量单位, so `≥ 95 %` are three tokens of one target; 定性 rows have an empty unit cell "
                     "that vanished. Funds 年初预算/调整后预算数/预算执行数/预算执行率/权重/得分. Weights 100 = 10 "
                     "+ 90; total 97.5.")


# ------------------------------------------------------------------ 37
def transfer_cell_per_line_wrapped_goals_6():
    form = Form(
        caption="医疗救助补助资金区域绩效自评表", year_line="（2022年度）",
        head=[("转移支付名称", "医疗救助补助资金"), ("地方主管部门", "苍梧川县医疗保障局")],
        funds_label="资金情况（万元）", funds_layout="transfer", amount_style="plain",
        funds=[FundRow("年度资金总额", budget=1562.3, executed=1498.6),
               FundRow("其中：中央补助", budget=1102.3, executed=1060.7),
               FundRow("彩票公益金", budget=30, executed=30),
               FundRow("地方资金", budget=430, executed=407.9)],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["1.资助特困人员、低保对象等\n参加城乡居民基本医疗保险；",
                 "2.重点救助对象政策范围内住院自付费用救助比例不低于70%；",
                 "3.医疗救助资金结余率控制在\n5.09%以内。"],
        achieved=["1.资助参保1.86万人，资助\n资金826.4万元；",
                  "2.住院救助比例达到72.3%；",
                  "3.资金结余率4.06%。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "资助参保人数", "≥1.8万人", "1.86万人"),
              Ind(None, "质量指标", "重点救助对象住院救助比例", "≥70%", "72.3%"),
              Ind(None, "时效指标", "救助资金拨付及时率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "医疗救助资金结余率", "≤5.09%", "4.06%"),
              Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "96.1%")])
    text = join(
        "苍梧川县人民政府网",
        "苍梧川县2022年度医疗救助补助资金区域绩效自评表",
        "发布时间:2023-05-11 16:45",
        "",
        cell_per_line(form_rows(form), pipe=True, empty="omit"),
    )
    return Doc("transfer-cell-per-line-wrapped-goals-6.txt", "transfer-payment-evaluation",
               "苍梧川县2022年度医疗救助补助资金区域绩效自评表", "苍梧川县医疗保障局", 2022, "2023-05-11", None, text, form,
               notes="One cell per line with ' |' at each cell's end: the goal cells hold numbered items whose "
                     "lines wrap inside the cell (`…城乡` / `居民…`, and `控制在` / `5.09%以内。` where a "
                     "number starts the continuation line): each wrapped line continues its item, it is not "
                     "a new goal. Funds with 中央补助 / 彩票公益金 / 地方资金.")



# ------------------------------------------------------------------ 38
def project_cell_per_line_page_break_6():
    form = Form(
        caption="项目支出绩效自评表", year_line="（2023年度）",
        head=[("项目名称", "医保药品和医用耗材集中带量采购工作经费"), ("主管部门", "砚池市医疗保障局", "实施单位", "砚池市医药价格和招标采购中心")],
        funds_label="项目资金（万元）", funds_layout="national", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=42, budget=45.6, executed=44.1, weight="10", score="9.67"),
               FundRow("其中：当年财政拨款", initial=42, budget=45.6, executed=44.1),
               FundRow("上年结转资金"), FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["落实国家和省级药品、医用耗材集中带量采购中选结果，按时完成约定采购量。"],
        achieved=["落地执行集采药品412个、医用耗材18类，约定采购量完成率均超过100%。"],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标", "数量指标", "落地执行集采药品品种数", "≥380个", "412个", 10, 10),
              Ind(None, None, "落地执行集采医用耗材类别数", "≥15类", "18类", 10, 10),
              Ind(None, "质量指标", "公立医疗机构约定采购量完成率", "≥100%", "118.6%", 10, 10),
              Ind(None, None, "集采药品货款结算及时率", "100%", "100%", 10, 10),
              Ind(None, "时效指标", "中选结果落地时限", "≤30天", "25天", 10, 10),
              Ind("效益指标", "经济效益指标", "减轻患者药品费用负担", "≥5000万元", "6218.3万元", 15, 15),
              Ind(None, "社会效益指标", "群众用药可及性", "明显提高", "明显提高", 15, 15),
              Ind("满意度指标", "服务对象满意度指标", "医疗机构满意度", "≥90%", "88.5%", 10, 8,
                  note="部分中选产品配送不及时，已约谈配送企业")],
        total=("总分", 100, 97.67))
    rows = form_rows(form)
    head_at = [i for i, r in enumerate(rows) if r and r[0] == "绩效指标"][0]
    cut = head_at + 4  # after the third indicator row, inside the 质量指标 group
    page_break = [["— 1 —"], ["\f砚池市2023年度项目支出绩效自评表（续）"], rows[head_at]]
    rows = rows[:cut] + page_break + rows[cut:]
    text = join(
        "砚池市医疗保障局 > 信息公开 > 财政信息",
        "分类：预算绩效",
        "砚池市医疗保障局2023年度医保药品和医用耗材集中带量采购工作经费项目支出绩效自评表",
        "附件预览（共2页）",
        "",
        cell_per_line(rows, empty="omit"),
        "— 2 —",
    )
    return Doc("project-cell-per-line-page-break-6.txt", "project-evaluation",
               "砚池市医疗保障局2023年度医保药品和医用耗材集中带量采购工作经费项目支出绩效自评表", "砚池市医疗保障局", 2023,
               None, None, text, form,
               notes="A PDF attachment's text under a page's chrome (breadcrumb, 分类：预算绩效): one cell per "
                     "line, empty cells vanished, and a "
                     "page break inside the indicator block — a page-number line `— 1 —`, a form feed with a "
                     "running caption (…（续）) and the whole header repeated — between two rows of the "
                     "质量指标 group. Total 97.67 = 9.67 + 88.")


# ------------------------------------------------------------------ 39
def department_pipe_nbsp_bom_5():
    form = Form(
        caption="部门整体支出绩效自评表", year_line="（2021年度）",
        head=[("部门名称", "鹤岭县医疗保障局")],
        funds_label="年度预算资金（万元）", funds_layout="national", amount_style="fixed",
        funds=[FundRow("年度资金总额", initial=356.8, budget=371.25, executed=368.9, weight="10", score="9.94"),
               FundRow("按收入性质分：", heading=True),
               FundRow("其中：财政拨款", initial=356.8, budget=371.25, executed=368.9),
               FundRow("上年结转资金"),
               FundRow("按支出性质分：", heading=True),
               FundRow("其中：基本支出", initial=301.5, budget=305.2, executed=305.2),
               FundRow("项目支出", initial=55.3, budget=66.05, executed=63.7)],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["1.基本医保参保人数稳定在11万人以上；", "2.实现医保经办“一站式”服务。"],
        achieved=["1.全县参保11.23万人；", "2.县乡两级医保经办“一站式”服务全覆盖。"],
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        inds=[Ind("产出指标", "数量指标", "基本医保参保人数", "≥11万人", "11.23万人", 15, 15),
              Ind(None, None, "乡镇医保经办服务站建设数", "12个", "12个", 10, 10),
              Ind(None, "质量指标", "医保信息系统数据准确率", "≥99%", "99.6%", 15, 15),
              Ind(None, "时效指标", "医保待遇审核办结时限", "≤15个工作日", "10个工作日", 10, 10),
              Ind("效益指标", "社会效益指标", "参保群众办事便利度", "明显提升", "明显提升", 15, 15),
              Ind(None, "可持续影响指标", "医保经办服务体系", "逐步健全", "逐步健全", 15, 15),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "92.7%", 10, 10)],
        total=("总分", 100, 99.94))
    text = join(
        "鹤岭县医疗保障局2021年度部门整体支出绩效自评表",
        "发布日期：2022年05月09日   来源：鹤岭县医疗保障局",
        "",
        pipe_rows(form_rows(form), empty=NBSP),
    )
    return Doc("department-pipe-nbsp-bom-5.txt", "department-evaluation", "鹤岭县医疗保障局2021年度部门整体支出绩效自评表",
               "鹤岭县医疗保障局", 2021, "2022-05-09", None, text, form, encoding="utf-8-sig",
               notes="UTF-8 with a BOM. Pipe rows where every empty cell is an NBSP (`| \u00a0 |`, an &nbsp; "
                     "cell), trailing bars; funds with 按收入性质分 / 按支出性质分 group labels; a blank 上年结转"
                     "资金 row (nulls). Total 99.94 = 9.94 + 90.")



# ------------------------------------------------------------------ 40
def transfer_cell_per_line_empty_bars_7():
    form = Form(
        caption="转移支付区域（项目）绩效目标自评表", year_line="（2024年度）",
        head=[("转移支付（项目）名称", "医疗保障服务能力提升补助资金"), ("中央主管部门", "国家医疗保障局"),
              ("地方主管部门", "岩溪州医疗保障局", "资金使用单位", "岩溪州医疗保障局")],
        funds_label="资金投入情况（万元）", funds_layout="transfer", amount_style="wan",
        funds=[FundRow("年度资金总额：", budget=528.6, executed=511.24),
               FundRow("其中：中央财政资金", budget=528.6, executed=511.24),
               FundRow("地方资金"),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["目标1：推进医保支付方式改革，DIP付费覆盖全部统筹区。", "目标2：加强医保基金监管，实现定点医药机构现场检查全覆盖。"],
        achieved=["1.DIP付费覆盖全州8个统筹区。", "2.现场检查定点医药机构1046家，追回基金1873.5万元。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "DIP付费统筹区覆盖率", "100%", "100%"),
              Ind(None, None, "定点医药机构现场检查覆盖率", "100%", "100%"),
              Ind(None, "质量指标", "医保结算清单质控合格率", "≥95%", "96.3%"),
              Ind(None, "时效指标", "医保基金结算数据上传及时率", "≥99%", "99.4%"),
              Ind("效益指标", "社会效益指标", "医保基金使用效率", "有效提升", "有效提升"),
              Ind(None, "可持续影响指标", "医保治理体系", "不断完善", "不断完善"),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "92.2%")])
    text = join(
        "岩溪州人民政府",
        "首页 > 政务公开 > 重点领域信息公开 > 财政资金",
        "岩溪州2024年度医疗保障服务能力提升补助资金绩效自评报告",
        "发布时间:2025-05-15 09:12 来源:州医疗保障局",
        "",
        cell_per_line(form_rows(form), pipe=True, empty="bare"),
    )
    return Doc("transfer-cell-per-line-empty-bars-7.txt", "transfer-payment-evaluation",
               "岩溪州2024年度医疗保障服务能力提升补助资金绩效自评报告", "岩溪州医疗保障局", 2024, "2025-05-15", None, text,
               form, crlf=True,
               notes="A 2024 form from a prefecture (州), CRLF: one cell per line with ` |`, an empty cell a line "
                     "holding only ` |`; amounts in 万; funds 地方资金 / 其他资金 blank (nulls); goals "
                     "目标1： / 1. as listed; `发布时间:2025-05-15 09:12 来源:…` on one line.")


# ------------------------------------------------------------------ 41
def department_cell_per_line_goals_restart_8():
    form = Form(
        caption="部门整体支出绩效自评表", year_line="（2023年度）",
        head=[("部门名称", "栖霞岭县医疗保障局")],
        funds_label="年度预算资金（万元）", funds_layout="national", amount_style="plain",
        funds=[FundRow("年度资金总额", initial=618.4, budget=655.2, executed=640.75, weight="10", score="9.78"),
               FundRow("其中：财政拨款", initial=600.4, budget=637.2, executed=624.15),
               FundRow("上年结转资金", initial=18, budget=18, executed=16.6),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["（一）参保扩面：城乡居民医保参保人数\n达到21.6万人；",
                 "（二）待遇保障：政策范围内住院费用报销比例稳定在70%左右；",
                 "（三）基金监管：开展定点医药机构\n专项检查全覆盖。"],
        achieved=["（一）全县参保21.93万人，较上年增加\n1.5万人；",
                  "（二）政策范围内住院费用报销比例70.8%；",
                  "（三）检查定点医药机构186家，追回基金\n64.2万元。"],
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        inds=[Ind("产出指标", "数量指标", "城乡居民医保参保人数", "≥21.6万人", "21.93万人", 20, 20),
              Ind(None, "质量指标", "定点医药机构检查覆盖率", "100%", "100%", 15, 15),
              Ind(None, "时效指标", "医保待遇结算及时率", "≥98%", "99.2%", 15, 15),
              Ind("效益指标", "社会效益指标", "政策范围内住院费用报销比例", "70%左右", "70.8%", 20, 20),
              Ind(None, "可持续影响指标", "医保基金累计结存可支付月数", "≥6个月", "7.4个月", 10, 10),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "93.5%", 10, 10)],
        total=("总分", 100, 99.78))
    text = join(
        "栖霞岭县人民政府门户网站",
        "栖霞岭县医疗保障局2023年度部门整体支出绩效自评表",
        "发布时间：2024-04-18 15:20",
        "",
        cell_per_line(form_rows(form), empty="omit"),
    )
    return Doc("department-cell-per-line-goals-restart-8.txt", "department-evaluation",
               "栖霞岭县医疗保障局2023年度部门整体支出绩效自评表", "栖霞岭县医疗保障局", 2023, "2024-04-18", None, text, form,
               notes="One cell per line with nothing marking a cell's end: the planned and achieved goals are "
                     "both numbered （一）（二）（三）, so the achieved list starts where the numbering starts again "
                     "at （一）; lines wrapped inside the cells continue their item, among them `1.5万人；`, a "
                     "figure at a line start that reads like a list number 1 (it is not a new goal).")


# ------------------------------------------------------------------ 42
def transfer_pipe_goals_run_together_5():
    form = Form(
        caption="转移支付区域绩效自评表", year_line="（2023年度）",
        head=[("转移支付名称", "医疗服务与保障能力提升补助资金"), ("地方主管部门", "云岫州医疗保障局")],
        funds_label="资金情况（万元）", funds_layout="transfer", amount_style="plain",
        funds=[FundRow("年度资金总额", budget=842.6, executed=815.3),
               FundRow("其中：中央补助", budget=780, executed=760.4),
               FundRow("地方资金", budget=62.6, executed=54.9),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "年初设定目标", "全年实际完成情况"),
        planned=["目标1：推进医保信息化标准化建设，医保电子凭证激活率达到75%；目标2：开展医保基金监管专项整治。"],
        achieved=["一是医保电子凭证激活率达到78.4%；二是检查定点医药机构312家，追回基金156.8万元。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "定点医药机构检查家数", "≥300家", "312家"),
              Ind(None, "质量指标", "医保电子凭证激活率", "≥75%", "78.4%"),
              Ind(None, "时效指标", "补助资金拨付及时率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "医保基金监管能力", "有效提升", "有效提升"),
              Ind("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥85%", "91.2%")])
    text = join(
        "云岫州医疗保障局 > 财政资金 > 绩效评价",
        "云岫州2023年度医疗服务与保障能力提升补助资金区域绩效自评表",
        "发布日期：2024-05-30",
        "",
        pipe_rows(form_rows(form)),
    )
    return Doc("transfer-pipe-goals-run-together-5.txt", "transfer-payment-evaluation",
               "云岫州2023年度医疗服务与保障能力提升补助资金区域绩效自评表", "云岫州医疗保障局", 2023, "2024-05-30", None,
               text, form,
               goals={"planned": ["目标1：推进医保信息化标准化建设，医保电子凭证激活率达到75%；", "目标2：开展医保基金监管专项整治。"],
                      "achieved": ["一是医保电子凭证激活率达到78.4%；", "二是检查定点医药机构312家，追回基金156.8万元。"]},
               notes="Pipe rows; each goal cell holds its items run together on one line with no break: "
                     "目标1：…；目标2：… planned, 一是…；二是… achieved (the achieved list numbered in another "
                     "style). Each item is a goal.")


# ------------------------------------------------------------------ 43
def project_cell_per_line_bars_note_9():
    form = Form(
        caption="部门预算项目支出绩效自评表（2024年度）", year_line=None,
        head=[("项目名称", "51172424R000000045678-乡镇卫生院基本设备购置补助"),
              ("主管部门", "松溪县卫生健康局本级"), ("实施单位（盖章）", "松溪县卫生健康局")],
        funds_label="年度预算数（万元）", funds_layout="adjusted", amount_style="plain",
        funds=[FundRow("总额", initial=180, budget=212.5, executed=207.34, rate="97.57%", weight="10", score="9.76"),
               FundRow("其中：财政资金", initial=180, budget=212.5, executed=207.34, rate="97.57%", weight="/", score="/"),
               FundRow("财政专户管理资金", initial=0, budget=0, executed=0, rate="0.00%", weight="/", score="/"),
               FundRow("单位资金", initial=0, budget=0, executed=0, rate="0.00%", weight="/", score="/"),
               FundRow("其他资金", weight="/", score="/")],
        goals_label=("项目年度目标", "年度目标完成情况"),
        planned=["为辖区12所乡镇卫生院购置心电图机、全自动生化分析仪等基本设备，提升基层诊疗能力。"],
        achieved=["完成12所乡镇卫生院设备购置和安装验收，共购置设备57台（套），基层检查项目增加9项。"],
        ind_columns=["指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        inds=[Ind("产出指标", "数量指标", "购置设备数量", ("≥", "55", "台"), "", 20),
              Ind(None, "质量指标", "设备验收合格率", ("=", "100", "%"), "", 20),
              Ind(None, "时效指标", "设备安装完成时限", ("≤", "10", "月"), "", 10),
              Ind("效益指标", "社会效益指标", "基层新增检查项目数", ("≥", "6", "项"), "", 30),
              Ind("满意度指标", "服务对象满意度指标", "患者满意度", ("≥", "90", "%"), "", 10)],
        total=("合计", 100, None),
        after=[("评价结论", "结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）"),
               ("存在问题", "结合自评情况，分析存在的问题及原因。（200字以内）"),
               ("项目负责人：", None), ("财务负责人：", None)])
    rows = form_rows(form)
    # The Sichuan form's funds block: a merged 预算执行情况（10分） label before the 年度预算数（万元）
    # caption, a 原因 column whose one cell, merged down the block, holds the form's note and
    # stands on the 总额 row only.
    fh = next(i for i, r in enumerate(rows) if r and r[0] == form.funds_label)
    rows[fh] = ["预算执行情况（10分）"] + rows[fh] + ["原因"]
    rows[fh + 1] = rows[fh + 1] + ["1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；"
                                   "2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。"]
    # 其他资金 is all blank but its 权重 and 得分 cells, which hold /.
    ih = next(i for i, r in enumerate(rows) if r and r[0] == "绩效指标")
    rows[ih][0] = "绩效指标（90分）"
    text = join(
        "报表编号：511724_0013zp |",
        *(["|"] * 5),
        cell_per_line(rows, pipe=True, empty="bare"),
    )
    return Doc("project-cell-per-line-bars-note-9.txt", "project-evaluation", "部门预算项目支出绩效自评表（2024年度）",
               "松溪县卫生健康局", 2024, None, None, text, form, goals=None,
               accept={"metadata.title": ["部门预算项目支出绩效自评表（2024年度）", "部门预算项目支出绩效自评表"]},
               notes="A Sichuan 部门预算项目支出绩效自评表 as a site's innerText: every cell a line closed by ` |`, every "
                     "empty cell a line holding only `|` (which must count: dropping them reads each weight as the "
                     "completed value), a 报表编号 line and five bare bars above the caption (no table of one "
                     "column). Funds: 预算执行情况（10分） and the caption 年度预算数（万元） head the label column; "
                     "年初预算 / 调整后预算数 (budget) / 预算执行数; the 原因 note merged down the block stands after "
                     "the 总额 row and must not end it. Completed values and 得分 are empty (a half-filled form): "
                     "actual null; 合计 of weights only → no score. The goals block here is the 项目年度目标 pair "
                     "of this template, not scored.")


# ------------------------------------------------------------------ 44
def project_one_line_form_titled_7():
    form = Form(
        caption="项目支出绩效自评表", year_line="（2023年度）",
        head=[("项目名称", "农村公路养护补助"), ("主管部门", "807-白沙镇人民政府", "实施单位", "807001-白沙镇人民政府")],
        funds_label="项目资金 （万元）", funds_layout="national", amount_style="plain",
        funds=[FundRow("年度资金总额：", initial=64, budget=64, executed=61.85, weight="10", rate="96.64%", score="9.66"),
               FundRow("其中：本年财政拨款", initial=64, budget=64, executed=61.85),
               FundRow("上年结转资金"),
               FundRow("其他资金")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["完成全镇38公里村道日常养护，路面病害处治及时，保障群众安全出行。"],
        achieved=["完成村道日常养护38公里，处治路面坑槽1260平方米，全年未发生因路况引发的安全事故。"],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标（50分）", "数量指标", "日常养护里程", "≥38公里", "38公里", 15, 15),
              Ind(None, "质量指标", "养护路段优良率", "≥85%", "88%", 15, 15),
              Ind(None, "时效指标", "病害处治及时性", "发现后7日内处治", "达成预期指标", 10, 10),
              Ind(None, "成本指标", "每公里养护成本", "≤1.7万元", "1.63万元", 10, 10),
              Ind("效益指标（30分）", "社会效益指标", "群众出行条件", "明显改善", "达成预期指标", 30, 30),
              Ind("满意度指标（10分）", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94%", 10, 10)],
        total=("总分", 100, 99.66))
    text = join(
        "附件： " + one_line_form(form_rows(form)),
    )
    return Doc("project-one-line-form-titled-7.txt", "project-evaluation", "项目支出绩效自评表（2023年度）",
               "白沙镇人民政府", 2023, None, None, text, form,
               accept={"metadata.title": ["项目支出绩效自评表（2023年度）", "项目支出绩效自评表"]},
               notes="A document-sharing site's text of a spreadsheet with nothing else: the WHOLE form on one "
                     "line starting `附件： 项目支出绩效自评表 （2023年度） 项目名称 …`; the title is the cells "
                     "before the form's head. Level-1 labels carry their weight `产出指标（50分）`; the issuer "
                     "codes `807-` / `807001-` are dropped.")



# ------------------------------------------------------------------ 52
def transfer_pipe_formula_rate_management_8():
    form = Form(
        caption="困难群众救助补助资金绩效自评表", year_line="（2024年度）",
        head=[("转移支付（项目）名称", "困难群众救助补助资金"), ("中央主管部门", "民政部"),
              ("地方主管部门", "柳岸市民政局", "资金使用单位", "柳岸市枫桥区民政局")],
        funds_label="资金投入情况（万元）", funds_layout="transfer",
        funds=[FundRow("年度资金总额：", budget=1264.5, executed=1093.8, rate="87%"),
               FundRow("其中：中央财政资金", budget=946.2, executed=812.4, rate="86%"),
               FundRow("地方财政资金", budget=318.3, executed=281.4, rate="88%"),
               FundRow("其他资金")],
        goals_label=("总体目标完成情况", "总体目标", "全年实际完成情况"),
        planned=["保障城乡低保对象、特困人员基本生活，做好临时救助，兜牢民生底线。"],
        achieved=["全年保障低保对象2436人、特困人员318人，实施临时救助529人次，困难群众基本生活得到保障。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "城乡低保保障人数", "≥2300人", "2436人"),
              Ind(None, None, "临时救助人次", "≥450人次", "529人次"),
              Ind(None, "质量指标", "救助资金发放准确率", "100%", "100%"),
              Ind(None, "时效指标", "救助金按月发放及时率", "≥98%", "99.2%"),
              Ind("效益指标", "社会效益指标", "困难群众基本生活保障水平", "有效保障", "有效保障"),
              Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93%")])
    rows = pipe_split_header_rows(form)
    text = pipe_rows(rows, trail=True)
    # The province's template: the rate's formula spelled out, and the block's label alone on
    # the line above the amounts' header.
    text = text.replace("执行率（B/A）", "预算执行率（B/A×100%）")
    text = text.replace("资金投入情况（万元） | ", "资金投入情况（万元） |\n", 1)
    management = "\n".join([
        "资金管理情况 | 情况说明 | 存在问题和改进措施 |||||",
        "分配科学性 | 按因素法分配，向救助对象多的街道倾斜。 ||||||",
        "下达及时性 | 资金在规定时限内下达。 ||||||",
        "执行准确性 | 按下达金额执行，执行数未偏离预算数。 ||||||",
        "支出责任履行情况 | |||||||",
    ])
    text = text.replace("总体目标完成情况 |", management + "\n总体目标完成情况 |", 1)
    text = join("困难群众救助补助资金绩效自评表", "", text)
    return Doc("transfer-pipe-formula-rate-management-8.txt", "transfer-payment-evaluation", "困难群众救助补助资金绩效自评表",
               "柳岸市枫桥区民政局", 2024, None, None, text, form,
               notes="Pipe rows of a province's transfer form: the funds header split after `资金投入情况（万元） |`, "
                     "its rate column `预算执行率（B/A×100%）` (the formula spelled out: still a header word); rates in "
                     "whole percents (86% for 85.86%: no rate-mismatch). A 资金管理情况 block whose short sentences name "
                     "执行数 and 预算数 (`执行数未偏离预算数。`): content, not a funds header; its 支出责任履行情况 "
                     "row is no funds row. Issuer: the 资金使用单位.")


# ------------------------------------------------------------------ 53
def department_cell_per_line_inline_amounts_9():
    form = Form(
        caption="2023年度部门整体支出绩效自评表",
        head=[("预算部门、单位名称", "石桥县青岗乡人民政府")],
        funds_label="年度预算申请（万元）", funds_layout="national",
        funds=[FundRow("年度资金总额", initial=612.4, budget=1486.3, executed=1486.3, weight="10", rate="100%", score="10")],
        goals_label=("年度总体目标", "预期目标", "实际完成情况"),
        planned=["做好全乡基层治理和公共服务，保障机关正常运转。"],
        achieved=["全年完成村级阵地改造4处，机关运转保障有力。"],
        ind_columns=["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        inds=[Ind("产出指标", "数量指标", "村级阵地改造数量", "4处", "4处", 20, 20),
              Ind(None, "质量指标", "项目验收合格率", "100%", "100%", 20, 20),
              Ind("效益指标", "社会效益指标", "群众办事便利度", "明显提升", "明显提升", 30, 30),
              Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94%", 20, 19)],
        total=("总分", 100, 99))
    rows = form_rows(form)
    # The template's breakdown has no amount columns: each amount follows its label after a colon.
    k = next(i for i, r in enumerate(rows) if r and r[0] == "年度资金总额") + 1
    rows[k:k] = [["按收入性质分：1486.3"], ["按支出性质分：1390.6"], ["其中：一般公共预算：1102.5"],
                 ["其中：基本支出：823.1"], ["政府性基金拨款：283.8"], ["项目支出：567.5"],
                 ["纳入专户管理的非税收入拨款："], ["其他资金：100"]]
    text = join(
        "石桥县青岗乡人民政府2023年度部门决算公开",
        "",
        "附件二",
        "",
        cell_per_line(rows, blank=True, empty="omit"),
    )
    funding = form.gold_funding() + [
        {"item": "一般公共预算", "budget": 1102.5, "executed": None, "executionRate": None},
        {"item": "基本支出", "budget": 823.1, "executed": None, "executionRate": None},
        {"item": "政府性基金拨款", "budget": 283.8, "executed": None, "executionRate": None},
        {"item": "项目支出", "budget": 567.5, "executed": None, "executionRate": None},
        {"item": "纳入专户管理的非税收入拨款", "budget": None, "executed": None, "executionRate": None},
        {"item": "其他资金", "budget": 100, "executed": None, "executionRate": None}]
    return Doc("department-cell-per-line-inline-amounts-9.txt", "department-evaluation",
               "石桥县青岗乡人民政府2023年度部门决算公开", "石桥县青岗乡人民政府", 2023, None, None, text, form,
               funding=funding,
               accept={"metadata.title": ["石桥县青岗乡人民政府2023年度部门决算公开", "2023年度部门整体支出绩效自评表"]},
               notes="Title: the page's first line or the form's caption, both accepted (the page publishes the "
                     "form as an attachment of its 决算). A Hunan-style department form one cell per line with a blank line after each cell: the unit "
                     "labelled `预算部门、单位名称` on the line above its value (a 人民政府, which no running-text "
                     "rule finds); the funds breakdown under 年度预算申请 with no amount columns, each amount after "
                     "its label (`其中：一般公共预算：1102.5`): item and amount split, the amount taken as the "
                     "budget (the block is the budget application; ambiguous for the 支出 side, which some pages fill "
                     "with the year's spending). 按收入性质分 / 按支出性质分 with their totals are group labels, not rows.")



# ------------------------------------------------------------------ 54
def project_prose_cited_notice_6():
    text = join(
        "2023年度区级就业见习补贴项目资金绩效自评报告",
        "发布时间：2024-04-18 10:26  来源：区人社局  浏览次数：",
        "",
        "一、项目概况",
        "",
        "就业见习补贴用于支持离校未就业高校毕业生和失业青年参加就业见习，由区财政预算安排，按见习人数和月数拨付见习单位。"
        "2023年共安排资金86万元，支持见习岗位214个。",
        "",
        "二、绩效自评工作开展情况",
        "",
        "我局根据《柳岸市财政局关于开展2023年度预算绩效自评工作的通知》和《柳岸市人力资源和社会保障局关于做好就业补助资金"
        "绩效评价的通知》要求，组织业务科室对照年初绩效目标逐项开展自评，确保自评结果真实客观。",
        "",
        "三、综合评价结论",
        "",
        "2023年度区级就业见习补贴项目资金绩效自评得分为96分，自评结论为“优秀”。",
    )
    return Doc("project-prose-cited-notice-6.txt", "transfer-payment-evaluation", "2023年度区级就业见习补贴项目资金绩效自评报告",
               "区人社局", 2023, "2024-04-18", None, text, None, scores={"total": 96, "grade": "优"},
               sections=[("一、", "项目概况"), ("二、", "绩效自评工作开展情况"), ("三、", "综合评价结论")],
               goals=None, accept={"metadata.kind": ["transfer-payment-evaluation", "project-evaluation"]},
               notes="A prose self-evaluation whose only full body names are the authors of the notices it cites "
                     "(《柳岸市财政局关于…的通知》): none of them wrote this report; the 来源 names the body in short form, "
                     "`区人社局`, and no full name in the text completes it, so the issuer is that short form. The grade "
                     "stated as a conclusion: 自评结论为“优秀” → 优. Kind: `…项目资金` is a fund evaluated as a project; "
                     "either kind is accepted.")


# ------------------------------------------------------------------ 55
def transfer_one_line_rows_wrapped_label_9():
    form = Form(
        caption="就业补助资金绩效目标自评表", year_line="（2023年度）",
        head=[("转移支付（项目）名称", "就业补助资金"), ("中央主管部门", "人力资源社会保障部"),
              ("地方主管部门", "苇塘县人力资源和社会保障局", "资金使用单位", "苇塘县就业服务中心")],
        funds_label="资金投入情况（万元）", funds_layout="transfer",
        funds=[FundRow("年度资金总额", budget=1846.2, executed=1762.9, rate="95.49%"),
               FundRow("其中：中央财政资金", budget=1130, executed=1098.6, rate="97.22%"),
               FundRow("自治区财政资金", budget=303.6, executed=265.7, rate="87.52%"),
               FundRow("其他资金（包括以前年度结转资金）", budget=412.6, executed=398.6, rate="96.61%")],
        goals_label=("总体目标完成情况", "总体目标", "全年实际完成情况"),
        planned=["完成城镇新增就业1100人，落实各项就业创业补贴政策。"],
        achieved=["全年城镇新增就业1187人，各项补贴按规定发放到位。"],
        ind_columns=TRANSFER_COLS,
        inds=[Ind("产出指标", "数量指标", "城镇新增就业人数", "≥1100人", "1187人"),
              Ind(None, None, "享受公益性岗位补贴人数", "≥160人", "172人"),
              Ind(None, "质量指标", "补贴资金发放准确率", "100%", "100%"),
              Ind("效益指标", "社会效益指标", "城镇登记失业率", "≤4%", "3.2%"),
              Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "94%")])
    rows = form_rows(form)
    # The label column is narrow: the last item's label wraps over three lines, the figures on
    # the line of its last piece, as a flattened sheet gives it.
    k = next(i for i, r in enumerate(rows) if r and r[0] == "其他资金（包括以前年度结转资金）")
    rows[k:k + 1] = [["其他资金"], ["（包括以前年度结转资"], ["金）"] + rows[k][1:]]
    text = join(
        "苇塘县2023年度就业补助资金绩效目标自评表",
        "发布日期：2024-05-20",
        "",
        one_line_rows(rows),
    )
    return Doc("transfer-one-line-rows-wrapped-label-9.txt", "transfer-payment-evaluation",
               "苇塘县2023年度就业补助资金绩效目标自评表", "苇塘县就业服务中心", 2023, "2024-05-20", None, text, form,
               accept={"metadata.issuer": ["苇塘县就业服务中心", "苇塘县人力资源和社会保障局"]},
               notes="Every row on one line; the funds label 其他资金（包括以前年度结转资金） wrapped in its narrow "
                     "cell over three lines (`其他资金` / `（包括以前年度结转资` / `金） 412.6 …`), the figures on the "
                     "last piece's line: one item, its label joined (a bracket left open goes on; a label opening "
                     "with a bracket qualifies the one above). Issuer: the 资金使用单位 or the 地方主管部门.")


# ------------------------------------------------------------------ 56
def project_run_in_title_prose_7():
    text = join(
        "《芦川县第二中学2023年度生均公用经费项目支出绩效自评报告.docx》由会员分享，可在线阅读，更多相关文档请在本站搜索。",
        "芦川县第二中学2023年度生均公用经费项目支出绩效自评报告一、基本情况（一）项目概况我校2023年生均公用经费"
        "项目资金共计186.4万元，其中上级补助资金139.8万元，县级配套46.6万元，用于保障学校教学和日常运转。"
        "（二）绩效目标保障学校正常运转，完成全年教育教学任务。二、资金使用及管理情况资金按规定用途使用，"
        "我县财政局按季度拨付，全年支出178.2万元，预算执行率95.6%。三、绩效自评结论项目绩效自评得分为93分，"
        "评价等级为“优”。四、存在的问题拨款进度偏慢，下半年支出集中。",
    )
    return Doc("project-run-in-title-prose-7.txt", "project-evaluation", "芦川县第二中学2023年度生均公用经费项目支出绩效自评报告",
               "芦川县第二中学", 2023, None, None, text, None, scores={"total": 93, "grade": "优"}, goals=None,
               notes="A document-sharing site's text of a Word report: a viewer line naming the file in 《》 (a cited "
                     "name: not the title), then the whole report on one line, its title run into the first "
                     "heading (`…自评报告一、基本情况…`): the title is the line's start up to where a report's name "
                     "ends. NEGATIVE: `我县财政局` names a body by its relation to the writer, not by name: no issuer.")


# ------------------------------------------------------------------ 57
def project_cell_per_line_slots_note_10():
    form = Form(
        caption="项目支出绩效自评表", year_line="（2022年度）",
        head=[("项目名称", "教学楼外墙维修经费"), ("主管部门", "蒲河县教育局"), ("实施单位", "蒲河县实验小学")],
        funds=[FundRow("年度资金总额", initial=58.6, budget=58.6, executed=52.14, weight="10", rate="89%", score="9"),
               FundRow("其中：当年财政拨款", initial=58.6, budget=58.6, executed=52.14),
               FundRow("上年结转资金"), FundRow("其他资金")],
        ind_columns=PROJECT_COLS,
        inds=[Ind("产出指标", "数量指标", "指标1维修面积", "3200", "3200", 20, 20,
                  note="工程已完工，质保金6.46万元未付，待质保期满后支付。"),
              Placeholder("指标2", fill=""), Placeholder("……", fill=""),
              Ind(None, "质量指标", "指标1验收合格率", "100", "100", 20, 20, note="0"),
              Placeholder("指标2", fill=""), Placeholder("……", fill=""),
              Ind(None, "时效指标", "指标1按期完工率", "100", "100", 10, 10),
              Placeholder("指标2", fill=""), Placeholder("……", fill=""),
              Ind("效益指标", "社会效益指标", "指标1校舍安全保障率", "100", "100", 20, 20, note="0"),
              Placeholder("指标2", fill=""), Placeholder("……", fill=""),
              Ind("满意度指标", "服务对象满意度指标", "指标1师生满意度", "95", "96", 10, 10, note="0"),
              Placeholder("指标2", fill="")],
        total=("总分", 100, 99))
    text = join(
        "教学楼外墙维修经费 绩效自评表",
        "",
        "附件1",
        "",
        cell_per_line(form_rows(form, lead=False), blank=True, empty="space"),
    )
    indicators = form.gold_indicators()
    for r in indicators:
        if r["note"] == "0":
            r["note"] = None
    return Doc("project-cell-per-line-slots-note-10.txt", "project-evaluation", "教学楼外墙维修经费 绩效自评表",
               "蒲河县教育局", 2022, None, None, text, form, indicators=indicators,
               accept={"metadata.title": ["教学楼外墙维修经费 绩效自评表", "项目支出绩效自评表（2022年度）"],
                       "metadata.issuer": ["蒲河县教育局", "蒲河县实验小学"]},
               notes="One cell per line with a blank line after each, empty cells a space; under every filled "
                     "indicator the template's unfilled slots `指标2` / `……`, their empty cells spaces. The first "
                     "row's long note stays in its note cell (the slot after it starts the next row in the name "
                     "column; read as a mere empty cell, it let the note start a row of its own). A bare `0` in the "
                     "偏差原因 column is no note.")


# ------------------------------------------------------------------ round 5
def department_pipe_points_initial_budget_11():
    planned = ["(1)组织实施全镇经济社会发展计划，抓好招商引资和产业结构调整。",
               "(2)实施村镇建设规划，做好道路、水利等公共设施的管理和护林防火工作。",
               "(3)按计划组织本级财政收入，管好用好财政资金。"]
    achieved = ["(1)积极履职，较好完成本年各项工作任务。",
                "(2)完成镇区道路硬化4.2公里，未发生森林火灾。",
                "(3)加强预算收支管理，部门整体支出管理水平得到提升。",
                "(4)完成上级交办的其他事项。"]
    # No rate column: the gold's rates are null. The only budget column is 年初预算数, which the
    # contract's budget never is (domain.md): budgets null.
    funds = [FundRow("年度资金总额", initial=1046.3, executed=1118.62, rate=""),
             FundRow("基本支出", initial=862.45, executed=840.17, rate=""),
             FundRow("项目支出", initial=183.85, executed=278.45, rate=""), FundRow("其他")]
    inds = [Ind("产出指标", "数量指标", "镇区道路硬化里程", "≥4公里", "4.2公里", 20, 20),
            Ind("产出指标", "质量指标", "森林火灾发生次数", "0次", "0次", 20, 20),
            Ind("产出指标", "时效指标", "惠农补贴按时发放率", "100%", "100%", 20, 20),
            Ind("效益指标", "社会效益指标", "群众办事满意率", "≥90%", "94%", 20, 20),
            Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "93%", 10, 10)]
    head = "部门整体支出绩效自评表 | |||||||||"
    lines = [
        "青禾县人民政府 >> 乡镇街道 >> 石门镇 >> 财政预决算",
        "",
        head,
        "单位(盖章):青禾县石门镇人民政府 | 填报日期:2023年2月8日 | ||||||||",
        "部门(单位)名称 | 青禾县石门镇人民政府 | ||||||||",
        "部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 | |||",
        "年度资金总额: | 1046.30 | 1118.62 | 10 | 10 | 执行率*该指标分值，最高不得超过分值上限。 | ||||",
        # a row broken over two lines by the copy
        "基本支出 | 862.45 | 840.17 |",
        "10 | 10 | |||||",
        "项目支出 | 183.85 | 278.45 | 10 | 10 | |||||",
        "其他 | |||||||||",
        "年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | |||||||",
        "".join(planned) + " | " + " ".join(achieved) + " | ||||||||",
        "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值(A) | 全年实际值(B) | 分值(90分) | 得分 | 得分计算方法 | |",
    ]
    first = {"产出指标": True, "效益指标": True, "满意度指标": True}
    for r in inds:
        l1 = r.l1 if first.pop(r.l1, False) else ""
        lines.append(f"{l1} | {r.l2} | {r.name} | {r.target} | {r.actual} | {r.weight} | {r.score} | 全年实际值/年度指标值*该指标分值 | |")
    lines += ["合计 | 90 | 90 | |||||||", "", "打印本页  关闭窗口"]
    indicators = []
    for r in inds:
        g = r.gold(r.l1, r.l2)
        indicators.append(g)
    return Doc("department-pipe-points-initial-budget-11.txt", "department-evaluation", "部门整体支出绩效自评表",
               "青禾县石门镇人民政府", None, None, None, "\n".join(lines),
               funding=[f.gold() for f in funds], indicators=indicators, scores={"total": 90},
               goals={"planned": planned, "achieved": achieved},
               notes="A township's department form as pipe rows. The funds header gives its columns' points "
                     "(`分值(10分)`) and a `得分计算方法` column; the only budget column is 年初预算数(A), against which "
                     "B is measured; the contract's budget is never 年初预算数 (domain.md): budgets null. A funds row is broken over two lines (`基本支出 | 862.45 | 840.17 |` / "
                     "`10 | 10 |`). No rate column: rates null. The form states no year evaluated (only its 填报日期): "
                     "year null. Indicator header `分值(90分)`; the 得分计算方法 cells are no notes. 合计 90 of 90.")


def project_pipe_fraction_rate_12():
    inds = [Ind("产出指标", "数量指标", "建设林下经济示范基地 (个)", "4", "4", None, 20.0, gold_name="建设林下经济示范基地 (个)"),
            Ind(None, "数量指标", "带动农户(户)", "320", "286", None, 17.9),
            Ind("效益指标", "经济效益指标", "示范基地亩均增收(元)", "1500", "1620", None, 20.0),
            Ind("满意度指标", "服务对象满意度指标", "满意度(%)", "90", "95", None, 20.0)]
    text = join(
        "索引号 | 01530000-2-/2023-0612004 | 发布机构 | 云溪县林业和草原局 |",
        "公开目录 | 绩效评价 | 发布日期 | 2023-06-12 |",
        "文号 | 浏览量 | 41 |",
        "项目支出绩效自评表 |",
        "||||||",
        "单位名称:云溪县林业和草原局 | 填报日期:2023年5月20日 | |||||",
        "项目名称 | 2022年林下经济示范基地建设项目 | |||||",
        "主管部门 | 云溪县人民政府 | 项目实施单位 | 云溪县林业和草原局 | |||",
        "项目类别 | 1、部门预算项目 □ 2、上级专项 þ | |||||",
        "项目属性 | 1、持续性项目 □ 2、新增性项目þ | |||||",
        "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |",
        "||",
        "年度财政资金总额 | 280 | 238 | 0.85 | 17 | ||",
        "年度绩效目标1 (80分) |",
        "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
        "产出指标 | 数量指标 | 建设林下经济示范基地 (个) |",
        "4 | 4 | 20.0 | |",
        "数量指标 | 带动农户(户) | 320 | 286 | 17.9 | ||",
        "效益指标 | 经济效益指标 | 示范基地亩均增收(元) | 1500 | 1620 | 20.0 | |",
        "满意度指标 | 服务对象满意度指标 | 满意度(%) | 90 | 95 | 20.0 | |",
        "总分 | 94.9 | |||||",
        "偏差大或 目标未完成 原因分析 |",
        "部分农户外出务工未参与，带动户数未达到目标。 | |||||",
        "改进措施及 结果应用方案 |",
        "加强宣传动员，扩大示范基地辐射范围。 | |||||",
    )
    indicators = []
    l1 = None
    for r in inds:
        l1 = r.l1 or l1
        indicators.append(r.gold(l1, r.l2))
    return Doc("project-pipe-fraction-rate-12.txt", "project-evaluation", "项目支出绩效自评表",
               "云溪县林业和草原局", None, "2023-06-12", "01530000-2-/2023-0612004", text,
               funding=[{"item": "年度财政资金总额", "budget": 280, "executed": 238, "executionRate": 85}],
               indicators=indicators, scores={"total": 94.9}, goals=None,
               accept={"metadata.title": ["项目支出绩效自评表"]},
               notes="A Yunnan-style project form as pipe rows under the page's metadata as pipe rows (`公开目录 | 绩效评价 | "
                     "发布日期 | …`: 公开目录 is a label). Funds header `预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | "
                     "执行率(B/A) | 得分 (20分*执行率)`: the score column carries its points and formula; 执行率 written as a "
                     "fraction of one (0.85 for 238 of 280) is 85. Indicators have no 分值 column; one name carries its unit "
                     "in brackets and its figures on the next line. 总分 94.9. No year evaluated is stated (the project's "
                     "name carries its start year, the 填报日期 the year after): year null.")


def department_prose_cover_township_13():
    text = join(
        "索 引 号: 13500000/2023-02117 | 主题分类: 财政、金融、审计 | 发布机构: 苇塘市青石镇 |",
        "成文日期: 2023-07-11 | 文件编号: | 有 效 性: 有效 |",
        "部门整体支出绩效评价自评报告",
        "( 2022 年度)",
        "评价类型: 项目实施过程评价 项目完成结果评价",
        "部门(单位)全称: 青石镇人民政府 (公章)",
        "主管部门审核意见:",
        "财政部门审核意见:",
        "填报日期 年 月 日",
        "苇塘市财政局制",
        "青石镇人民政府部门整体支出绩效",
        "评价报告",
        "一、部门基本情况",
        "青石镇人民政府主要负责全镇经济社会发展、公共服务和社会治理等工作。2022年部门决算支出1286.4万元，其中基本支出1012.6万元，项目支出273.8万元。",
        "二、绩效评价工作开展情况",
        "我镇成立绩效自评工作小组，对照年初设定的绩效目标逐项开展自评。",
        "三、综合评价结论",
        "经自评，2022年度部门整体支出绩效评分96分，自评为优。",
        "四、存在的问题及改进措施",
        "部分项目预算编制不够精准，下一步将加强预算执行监控。",
    )
    return Doc("department-prose-cover-township-13.txt", "department-evaluation", "部门整体支出绩效评价自评报告",
               "苇塘市青石镇人民政府", 2022, "2023-07-11", "13500000/2023-02117", text,
               funding=[], indicators=[], scores={"total": 96, "grade": "优"}, goals=None,
               sections=[("一、", "部门基本情况"), ("二、", "绩效评价工作开展情况"), ("三、", "综合评价结论"),
                         ("四、", "存在的问题及改进措施")],
               accept={"metadata.title": ["部门整体支出绩效评价自评报告", "青石镇人民政府部门整体支出绩效评价报告"]},
               notes="A department report with a province's cover page: the page's metadata as pipe rows with spaced "
                     "labels (`索 引 号`, `有 效 性`) and 发布机构 a township's place alone (`苇塘市青石镇`: its 人民政府); "
                     "`部门(单位)全称: … (公章)`; the finance bureau that made the template (`苇塘市财政局制`) is no "
                     "issuer. The report's own title wraps over two lines after the cover. The grade and the total only "
                     "in prose: `绩效评分96分，自评为优`.")


def project_headerless_run_together_14():
    inds = [Ind("产出指标", "数量指标", "护林员补助发放人数", "≥120人", None, 25),
            Ind(None, "数量指标", "巡护天数", "≥200天", None, 25),
            Ind("产出指标", "时效指标", "补助按月发放率", "=100%", None, 20),
            Ind("效益指标", "生态效益指标", "森林火灾受害率(受害面积/林地面积)", "≤0.8‰", None, 20)]
    text = join(
        "云溪县2023年度护林员补助资金项目支出绩效自评表",
        "发布时间:2024-03-18 来源:云溪县林业和草原局 浏览次数:57",
        "产出指标数量指标护林员补助发放人数≥120人 25 巡护天数≥200天 25 时效指标补助按月发放率=100% 20 "
        "效益指标生态效益指标森林火灾受害率(受害面积/林地面积)≤0.8‰ 20 合计100 "
        "评价结论补助资金按月足额发放。存在问题无改进措施无项目负责人:财务负责人:",
    )
    indicators = []
    l1 = None
    for r in inds:
        l1 = r.l1 or l1
        indicators.append(r.gold(l1, r.l2))
    return Doc("project-headerless-run-together-14.txt", "project-evaluation",
               "云溪县2023年度护林员补助资金项目支出绩效自评表", "云溪县林业和草原局", 2023, "2024-03-18", None, text,
               funding=[], indicators=indicators, scores=None, goals=None,
               notes="A page that kept only the form's body, its cells run together with no separator: level labels "
                     "glued to the names (`产出指标数量指标护林员补助发放人数≥120人`), each row's one figure a bare weight, "
                     "rows carrying no label of their own, a name holding a formula with a slash in brackets, "
                     "`合计100` (the weights' total: no score) and the closing lines (评价结论…项目负责人) on the same line. "
                     "No header: the rows are read under the templates' column order.")


def department_headerless_rows_15():
    inds = [Ind("产出指标", "数量指标", "开展普法宣传活动", "≥24场", "26场", 15, 15),
            Ind(None, None, "发放宣传资料", "≥5000份", "5400份", 10, 10),
            Ind(None, "质量指标", "法律援助案件结案率", "≥95%", "97%", 15, 15),
            Ind(None, "时效指标", "援助申请受理时限", "≤3个工作日", "2个工作日", 10, 10),
            Ind("效益指标", "社会效益指标", "群众法治意识", "有所提升", "明显提升", 20, 18, "宣传覆盖偏远村组不足"),
            Ind("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%", "94%", 10, 10)]
    text = join(
        "芦川县司法局2023年度部门整体支出绩效自评报告",
        "一、部门基本情况",
        "芦川县司法局负责全县普法宣传、法律援助、人民调解等工作。2023年部门决算支出612.8万元。",
        "二、绩效目标完成情况",
        "对照年初设定的绩效指标，各项指标完成情况如下：",
        "产出指标 数量指标 开展普法宣传活动 ≥24场 26场 15 15",
        "                  发放宣传资料 ≥5000份 5400份 10 10",
        "         质量指标 法律援助案件结案率 ≥95% 97% 15 15",
        "         时效指标 援助申请受理时限 ≤3个工作日 2个工作日 10 10",
        "效益指标 社会效益指标 群众法治意识 有所提升 明显提升 20 18 宣传覆盖偏远村组不足",
        "满意度指标 服务对象满意度指标 受援群众满意度 ≥90% 94% 10 10",
        "合计 80 78",
        "三、存在的问题及改进措施",
        "偏远村组宣传覆盖不足，下一步将增加进村入户宣传。",
    )
    indicators = []
    l1 = None
    l2 = None
    for r in inds:
        l1 = r.l1 or l1
        l2 = r.l2 or l2
        indicators.append(r.gold(l1, l2))
    return Doc("department-headerless-rows-15.txt", "department-evaluation",
               "芦川县司法局2023年度部门整体支出绩效自评报告", "芦川县司法局", 2023, None, None, text,
               funding=[], indicators=indicators, scores={"total": 78}, goals=None,
               sections=[("一、", "部门基本情况"), ("二、", "绩效目标完成情况"), ("三、", "存在的问题及改进措施")],
               notes="A report whose indicator rows stand in the prose with no header line: one row a line, cells "
                     "split by single spaces, merged labels shown once (rows below a label indented), a qualitative "
                     "target and actual, a note after the figures, `合计 80 78` (weights, then the score). Read under "
                     "the templates' column order: target, actual, weight, score, note.")


# ------------------------------------------------------------------ round 7 (prose reports)
def department_prose_contents_16():
    text = join(
        "文件名称: | |||",
        "统一登记号: | |||",
        "索引号: 4306210003/2024-01542 | 发文编号: | ||",
        "公开目录: 预算绩效 | 公开责任部门: 县委办公室 | ||",
        "发文日期: 2024-05-20 | 公开形式: 主动公开 | ||",
        "生效日期 : | 有效期: |",
        "中共苇塘县委办公室2023年部门整体支出绩效自评报告",
        "目录",
        "一、摘要",
        "二、部门概况",
        "（一）部门机构设置、编制",
        "（二）部门资金来源及使用情况",
        "三、绩效目标",
        "四、评价结论和绩效分析",
        "五、存在的问题",
        "附件1 评价指标体系",
        "中共苇塘县委办公室",
        "2023年度部门整体支出绩效自评报告",
        "摘要",
        "一、部门概况",
        "截至2023年12月31日，办公室核定行政编制28名，在职实有26人。2023年部门决算支出862.7万元，其中基本支出701.3万元，项目支出161.4万元。",
        "二、绩效目标",
        "1.保障县委机关日常运转，全年办文办会零差错。",
        "2.完成督查督办事项120件以上。",
        "三、评价结论和绩效分析",
        "经自评，2023年度部门整体支出绩效自评得分95.5分，等级为优。",
        "四、存在的问题",
        "预算编制精细化程度不够，下一步将加强预算执行监控。",
    )
    return Doc("department-prose-contents-16.txt", "department-evaluation",
               "中共苇塘县委办公室2023年部门整体支出绩效自评报告", "中共苇塘县委办公室", 2023, "2024-05-20",
               "4306210003/2024-01542", text, funding=[], indicators=[], scores={"total": 95.5, "grade": "优"},
               goals={"planned": ["1.保障县委机关日常运转，全年办文办会零差错。", "2.完成督查督办事项120件以上。"],
                      "achieved": []},
               sections=[("一、", "部门概况"), ("二、", "绩效目标"), ("三、", "评价结论和绩效分析"), ("四、", "存在的问题")],
               notes="A prose department report under a province's metadata block (`文件名称 | 统一登记号 | 索引号 | 发文编号 | "
                     "公开目录 | 公开责任部门 | 发文日期 | 生效日期 | 有效期`, most empty: an empty 索引号 takes no label for its "
                     "value). A 目录 lists the headings (numbered otherwise than the body: `三、绩效目标` there, `二、` in the "
                     "body); its lines are text, not sections, up to the body's restart at `一、`. The goals stated in prose "
                     "as a numbered list under `二、绩效目标` are the planned goals; total and grade in prose.")


def work_summary_prose_plan_title_5():
    text = join(
        "苇塘市医疗保障局2024年上半年工作总结及",
        "下半年工作打算",
        "来源：苇塘市医疗保障局  发布时间：2024-07-16 10:20",
        "2024年上半年，市医疗保障局坚持以人民健康为中心，持续推进我市医保服务开创新局。截至6月底，全市基本医疗保险参保312.46万人。",
        "一、上半年主要工作",
        "（一）待遇保障更加可感可及。一是全民参保持续巩固，常住人口参保率98.6%。二是门诊共济保障稳步推进。",
        "（二）基金监管持续加强。上半年检查定点医药机构426家，追回医保基金318.2万元。",
        "二、存在的问题",
        "基层经办服务力量仍显薄弱，部分乡镇医保工作站人员不足。",
        "三、下半年工作打算",
        "（一）持续推进支付方式改革。",
        "（二）强化基金常态化监管。",
    )
    return Doc("work-summary-prose-plan-title-5.txt", "work-summary", "苇塘市医疗保障局2024年上半年工作总结及下半年工作打算",
               "苇塘市医疗保障局", 2024, "2024-07-16", None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "上半年主要工作"), ("二、", "存在的问题"), ("三、", "下半年工作打算")],
               notes="A 医疗保障局 half-year summary whose title wraps before the plan's word (`…工作总结及` / `下半年工作打算`): "
                     "打算 ends a work summary's title as 计划 does, so the second line completes it. NEGATIVE: "
                     "`持续推进我市医保服务开创新局` is a sentence about the writer's city (开创新局: a new situation), no body.")


def project_sharing_chunks_17():
    text = join(
        "《芦川市纪念园管理处2023年度项目支出绩效自评报告.docx》由会员分享，可在线阅读，更多相关文档请在本站搜索。",
        "1、芦川市纪念园管理处2023年度项目支出绩效自评报告为做好2023年度项目支出绩效自评工作，根据芦川市财政局关于开展"
        "2023年度单位自评工作的通知要求，现将情况报告如下：一、项目基本情况我处2023年共实施2个项目，其中纪念设施维修项目"
        "预算42.6万元，全年实际支付41.8万元，维修墓",
        "2、道及围栏620平方米，更换破损碑刻12块，完成墓区排水沟清理1.2公里；环境提升项目预算18万元，全年实际支付18万元，"
        "改造宣传版",
        "3、面共计450平方米。二、自评结论经自评，项目支出绩效自评得分为94分，评价等级为“优”。",
    )
    return Doc("project-sharing-chunks-17.txt", "project-evaluation", "芦川市纪念园管理处2023年度项目支出绩效自评报告",
               "芦川市纪念园管理处", 2023, None, None, text, funding=[], indicators=[],
               scores={"total": 94, "grade": "优"}, goals=None,
               notes="A document-sharing site's extract: the viewer line citing the file in 《》, then the text cut into "
                     "pieces numbered `1、` `2、` `3、`, each going on mid-word from the last (`维修墓` / `道及围栏`): the "
                     "site's numbers, joined back into one text, open no sections. NEGATIVE: `芦川市财政局关于开展…的通知` "
                     "names the author of a cited notice, not the writer; a 管理处 is the issuer.")


def project_prose_target_list_18():
    text = join(
        "芦川县农业农村局2023年耕地地力保护经费的绩效自评报告",
        "发布时间：2024-04-09 09:15　来源：芦川县农业农村局",
        "一、项目概况",
        "（一）项目基本情况",
        "耕地地力保护经费全年预算86.5万元，全年执行84.9万元，用于耕地质量监测和农户培训。",
        "（二）项目绩效目标",
        "目标1：完成耕地质量监测点20个；目标2：培训农户300人次；目标3：农户满意度达到90%以上。",
        "二、绩效目标完成情况",
        "全年完成监测点21个，培训农户326人次，农户满意度93%。",
        "三、自评结论",
        "经自评，该项目综合得分92分，自评等级为优。",
    )
    return Doc("project-prose-target-list-18.txt", "project-evaluation", "芦川县农业农村局2023年耕地地力保护经费的绩效自评报告",
               "芦川县农业农村局", 2023, "2024-04-09", None, text, funding=[], indicators=[],
               scores={"total": 92, "grade": "优"},
               goals={"planned": ["目标1：完成耕地质量监测点20个；", "目标2：培训农户300人次；", "目标3：农户满意度达到90%以上。"],
                      "achieved": []},
               sections=[("一、", "项目概况"), ("二、", "绩效目标完成情况"), ("三、", "自评结论")],
               notes="A prose project report on a 经费 evaluated alone (`…保护经费的绩效自评报告`: a project). Its goals run "
                     "together on the line under `（二）项目绩效目标` (`目标1：…；目标2：…`): the planned goals, as listed. "
                     "What was achieved is told in prose under `二、绩效目标完成情况`, no list: achieved stays empty.")
def transfer_one_line_opening_16():
    text = ("一、转移支付基本情况2023年省级下达芦川县农村饮水安全维修养护补助资金共计386万元,"
            "用于全县农村供水工程维修养护。二、绩效目标及完成情况年初设定目标为维修供水工程不少于40处,"
            "全年实际维修供水工程43处,受益人口5.2万人,工程维修验收合格率100%。三、资金管理情况资金按进度拨付,"
            "专款专用,未发现挤占挪用。四、自评结论经自评,该项资金绩效自评得分95分,等级为优。"
            "五、存在问题部分工程维修资金拨付进度偏慢,下一步将加快拨付。")
    return Doc("transfer-one-line-opening-16.txt", "transfer-payment-evaluation", None, None, 2023, None, None, text,
               funding=[], indicators=[], scores={"total": 95, "grade": "优"}, goals=None,
               notes="A sharing site's copy of a transfer-payment self-evaluation report flattened to ONE line, no "
                     "title: the line opens with `一、转移支付基本情况`, which names the kind. No body is named as the "
                     "report's writer (the county appears only as the grant's place): issuer null. The year from the "
                     "first sentence (`2023年省级下达…`); total and grade from `自评得分95分,等级为优`.")


def project_pipe_full_points_total_17():
    inds = [Ind("产出指标", "数量指标", "修缮校舍面积", "≥2400平方米", "2520平方米", 30, 30),
            Ind(None, "质量指标", "工程验收合格率", "100%", "100%", 20, 20),
            Ind("效益指标", "社会效益指标", "消除校舍安全隐患", "有效消除", "有效消除", 20, 20),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "96%", 20, 20)]
    text = join(
        "白沙县教育局2023年度农村学校校舍维修项目支出绩效自评表",
        "根据自治区财政厅关于开展2023年度预算绩效自评工作的通知要求,我局对校舍维修项目开展了绩效自评。",
        "项目名称 | 农村学校校舍维修项目 | | | | |",
        "主管部门 | 白沙县教育局 | 实施单位 | 白沙县教育局 | | |",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分 |",
        "产出指标 | 数量指标 | 修缮校舍面积 | ≥2400平方米 | 2520平方米 | 30 | 30 |",
        " | 质量指标 | 工程验收合格率 | 100% | 100% | 20 | 20 |",
        "效益指标 | 社会效益指标 | 消除校舍安全隐患 | 有效消除 | 有效消除 | 20 | 20 |",
        "满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 96% | 20 | 20 |",
        "合计 | 100 | | | | | |",
    )
    indicators = []
    l1 = None
    for r in inds:
        l1 = r.l1 or l1
        indicators.append(r.gold(l1, r.l2))
    return Doc("project-pipe-full-points-total-17.txt", "project-evaluation",
               "白沙县教育局2023年度农村学校校舍维修项目支出绩效自评表", "白沙县教育局", 2023, None, None, text,
               funding=[], indicators=indicators, scores=None, goals=None,
               notes="Pipe rows of a form with 权重 and 得分 columns whose 合计 row holds a lone 100 (the template's full "
                     "points, its score cell left empty): no total score, though the rows scored 90 of 90 (the budget "
                     "row's 10 points stand elsewhere). NEGATIVE for the issuer: the running text cites "
                     "`自治区财政厅` (a body named by its level alone) before the form; the issuer is the 主管部门 in the "
                     "title.")



def project_pipe_two_row_header_13():
    def ind(l1, l2, name, raw, op, value, unit, actual, avalue, aunit):
        return {"level1": l1, "level2": l2, "name": name, "target": {"raw": raw, "operator": op, "value": value, "unit": unit},
                "actual": {"raw": actual, "value": avalue, "unit": aunit}, "note": None}
    text = join(
        "首页 > 信息公开 > 财政预决算 > 部门决算",
        "2023年度项目支出绩效自评表 | 部门:澄川县石岭中学 |",
        "|",
        "| 公开14表 | 项目名称 | 农村学生营养午餐补助资金 | 主管部门 | 澄川县教育体育局 | 实施单位 | 澄川县石岭中学 | 项目资金 (元) |",
        "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |",
        "| 412850.4 | 412850.4 | 10 | 100% | 10 | 其中:当年财政 拨款 |",
        "| — | — | — |",
        "| — | 上年结转 资金 |",
        "|",
        "| — |",
        "| — | 其他资金 | — | — | — | — |",
        "| — | 年度 总体 目标 | 预期目标 | 实际完成情况 | 保障在校学生每个上学日一顿营养午餐，改善农村学生营养状况 | "
        "全年供餐182天，在校学生全部享受营养午餐 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | "
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 受益学生人数 | ≧ | 820 | 人 | 836 | 10 | 10 |",
        "| 质量指标 | 食品安全事故起数 | ═ | 0 | 起 | 0起 | 10 | 10 |",
        "| 时效指标 | 补助资金拨付及时率 | ≧ | 95 | % | 92% | 10 | 8 |",
        "| 成本指标 | 生均每日补助标准 | ═ | 5 | 元 | 5元 | 10 | 10 |",
        "| 效益指标 | 经济效益 指标 | 减轻学生家庭负担 |",
        "| 明显 |",
        "| 明显 | 10 | 10 |",
        "| 社会效益 指标 | 学生营养知识知晓率 | ≧ | 90 | % | 94% | 10 | 10 |",
        "| 生态效益 指标 |",
        "|",
        "|",
        "|",
        "| 可持续影响 指标 | 营养午餐供应机制运行年限 | ≧ | 3 | 年 | 3年 | 10 | 10 |",
        "| 满意度指标 | 服务对象满意度指标等 | 学生满意度 | ≧ | 90 | % | 96% | 10 | 10 |",
        "| 家长满意度 | ≧ | 90 | % | 93% | 10 | 9 |",
        "| 其他需要说明事项 | 无 | 总分 | 100 | 97 | 优 |",
        "|",
    )
    indicators = [
        ind("产出指标", "数量指标", "受益学生人数", "≧820人", ">=", 820, "人", "836", 836, None),
        ind("产出指标", "质量指标", "食品安全事故起数", "═0起", "=", 0, "起", "0起", 0, "起"),
        ind("产出指标", "时效指标", "补助资金拨付及时率", "≧95%", ">=", 95, "%", "92%", 92, "%"),
        ind("产出指标", "成本指标", "生均每日补助标准", "═5元", "=", 5, "元", "5元", 5, "元"),
        ind("效益指标", "经济效益指标", "减轻学生家庭负担", "明显", None, None, None, "明显", None, None),
        ind("效益指标", "社会效益指标", "学生营养知识知晓率", "≧90%", ">=", 90, "%", "94%", 94, "%"),
        ind("效益指标", "可持续影响指标", "营养午餐供应机制运行年限", "≧3年", ">=", 3, "年", "3年", 3, "年"),
        ind("满意度指标", "服务对象满意度指标等", "学生满意度", "≧90%", ">=", 90, "%", "96%", 96, "%"),
        ind("满意度指标", "服务对象满意度指标等", "家长满意度", "≧90%", ">=", 90, "%", "93%", 93, "%"),
    ]
    return Doc("project-pipe-two-row-header-13.txt", "project-evaluation", "2023年度项目支出绩效自评表",
               "澄川县石岭中学", 2023, None, None, text,
               funding=[{"item": "年度资金总额", "budget": 41.28504, "executed": 41.28504, "executionRate": 100},
                        {"item": "当年财政拨款", "budget": None, "executed": None, "executionRate": None},
                        {"item": "上年结转资金", "budget": None, "executed": None, "executionRate": None},
                        {"item": "其他资金", "budget": None, "executed": None, "executionRate": None}],
               indicators=indicators, scores={"total": 97, "grade": "优"}, split_target=True,
               goals={"planned": ["保障在校学生每个上学日一顿营养午餐，改善农村学生营养状况"],
                      "achieved": ["全年供餐182天，在校学生全部享受营养午餐"]},
               notes="A Yunnan department's 公开14表 (项目支出绩效自评表) as a copy of its markup gives it: pipe cells, each "
                     "line the end of one row and the start of the next, empty cells vanished. Funds in 元 (gold in 万元) "
                     "with the blank 年初预算数 lost, so the row's figures stand packed left (`412850.4 | 412850.4 | 10 | "
                     "100% | 10`): the 执行率 says which. The indicator header is two rows copied one after the other "
                     "(`绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差… | 一级指标 | 二级指标 | 三级指标 | 指标性质 | "
                     "指标值 | 度量单位`): 年度指标值 spans the split target. Signs written ≧ and the box-drawing ═ for =; a "
                     "row broken over three lines; 总分 | 100 | 97 | 优 with the grade; issuer from `部门:` on the caption "
                     "line (the school, not its 主管部门). The 其中 rows are dashed (`—`): no figures.")


def department_prose_body_year_cover_14():
    text = join(
        "青石镇人民政府2024年度绩效自评报告",
        "",
        "评价年度：2024",
        "评价单位（公章）：苇塘市青石镇人民政府",
        "填报日期：2025年3月",
        "",
        "根据县财政局关于开展年度绩效自评工作的通知要求，我镇成立自评工作小组，对照年初绩效目标逐项开展自评，现将情况报告如下：",
        "一、单位基本情况",
        "青石镇人民政府核定编制64人，无下属二级预算单位，负责全镇经济社会发展、公共服务和社会治理等工作。",
        "二、收支与绩效目标",
        "2024年度财政拨款收入合计1386.2万元，财政拨款支出合计1386.2万元，预算执行率100%。",
        "三、自评结论",
        "经自评，本单位2024年度绩效目标全部完成。",
    )
    return Doc("department-prose-body-year-cover-14.txt", "department-evaluation", "青石镇人民政府2024年度绩效自评报告",
               "苇塘市青石镇人民政府", 2024, None, None, text,
               funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "单位基本情况"), ("二、", "收支与绩效目标"), ("三、", "自评结论")],
               notes="A township's report titled `<body><year>年度绩效自评报告`: nothing narrower than the body's year "
                     "between the year and 绩效, so the whole of its spending is evaluated (a department's evaluation). "
                     "The cover names the body in full after `评价单位（公章）：`; the title's short name is the same body. "
                     "填报日期 is no publishing date.")


def department_one_line_spaced_year_15():
    text = join(
        "2023年苇塘市发展和改革局部门整体支出绩效自评报告.pdf",
        "2023 年苇塘市发展和改革局整体支出 绩效自评报告 根据《关于开展 2024 年市级财政资金绩效自评工作的 通知》要求，"
        "我单位及时布置自 评任务，明确人员分工，认真开展自评自查 工作，对苇塘市发展和改革局 2023 年度整体支出进行了评价，"
        "形成本评价报告。现将情况报告如下： 一、部门基本情况 （一）部门职能 我局负责拟订和组织实施全市国民经济和社会"
        "发展规划、年度计划和重点项目计划。 （二）设置机构及人员情况 我局设 12 个内设机构，实有编制数 48 人。",
    )
    return Doc("department-one-line-spaced-year-15.txt", "department-evaluation", "2023年苇塘市发展和改革局部门整体支出绩效自评报告",
               "苇塘市发展和改革局", 2023, None, None, text,
               funding=[], indicators=[], scores=None, goals=None,
               accept={"metadata.title": ["2023年苇塘市发展和改革局部门整体支出绩效自评报告",
                                          "2023年苇塘市发展和改革局整体支出绩效自评报告"]},
               notes="A PDF's text run into one line after the file's name: a space between the year's figures and 年 "
                     "(`2023 年苇塘市…`), so the body's name is found after a bare 年, which is no part of it; the body "
                     "named again after the preposition 对. The issuer is the body, without either.")


def project_prose_stated_title_14():
    text = join(
        "为做好2022年农村公路建设资金项目绩效管理工作，根据市财政局关于开展项目资金绩效自评的通知要求，"
        "现将2022年苇塘县交通运输局农村公路建设资金项目绩效自评总结报告如下:",
        "一、绩效目标分解下达情况",
        "2022年农村公路建设项目计划投资860万元，新建通村道路14.2公里。",
        "二、绩效自评工作开展情况",
        "我局于2022年12月对项目各项绩效指标完成情况逐项进行了核查。",
        "三、绩效目标完成情况分析",
        "项目资金860万元，截至2022年12月底已拨付835.4万元，执行率97.14%。新建道路14.2公里全部验收合格。",
    )
    return Doc("project-prose-stated-title-14.txt", "project-evaluation",
               "2022年苇塘县交通运输局农村公路建设资金项目绩效自评总结报告", "苇塘县交通运输局", 2022, None, None, text,
               funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "绩效目标分解下达情况"), ("二、", "绩效自评工作开展情况"), ("三、", "绩效目标完成情况分析")],
               notes="A report copied without its title line: the opening sentence names it (`…，现将<name>报告如下:`), "
                     "so that is the title. The body's name follows the year's 年 (`2022年苇塘县…`): 年 is no part of it. "
                     "Figures only in prose: no funds table.")

def project_pipe_headerless_split_target_18():
    inds = [Ind(None, "时效指标", "巡查经费发放及时率", ("=", "100", "%"), None, 10),
            Ind("成本指标", "经济成本指标", "巡查宣传成本", ("≤", "52000", "元"), None, 10),
            Ind("效益指标", "社会效益指标", "群众安全知晓率", ("=", "100", "%"), None, 20),
            Ind(None, "可持续影响指标", "巡查机制健全性", ("定性", "优良中低差", ""), None, 10),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ("≥", "90", "%"), None, 10)]
    text = join(
        "时效指标 | 巡查经费发放及时率 | = | 100 | % | 10 | ||||||",
        "成本指标 | 经济成本指标 | 巡查宣传成本 | ≤ | 52000 | 元 | 10 | |||||",
        "效益指标 | 社会效益指标 | 群众安全知晓率 | = | 100 | % | 20 | ||||",
        "可持续影响指标 | 巡查机制健全性 | 定性 | 优良中低差 | 10 | ||||||",
        "满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥ | 90 | % | 10 | ||||",
        "合计 | 100 | |||||||||",
        "评价结论 | 结合自评情况,说明项目自评总分。(200字以内) | |||||||||",
        "项目负责人: | 财务负责人: | |||||||||",
        "部门预算项目支出绩效自评表(2023年度) | ||||||||||",
        "项目名称 | 芦川县河道安全巡查经费 | |||||||||",
        "主管部门 | 芦川县水利局 | 实施单位 (盖章) | 芦川县河道管理站 | |||||||",
    )
    indicators = []
    l1 = None
    for r in inds:
        l1 = r.l1 or l1
        indicators.append(r.gold(l1 if r.l1 else level1_from_level2(r.l2), r.l2))
    return Doc("project-pipe-headerless-split-target-18.txt", "project-evaluation",
               "部门预算项目支出绩效自评表(2023年度)", "芦川县水利局", 2023, None, None, text,
               funding=[], indicators=indicators, scores=None, goals=None, split_target=True,
               notes="A page whose text starts in the middle of a form's indicator block: pipe rows with no header, "
                     "the target split into 指标性质 / 指标值 / 度量单位 cells (`= | 100 | %`, `定性 | 优良中低差`), "
                     "a bare weight per row, 合计 100 (weights: no score), the closing lines, then the next form's "
                     "caption and head. The rows before the first header are read under the templates' columns; "
                     "the split target is joined (`=100%`; `定性` gives the value alone).")


# ------------------------------------------------------------------ round 9
def project_one_line_run_in_headings_19():
    text = join(
        "《芦川县第三小学专项资金绩效自评报告.docx》由会员分享，可在线阅读，更多相关文档请在本站搜索。",
        "芦川县第三小学专项资金绩效自评报告一、基本情况（一）项目概况我校2023年项目为一个：生均公用经费项目"
        "（二）资金及项目绩效目标我校2023年按生均900元安排，共计162万元，减免一、二年级学生课后服务费，"
        "项目绩效目标是保障学校正常运转二、资金使用及管理情况我校全年支出153.9万元，余款结转下年使用"
        "三、存在的问题及原因分析暂无问题四、几点建议拨款应更及时五、自评结论经自评，自评分为93分。",
    )
    return Doc("project-one-line-run-in-headings-19.txt", "transfer-payment-evaluation", "芦川县第三小学专项资金绩效自评报告",
               "芦川县第三小学", 2023, None, None, text, funding=[], indicators=[], scores={"total": 93, "grade": None},
               goals=None,
               sections=[("一、", "基本情况"), ("二、", "资金使用及管理情况"), ("三、", "存在的问题及原因分析"),
                         ("四、", "几点建议"), ("五、", "自评结论")],
               notes="A sharing site's copy of a school's 专项资金 report (a grant's, as its title says) flattened to one "
                     "line, its line breaks lost: the title "
                     "runs into `一、`, each heading's title into its sentence with no mark between "
                     "(`…绩效目标我校2023年…`, `…运转二、资金使用…`, `几点建议拨款应更及时`): the headings in their "
                     "numbering's sequence are cut out, each title ending in a heading's word where the sentence "
                     "starts. The total said as `自评分为93分`. NEGATIVE: `减免一、二年级学生…` is a list in a "
                     "sentence, no headings (no title between its numbers, out of sequence).")


def other_final_accounts_1():
    text = join(
        "政府信息公开",
        "索引号:",
        "lcwl/2024-00031",
        "发布机构:",
        "芦川县财政局",
        "发布日期:",
        "2024-09-20",
        "芦川县文化旅游局2023年度部门决算",
        "目录",
        "第一部分 部门概况",
        "一、主要职能",
        "二、部门基本情况",
        "第二部分 2023年度部门决算表",
        "一、收入支出决算表",
        "二、收入决算表",
        "第三部分 其他重要事项及相关口径情况说明",
        "一、部门整体支出绩效自评情况",
        "二、项目支出绩效自评表",
        "第一部分 部门概况",
        "一、主要职能",
        "负责全县文化旅游事业发展规划并组织实施，指导全县公共文化服务体系建设。",
        "二、部门基本情况",
        "本部门内设股室6个，下属事业单位3个，年末实有人员58人。",
    )
    return Doc("other-final-accounts-1.txt", "other", "芦川县文化旅游局2023年度部门决算", "芦川县文化旅游局", 2023,
               "2024-09-20", "lcwl/2024-00031", text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("第一部分", "部门概况")],
               notes="A body's final accounts (部门决算), published in the same column as its performance reports and "
                     "listing its 部门整体支出绩效自评 among its parts: a title ending in 部门决算, kind other. The "
                     "metadata block's 发布机构 is the finance bureau that publishes it; the accounts are the "
                     "bureau's named in the title. NEGATIVE: the 目录's lines (`一、收入支出决算表`) are text, not "
                     "sections; `一般公共预算…决算表` captions are no title.")


def work_summary_inline_headings_6():
    text = join(
        "苇塘市医疗保障局2024年上半年工作总结",
        "发布时间：2024-07-09 16:40　来源：苇塘市医疗保障局",
        "2024年上半年，我局紧紧围绕年度目标任务，扎实推进各项医疗保障工作，现将上半年工作总结如下。 一、总体情况 "
        "上半年，全市基本医疗保险参保人数达286.3万人，基金运行总体平稳。 （一）参保扩面方面 全市新增参保2.1万人，"
        "常住人口参保率稳定在98%以上。 （二）基金监管方面 检查定点医药机构312家，追回医保基金206.4万元。 "
        "二、存在问题 部分乡镇医保经办力量仍显不足，信息化水平有待提高。",
    )
    return Doc("work-summary-inline-headings-6.txt", "work-summary", "苇塘市医疗保障局2024年上半年工作总结",
               "苇塘市医疗保障局", 2024, "2024-07-09", None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "总体情况"), ("二、", "存在问题")],
               notes="A 医疗保障局 half-year summary whose body a page copied as one paragraph, each heading set off by "
                     "spaces only (`…总结如下。 一、总体情况 上半年，…（一）参保扩面方面 全市新增…`): the headings "
                     "in sequence are cut out at the space after their titles. NEGATIVE: `2024年上半年` opens no "
                     "heading, and no total or grade is stated.")
def project_run_together_header_19():
    # The indicator block of a Word form copied by a converter that drops every cell boundary: the
    # header and the rows run together, the weight column (分值) before the target, the page wrapping
    # the text over lines. The funds amounts run together with no unit between them: not read.
    inds = [Ind("产出指标", "数量指标", "改造渠道长度", "≥3.2公里", "≥3.2公里", 20, 20),
            Ind(None, "质量指标", "工程验收合格率", "100%", "100%", 10, 10),
            Ind(None, "时效指标", "工程完工及时率", "≥95%", "92%", 10, 8),
            Ind(None, "成本指标", "渠道改造补助标准", "≤18万元/公里", "16.5万元/公里", 10, 10),
            Ind("效益指标", "社会效益指标", "受益农户数", "≥120户", "126户", 10, 10),
            Ind(None, "社会效益指标", "群众灌溉条件改善程度", "明显改善", "明显改善", 10, 10),
            Ind(None, "可持续影响指标", "渠道设计使用年限", "≥15年", "≥15年", 10, 10),
            Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "96%", 10, 10)]
    text = join(
        "石渠县2023年度衔接资金项目绩效目标自评表",
        "发布时间：2024-01-22 来源：石渠县农业农村局",
        "绩效目标自评表(2023年度)项目名称青岭村灌溉渠改造项目主管部门石渠县农业农村局实施单位石渠县农业农村局"
        "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:606010100.00%10"
        "其中:本年财政拨款6060其他资金年度总体目标年初设定目标年度总体目标完成情况综述"
        "改造青岭村灌溉渠3.2公里,改善农田灌溉条件。完成灌溉渠改造3.2公里,受益农户126户。"
        "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
        "产出指标(50分)数量指标改造渠道长度20≥3.2公里≥3.2公里20质量指标工程验收合格率10100%100%10",
        "时效指标工程完工及时率10≥95%92%8成本指标渠道改造补助标准10≤18万元/公里16.5万元/公里10"
        "效益指标(30分)社会效益指标受益农户数10≥120户126户10群众灌溉条件改善程度10明显改善明显改善10"
        "可持续影响指标渠道设计使用年限10≥15年≥15年10满意度指标(10分)服务对象满意度指标受益农户满意度10≥90%96%10"
        "总分10098",
        "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。",
    )
    indicators = []
    l1 = None
    for r in inds:
        l1 = r.l1 or l1
        indicators.append(r.gold(l1, r.l2))
    return Doc("project-run-together-header-19.txt", "project-evaluation",
               "石渠县2023年度衔接资金项目绩效目标自评表", "石渠县农业农村局", 2023, "2024-01-22", None, text,
               funding=[FundRow("年度资金总额", budget=60, executed=60, rate="100.00%").gold()],
               indicators=indicators, scores={"total": 98}, goals=None,
               accept={"metadata.kind": ["project-evaluation", "transfer-payment-evaluation"]},
               notes="A form copied with every cell boundary dropped: the title, head, funds and goals run together, "
                     "then the indicator header (`绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分…`) and the "
                     "rows, the page wrapping them onto a second line. The header says the columns, 分值 before the "
                     "target: a weight glued to a target that the actual repeats (`10100%100%10`), a comparison "
                     "after the weight (`20≥3.2公里`), a unit with a slash (`≤18万元/公里`), a qualitative target "
                     "and actual written the same (`10明显改善明显改善10`), `总分10098` (100 and the score 98). "
                     "The funds figures run together with no unit between them (`606010100.00%10`) are cut where "
                     "the header's columns (budget, executed, 分值, rate) give a rate that agrees with the amounts: "
                     "60, 60, 100.00; the goals block is not read.")


def department_run_together_head_total_20():
    # A sharing site's extract of a department form in the 指标名称 | 计量单位 | 指标性质 … style,
    # every cell run together: only the head is certain, and it states the total by its label.
    text = join(
        "《石渠县林业局2023年度部门整体绩效自评表.docx》由会员分享，可在线阅读，更多相关《石渠县林业局2023年度部门整体绩效自评表.docx(2页珍藏版)》请在某某文库上搜索。",
        "1、石渠县林业局2023年度部门整体绩效自评表主管部门石渠县林业局部门联系人周某联系电话自评总分(分)96.4"
        "年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额812.6845.2830.198.2107.82"
        "年初绩效目标全年(调整)绩效目标全年目标实际完成情况保护全县森林资源,完成营造林任务。保护全县森林资源,完成营造林任务。"
        "完成营造林2.1万亩,森林火灾受害率为0。绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明"
        "营造林面积万亩定量指标21022.110森林火灾受害率‰定量指标≤0.910010",
    )
    return Doc("department-run-together-head-total-20.txt", "department-evaluation",
               "石渠县林业局2023年度部门整体绩效自评表", "石渠县林业局", 2023, None, None, text,
               funding=[], indicators=[], scores={"total": 96.4}, goals=None,
               notes="A document-sharing site's extract of a department form whose cells all run together, in the "
                     "指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重 | 全年完成值 | 指标得分 style. Its indicator rows "
                     "(`营造林面积万亩定量指标21022.110`) and amounts (`812.6845.2830.198.2107.82`) cannot be cut "
                     "with confidence: no indicators, no funds. The head states the total by its label alone, with "
                     "no 分 after the figure (`自评总分(分)96.4`): the total is read.")


def project_cell_per_line_no_unit_row_21():
    # A project form with no 实施单位 row (the managing body carries the project out), one cell a
    # line with the bars a copy leaves, under a caption that names no kind.
    text = join(
        "（困难群众临时救助）绩效目标自评表",
        "绩效目标自评表 (2022年度) |",
        "项目名称 |",
        "困难群众临时救助 |",
        "主管部门 |",
        "芦川县民政局 |",
        "资金情况(万元) |",
        "全年预算数(A) |",
        "全年执行数(B) |",
        "分值 |",
        "执行率(B/A) |",
        "得分 |",
        "年度资金总额: |",
        "42 |",
        "40.6 |",
        "10 |",
        "96.67% |",
        "9.7 |",
        "其中:本年财政拨款 |",
        "42 |",
        "40.6 |",
        "10 |",
        "96.67% |",
        "9.7 |",
        "其他资金 |",
    )
    return Doc("project-cell-per-line-no-unit-row-21.txt", "project-evaluation",
               "绩效目标自评表(2022年度)", "芦川县民政局", 2022, None, None, text,
               funding=[{"item": "年度资金总额", "budget": 42, "executed": 40.6, "executionRate": 96.67},
                        {"item": "本年财政拨款", "budget": 42, "executed": 40.6, "executionRate": 96.67},
                        {"item": "其他资金", "budget": None, "executed": None, "executionRate": None}],
               indicators=[], scores=None, goals=None,
               accept={"metadata.title": ["绩效目标自评表(2022年度)", "（困难群众临时救助）绩效目标自评表", "绩效目标自评表"]},
               notes="A project form with 项目名称 and 主管部门 but no 实施单位 row, one cell a line with a closing "
                     "bar, under a caption that names no kind (`绩效目标自评表`). A form that names a project and its "
                     "authority and reports what was spent (全年执行数) evaluates the project: project-evaluation.")


def project_one_line_goal_sentences_22():
    # A page's copy of a form with each row on a line, cells set apart by single spaces: the goals'
    # two sentences on one line, the second one naming 目标 just before the indicator header.
    text = join(
        "芦川县水利局水旱灾害防御经费项目支出绩效自评",
        "发布时间:2024-03-11 09:30",
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称 水旱灾害防御经费",
        "主管部门 芦川县水利局 实施单位 芦川县水利局",
        "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分",
        "年度资金总额: 120 120 118.8 10 99% 9.9",
        "年度总体目标完成情况 预期目标 实际完成情况",
        " 完成年度防汛备汛工作,储备防汛物资一批。 完成年度目标。",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
        "产出指标 数量指标 储备防汛物资批次 ≥2批 2批 20 20",
        "时效指标 物资采购按时完成率 100% 100% 20 20",
        "效益指标 社会效益指标 汛期人员伤亡事件数 0起 0起 30 30",
        "满意度指标 服务对象满意度指标 沿河群众满意度 ≥90% 96% 20 20",
        "总分 100 99.9",
    )
    inds = [Ind("产出指标", "数量指标", "储备防汛物资批次", "≥2批", "2批"),
            Ind(None, "时效指标", "物资采购按时完成率", "100%", "100%"),
            Ind("效益指标", "社会效益指标", "汛期人员伤亡事件数", "0起", "0起"),
            Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "96%")]
    indicators = []
    l1 = None
    for r in inds:
        l1 = r.l1 or l1
        indicators.append(r.gold(l1, r.l2))
    return Doc("project-one-line-goal-sentences-22.txt", "project-evaluation",
               "芦川县水利局水旱灾害防御经费项目支出绩效自评", "芦川县水利局", 2023, "2024-03-11", None, text,
               funding=[{"item": "年度资金总额", "budget": 120, "executed": 118.8, "executionRate": 99}],
               indicators=indicators, scores={"total": 99.9},
               goals={"planned": ["完成年度防汛备汛工作,储备防汛物资一批。"], "achieved": ["完成年度目标。"]},
               accept={"metadata.title": ["芦川县水利局水旱灾害防御经费项目支出绩效自评", "项目支出绩效自评表(2023年度)", "项目支出绩效自评表"]},
               notes="Each row of the form on a line, cells set apart by single spaces. The goals' two cells on one "
                     "line, the achieved one a short sentence naming 目标 (`完成年度目标。`) right before the indicator "
                     "header: a sentence is no column word, so the indicator header starts at 一级指标 and the goals "
                     "are read.")

def project_run_together_head_labels_23():
    # A sharing site's extract of the older provincial 项目自评表 (预算数(A) | 执行数(B) | 执行率 |
    # 得分(20分*执行率)), its title run into the head line's labels and every cell run together:
    # the file name carries the labels too.
    text = join(
        "2021年度财政项目绩效自评表单位名称青禾市第三人民医院填报日期2022年3月9日.docx",
        "资源ID:4411 资源大小:13KB 全文页数:2页",
        "2021年度财政项目绩效自评表单位名称:青禾市第三人民医院填报日期:2022年3月9日项目名称发热门诊改造补助"
        "主管部门青禾市卫生健康委员会项目实施单位青禾市第三人民医院项目类别1、部门预算项目2、市直专项"
        "项目属性1、持续性项目2、新增性项目预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)"
        "年度财政资金总额420398.694.93%19年度绩效目标(80分)一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
        "产出指标数量指标改造诊室间数12间12间20",
    )
    return Doc("project-run-together-head-labels-23.txt", "project-evaluation",
               "2021年度财政项目绩效自评表", "青禾市第三人民医院", 2021, None, None, text,
               funding=[FundRow("年度财政资金总额", budget=420, executed=398.6, rate="94.93%").gold()],
               indicators=[Ind("产出指标", "数量指标", "改造诊室间数", "12间", "12间", None, 20).gold("产出指标", "数量指标")],
               scores=None, goals=None,
               accept={"metadata.issuer": ["青禾市第三人民医院", "青禾市卫生健康委员会"]},
               notes="The older provincial 项目自评表 as a sharing site extracts it: the title run into the head line's "
                     "labels (`…自评表单位名称青禾市第三人民医院填报日期…`, in the file name and in the text) is cut "
                     "where 单位名称 starts; the issuer is the 单位名称 (项目实施单位 says the same). The funds figures "
                     "run together (`420398.694.93%19`) are cut where the header's columns (预算数, 执行数, 执行率) "
                     "give a rate that agrees: 420, 398.6, 94.93. The indicator header (`一级指标二级指标三级指标年初目标值(A)"
                     "实际完成值(B)得分`) says the columns: the row `改造诊室间数12间12间20` is read, its 20 the score "
                     "(the form has no weight column).")


def department_pipe_whole_spending_no_title_24():
    # The older provincial department form (部门整体支出总额 | 预算数(A) | 执行数(B) …) published with
    # no title line: the 单位名称 line above it, then pipe rows; a mistyped level-2 label.
    inds = [Ind("产出指标", "数量指标", "办结信访案件", "150起", "150起", None, 10),
            Ind(None, "日效性指标", "解决群众诉求时间", "3个工作日", "3个工作日", None, 10),
            Ind("效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", None, 20),
            Ind("满意度指标", "群众满意度指标", "群众对政府工作满意度", "≥90%", "94%", None, 20)]
    text = join(
        "单位名称:松陵县桃溪镇政府 填报日期:2021.5.20",
        "单位名称 | 松陵县桃溪镇人民政府 | ||||||||",
        "基本支出总额 | 702.3万 | 项目支出总额 | 0 | ||||||",
        "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||",
        "部门整体支出总额 | 702.3 | 702.3 | 100% | 20 | ||||||",
        "年度目标1:(80分) | 提升乡镇治理效能、改善人居环境 | ||||||||",
        "年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||",
        "产出指标 | 数量指标 | 办结信访案件 | 150起 | 150起 | 10 | ||||",
        "日效性指标 | 解决群众诉求时间 | 3个工作日 | 3个工作日 | 10 | |||||",
        "效益指标 | 社会效益指标 | 改善人居环境 | 有效改善 | 有效改善 | 20 | ||||",
        "满意度指标 | 群众满意度 指标 | 群众对政府工作满意度 | ≥90% | 94% | 20 | ||||",
        "偏差大或 目标未完成 原因分析 | 无 | ||||||||",
    )
    indicators = []
    l1 = None
    for r in inds:
        l1 = r.l1 or l1
        indicators.append(r.gold(l1, r.l2))
    return Doc("department-pipe-whole-spending-no-title-24.txt", "department-evaluation",
               None, "松陵县桃溪镇人民政府", None, None, None, text,
               funding=[FundRow("部门整体支出总额", budget=702.3, executed=702.3, rate="100%").gold()],
               indicators=indicators, scores=None,
               goals={"planned": ["提升乡镇治理效能、改善人居环境"], "achieved": []},
               notes="A township's department form published with no title: the 单位名称 line, then pipe rows. No "
                     "title and no year (the form was filled in 2021 for the year before, which it does not name). "
                     "The funds row named after the body's whole spending (`部门整体支出总额`) says it is a department "
                     "form. A level-2 label mistyped by one character (`日效性指标` for 时效性指标) is still a label: "
                     "its row's level 1 is 产出指标, the label kept as written. The rows carry scores only (得分), no "
                     "weights. The year's target on a row of its own (`年度目标1:(80分) | …`, no 完成情况 column) is the planned "
                     "goal. NEGATIVE: 基本支出总额 and 项目支出总额 are no funds rows.")


def project_pipe_small_equals_sign_25():
    # A county form typed with an input method's small-form signs (﹦) in its 指标性质 column.
    inds = [Ind("产出指标", "数量指标", "卫片执法补助经费", ("﹦", "52300", "元"), "52300", 10, 9),
            Ind(None, "质量指标", "图斑核查合格率", ("﹦", "100", "%"), "100", 20, 19),
            Ind(None, "时效指标", "核查完成及时率", ("﹦", "100", "%"), "100", 20, 20),
            Ind("效益指标", "社会效益指标", "违法行为制止率", ("≥", "95", "%"), "96", 30, 29),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", ("≥", "90", "%"), "93", 10, 10)]
    text = join(
        "2020年度项目支出绩效自评表",
        "项目名称 | 2020年卫片执法补助经费 | 主管部门 | 云溪市自然资源局 | 实施单位 | 云溪市北湖区自然资源局",
        "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
        "年度资金总额 | 5.23 | 5.23 | 5.23 | 10 | 100% | 10",
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分",
        "产出指标 | 数量指标 | 卫片执法补助经费 | ﹦ | 52300 | 元 | 52300 | 10 | 9",
        "质量指标 | 图斑核查合格率 | ﹦ | 100 | % | 100 | 20 | 19",
        "时效指标 | 核查完成及时率 | ﹦ | 100 | % | 100 | 20 | 20",
        "效益指标 | 社会效益指标 | 违法行为制止率 | ≥ | 95 | % | 96 | 30 | 29",
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | % | 93 | 10 | 10",
        "总分 | 100 | 97",
    )
    indicators = []
    l1 = None
    for r in inds:
        l1 = r.l1 or l1
        indicators.append(r.gold(l1, r.l2))
    return Doc("project-pipe-small-equals-sign-25.txt", "project-evaluation",
               "2020年度项目支出绩效自评表", "云溪市北湖区自然资源局", 2020, None, None, text,
               funding=[FundRow("年度资金总额", initial=5.23, budget=5.23, executed=5.23, rate="100%").gold()],
               indicators=indicators, scores={"total": 97}, goals=None, split_target=True,
               accept={"metadata.issuer": ["云溪市北湖区自然资源局", "云溪市自然资源局"]},
               notes="Pipe rows with 指标性质 | 指标值 | 度量单位 columns whose equals sign is the small form `﹦` "
                     "(U+FE66) an input method's symbol palette offers: a comparison like ＝, so the sign column is "
                     "read as such and the row keeps its name, weight and score (target.raw `﹦100%`, operator =). "
                     "Rows after the first of a 一级指标 leave its cell out.")



# ------------------------------------------------------------------ round 11 forms
def project_pipe_led_cells_32():
    # A web table copied with each cell's text on an indented line of its own and the pipe
    # between two cells starting the next cell's line; the header's stub 绩效指标 broken over two
    # lines; a monitoring table's 实施进度 column for the actual; the province's level-1 words
    # 项目完成指标 / 项目效益指标.
    def row(*cells, close=" |"):
        first, rest = cells[0], cells[1:]
        return "\n".join([first] + ["        | " + c for c in rest] + ["       " + close])
    text = join(
        "发布机构：云岭县文化和旅游局 发布日期：2022-03-10",
        "2021年度乡村文化活动专项资金项目绩效自评报告",
        "一、项目绩效目标完成情况",
        "绩效\n       指标\n" + "\n".join("        | " + c for c in ["一级指标", "二级指标", "三级指标", "指标值", "实施进度"]) + "\n        | ",
        row("项目完成指标", "数量指标", "送戏下乡场次", "≥12场", "已完成14场"),
        row("质量指标", "演出验收合格率", "100%", "已完成100%", close=" ||"),
        row("项目效益指标", "社会效益指标", "群众文化参与人次", "≥3000人次", "已完成3500人次"),
        row("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "已完成95%"),
        "二、项目资金使用情况",
        "该项目年初批复预算资金8万元,全年已全部支付。",
    )
    inds = [Ind("产出指标", "数量指标", "送戏下乡场次", "≥12场", "已完成14场"),
            Ind("产出指标", "质量指标", "演出验收合格率", "100%", "已完成100%"),
            Ind("效益指标", "社会效益指标", "群众文化参与人次", "≥3000人次", "已完成3500人次"),
            Ind("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "已完成95%")]
    return Doc("project-pipe-led-cells-32.txt", "project-evaluation",
               "2021年度乡村文化活动专项资金项目绩效自评报告", "云岭县文化和旅游局", 2021, "2022-03-10", None, text,
               funding=[], indicators=[r.gold(r.l1, r.l2) for r in inds], scores=None, goals=None,
               sections=[("一、", "项目绩效目标完成情况"), ("二、", "项目资金使用情况")],
               notes="A web table copied with every cell on an indented line of its own, the pipe between two cells "
                     "starting the next cell's line, a row's first cell at the margin (PipeLedCells joins them into "
                     "pipe rows); the stub 绩效指标 broken over two lines; the 实施进度 column holds the actual "
                     "(`已完成14场`); 项目完成指标 and 项目效益指标 are the contract's 产出指标 and 效益指标.")


def transfer_metadata_summary_form_33():
    # A 政务公开 page: the metadata block and the attached form laid out in one table, the
    # block's 内容概述 field holding the form's first characters run together; the form itself
    # cut short after its head.
    summary = ("农机购置补贴资金绩效目标自评表(2022年度)转移支付(项目)名称2022年农机购置补贴中央主管部门农业农村部"
               "地方主管部门省农业农村厅资金使用单位青川市农业农村局资金投入情况(万元)全年预算数(A)全年执行数(B)"
               "预算执行率(B/A×100%)年度资金总额:256.4251.898.21%其中:中央财政资金256.4251.898.21%地方资金其他资金"
               "资金管理情况情况说明存在问题和改进措施分配科学性按因素法分配无下达及时性及时下达")
    text = join(
        "索引号 | 11342600000000000X/202304-00011 | 组配分类 | 部门项目 |",
        "发布机构 | 青川市农业农村局 | 发文日期 | 2023-04-12 10:30 |",
        "发布文号 | 无 | 关键词 | 部门项目 |",
        "信息来源 | 青川市农业农村局 | 主题导航 | 农业、林业、水利 / 三农 |",
        "信息名称 | 农机购置补贴资金绩效目标自评表 (2022年度) | 内容概述 | " + summary + " |",
        "农机购置补贴资金绩效目标自评表 | | | |",
        "(2022年度) | | | |",
        "转移支付(项目)名称 | 2022年农机购置补贴 | | |",
        "中央主管部门 | 农业农村部 | | |",
        "地方主管部门 | 省农业农村厅 | 资金使用单位 | 青川 |",
    )
    return Doc("transfer-metadata-summary-form-33.txt", "transfer-payment-evaluation",
               "农机购置补贴资金绩效目标自评表", "青川市农业农村局", 2022, "2023-04-12",
               "11342600000000000X/202304-00011", text,
               funding=[FundRow("年度资金总额", budget=256.4, executed=251.8, rate="98.21%").gold(),
                        FundRow("中央财政资金", budget=256.4, executed=251.8, rate="98.21%").gold()],
               indicators=[], scores=None, goals=None,
               notes="The page's metadata rows (索引号, 发布机构 with 发文日期, an unknown-to-older-readers 发布文号, "
                     "信息来源, 信息名称) and the attached form in one table: the rows at the top are read as the "
                     "metadata block (index number, date), the year from the form's (2022年度) row under them; the "
                     "内容概述 cell holds the form's text run together and is read as such a line, its glued total "
                     "row `256.4251.898.21%` cut where the rate agrees, and the 中央财政资金 row glued after it the "
                     "same way. The form's own rows stop after its head.")



def project_summary_above_caption_34():
    # A page whose headline names no report (`…资金使用情况`) and whose own paragraph, above the
    # form's caption, sums the form up: the total is stated only there. The unit is a county's
    # supply cooperative union.
    text = join(
        "青川县供销合作社联合社2022年农村综合服务社建设资金使用情况",
        "浏览次数: 信息来源:县供销社 发布时间:2023-05-16 09:20",
        "",
        "农村综合服务社建设项目绩效自评综述:根据年初设定的绩效目标,项目绩效自评得分为93分。全年预算数为60万元,执行数为57万元,"
        "完成预算的95%。项目新建农村综合服务社12个,带动农产品销售,群众满意度达到设定的指标值。",
        "",
        "项目支出绩效自评表",
        "(2022年度)",
        "项目名称 | 农村综合服务社建设 | 主管部门 | 青川县供销合作社联合社 | 实施单位 | 青川县供销合作社联合社",
        "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
        "年度资金总额 | 60 | 60 | 57 | 10 | 95% | 9",
    )
    return Doc("project-summary-above-caption-34.txt", "project-evaluation",
               "项目支出绩效自评表", "青川县供销合作社联合社", 2022, "2023-05-16", None, text,
               funding=[FundRow("年度资金总额", initial=60, budget=60, executed=57, rate="95%").gold()],
               indicators=[], scores={"total": 93}, goals=None,
               accept={"metadata.title": ["项目支出绩效自评表", "项目支出绩效自评表(2022年度)"]},
               notes="A page's own summary paragraph above the form's caption is no site chrome: it stays in the "
                     "body, and the total it states (`项目绩效自评得分为93分`) is read; the headline (`…资金使用情况`) "
                     "names no report. The unit is a county's supply cooperative union (供销合作社联合社), a body "
                     "that issues its own forms.")



def project_cover_unit_label_35():
    # A document-sharing site's extract of a province's evaluation report: its cover run together,
    # `部门(单位)名称:` naming the reporting body, then 项目名称 and 报告日期 glued on.
    text = join(
        "芦湖区东塘街道2021年度单位项目支出绩效评价自评报告.docx",
        "上传人:王** 文档编号:312406 上传时间:2023-11-20 格式:DOCX 页数:12 大小:41.20KB",
        "《芦湖区东塘街道2021年度单位项目支出绩效评价自评报告.docx》由会员分享,可在线阅读,更多相关《芦湖区东塘街道2021年度单位项目支出绩效评价自评报告.docx(12页珍藏版)》请在某文库上搜索。",
        "1、芦湖区东塘街道2021年度单位项目支出绩效评价自评报告部门(单位)名称:青川市芦湖区东塘街道办事处项目名称:社区治理专项支出"
        "报告日期:2022年4月8日芦湖区财政局(制)项目支出绩效报告表项目基本情况项目名称社区治理支出项目编号项目主要内容社区网格化管理项目实施单位社区治理",
    )
    return Doc("project-cover-unit-label-35.txt", "project-evaluation",
               "芦湖区东塘街道2021年度单位项目支出绩效评价自评报告", "青川市芦湖区东塘街道办事处", 2021, None, None, text,
               funding=[], indicators=[], scores=None, goals=None,
               notes="A sharing site's extract of a province's project evaluation report: the cover run together, "
                     "`部门(单位)名称:` naming the reporting body (a sub-district office) up to the glued 项目名称; "
                     "the title from the file name the site shows.")



# ------------------------------------------------------------------ leftovers round 12
def transfer_run_on_glued_breakdown_36():
    # A sharing site's extract of a transfer form with every cell run together: the total row's
    # figures glued (`2367833.05%`), then its breakdown glued after it, one row spending nothing
    # (`15800%`: 158 | 0 | 0%).
    text = join(
        "《芦川市农机购置与应用补贴资金绩效目标自评表.docx》由会员分享,可在线阅读,更多相关《芦川市农机购置与应用补贴资金绩效目标自评表.docx(3页珍藏版)》请在某文库上搜索。",
        "1、芦川市转移支付区域(项目)绩效目标自评表(2023年度)转移支付(项目)名称农机购置与应用补贴中央主管部门农业农村部"
        "地方主管部门省农业农村厅资金使用单位芦川市农业农村局资金投入情况(万元)全年预算数(A)全年执行数(B)"
        "预算执行率(B/A×100%)年度资金总额:2367833.05%其中:中央财政资金15800%地方资金7878100%其他资金"
        "资金管理情况情况说明存在问题和改进措施分配科学性按因素法分配无下达及时性及时下达无",
    )
    return Doc("transfer-run-on-glued-breakdown-36.txt", "transfer-payment-evaluation",
               "芦川市转移支付区域(项目)绩效目标自评表", "芦川市农业农村局", 2023, None, None, text,
               funding=[FundRow("年度资金总额", budget=236, executed=78, rate="33.05%").gold(),
                        FundRow("中央财政资金", budget=158, executed=0, rate="0%").gold(),
                        FundRow("地方资金", budget=78, executed=78, rate="100%").gold()],
               indicators=[], scores=None, goals=None,
               accept={"metadata.title": ["芦川市转移支付区域(项目)绩效目标自评表", "芦川市转移支付区域(项目)绩效目标自评表(2023年度)",
                                          "芦川市农机购置与应用补贴资金绩效目标自评表"]},
               notes="Every cell run together: the glued total `2367833.05%` cut where the rate agrees, and the "
                     "breakdown glued after it cut the same way on its own rates, `15800%` as 158 | 0 | 0% (nothing "
                     "spent: the only cut that agrees). `其他资金` with no figures ends the breakdown.")


def transfer_one_line_total_below_breakdown_37():
    # A spreadsheet's text on one line, its cells set apart by spaces: the total's merged label
    # cell came out after the breakdown, its figures before it, right under the header.
    text = join(
        "芦川县2023年度就业补助资金绩效目标自评表.xlsx",
        "附件2 就业补助资金绩效目标自评表 (2023年度) 转移支付(项目)名称 就业补助资金 中央主管部门 人力资源社会保障部 "
        "全年预算数(A) 全年执行数(B) 820.50 790.25 其中:中央财政资金 600.00 580.00 县级财政资金 220.50 210.25 "
        "年度资金总额 资金投入情况 (万元) 情况说明 分配科学性 按因素法分配 下达及时性 及时下达",
    )
    return Doc("transfer-one-line-total-below-breakdown-37.txt", "transfer-payment-evaluation",
               "就业补助资金绩效目标自评表", None, 2023, None, None, text,
               funding=[FundRow("年度资金总额", budget=820.5, executed=790.25, rate="").gold(),
                        FundRow("中央财政资金", budget=600, executed=580, rate="").gold(),
                        FundRow("县级财政资金", budget=220.5, executed=210.25, rate="").gold()],
               indicators=[], scores=None, goals=None,
               accept={"metadata.title": ["就业补助资金绩效目标自评表", "就业补助资金绩效目标自评表(2023年度)",
                                          "芦川县2023年度就业补助资金绩效目标自评表"]},
               notes="A form's text on one line, cells set apart by spaces: the figures right under the header "
                     "with no label, above `其中:中央财政资金`, are the total's; its label `年度资金总额` came out "
                     "below the breakdown with no figures. No rate column: rates null. No body wrote it (issuer null).")


def project_run_on_scattered_total_38():
    # A sharing site's extract of a spreadsheet form: the total's label and the column words
    # first, its figures after them each with its unit on a line of its own; the head's 主管部门
    # twice (the region's, then the county's).
    text = join(
        "青山镇农机推广项目绩效目标自评表(2023年度)项目总得分96分项目名称农机推广项目实施单位/项目负责人青山镇农机站/李明"
        "自治区主管部门农业农村厅专项实施期2023年3月-2023年11月市县财政部门芦川县财政局市县主管部门芦川县农业农村局"
        "资金情况(万元)年度资金总额全年预算数(A)120全年执行数(B)执行率(B/A)其中中央补助自治区补助120万元",
        "96.6万元",
        "80.5%市县资金年度总体目标推广农机新技术,示范面积3000亩",
    )
    return Doc("project-run-on-scattered-total-38.txt", "project-evaluation",
               "青山镇农机推广项目绩效目标自评表", "芦川县农业农村局", 2023, None, None, text,
               funding=[FundRow("年度资金总额", budget=120, executed=96.6, rate="80.5%").gold()],
               indicators=[], scores={"total": 96}, goals=None,
               accept={"metadata.title": ["青山镇农机推广项目绩效目标自评表", "青山镇农机推广项目绩效目标自评表(2023年度)"],
                       "metadata.kind": ["project-evaluation", "transfer-payment-evaluation"]},
               notes="The total's label and column words first, its figures after them with their units on lines "
                     "of their own: the first run of two amounts and a rate agreeing with them (120万元 96.6万元 "
                     "80.5%) is the row; the lone `120` among the words is not. The head names a 主管部门 twice; "
                     "the first value is no body's name, the second (`市县主管部门芦川县农业农村局`) is the issuer.")


def project_pipe_cost_name_level_word_39():
    # A pipe table whose 成本指标 row lost its merged level-1 cell and names its indicator `成本`,
    # a level word too; the head's labels 项目主管单位 and 项目实施单位, the latter a bureau's office.
    text = join(
        "2022年度消费维权宣传项目绩效自评表",
        "项目名称 | 消费维权宣传 | 项目主管单位 | 芦川县市场监督管理局 | 项目实施单位 | 芦川县市场监督管理局机关",
        "一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值",
        "产出指标 | 数量指标 | 宣传场次 | 4场 | 5场",
        "质量指标 | 宣传覆盖率 | ≥90% | 95%",
        "成本指标 | 成本 | 6万元 | 5.8万元",
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 96%",
    )
    inds = [Ind("产出指标", "数量指标", "宣传场次", "4场", "5场").gold("产出指标", "数量指标"),
            Ind(None, "质量指标", "宣传覆盖率", "≥90%", "95%").gold("产出指标", "质量指标"),
            Ind(None, "成本指标", "成本", "6万元", "5.8万元").gold("产出指标", "成本指标"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%").gold("满意度指标", "服务对象满意度指标")]
    return Doc("project-pipe-cost-name-level-word-39.txt", "project-evaluation",
               "2022年度消费维权宣传项目绩效自评表", "芦川县市场监督管理局", 2022, None, None, text,
               funding=[], indicators=inds, scores=None, goals=None,
               notes="Pipe rows whose merged level-1 cells were lost: `成本指标 | 成本 | 6万元 | …` has its 二级指标 "
                     "and its name, `成本` (a level word too, but written as a name, with no 指标); the head's "
                     "`项目主管单位` is the 主管部门 (the issuer on a project form), `项目实施单位` a bureau's own "
                     "office (…局机关).")


def project_one_line_numbered_slots_40():
    # A sharing site's extract of the older national form (指标1:, 指标2: printed in the 三级指标
    # cells) with the cells set apart by spaces but out of place: header words among the first
    # rows' figures, then the slots with their values in order.
    text = join(
        "河道保洁项目支出绩效自评表.xlsx",
        "芦川县项目支出绩效自评表 (2022年度) 项目名称 河道保洁 主管部门 芦川县水利局 实施单位 芦川县河道管理站 "
        "年度 总体 目标 一级 指标 年度 实际 指标值 完成值 二级指标 三级指标 指标1:巡查河道 分值 得分 120公里 5 5 "
        "指标2:清理水面垃圾 300吨 320吨 5 5 指标3:清淤河段 12个 12个 10 10 指标4:巡查次数 24次 20次 10 8.3 "
        "质量指标 指标1:水质达标率 95.00% 96.20% 10 10 指标2:整改完成率 100% 98% 10 9.8 "
        "指标3:保洁覆盖 率 总分 100 93",
    )
    inds = [Ind(None, None, "清理水面垃圾", "300吨", "320吨").gold(None, None),
            Ind(None, None, "清淤河段", "12个", "12个").gold(None, None),
            Ind(None, None, "巡查次数", "24次", "20次").gold(None, None),
            Ind("产出指标", "质量指标", "水质达标率", "95.00%", "96.20%").gold("产出指标", "质量指标"),
            Ind(None, "质量指标", "整改完成率", "100%", "98%").gold("产出指标", "质量指标")]
    return Doc("project-one-line-numbered-slots-40.txt", "project-evaluation",
               "芦川县项目支出绩效自评表", "芦川县水利局", 2022, None, None, text,
               funding=[], indicators=inds, scores={"total": 93}, goals=None,
               accept={"metadata.title": ["芦川县项目支出绩效自评表", "芦川县项目支出绩效自评表(2022年度)"]},
               notes="The older national form's 三级指标 slots (`指标1:`, `指标2:` …) in a text whose cells lost "
                     "their places: each slot whose text is a name and exactly its target, actual, points and "
                     "score is a row (`指标3:清淤河段 12个 12个 10 10`); the first slot, with header words among "
                     "its figures, and the last, cut with no values, are not; `质量指标` between two slots labels "
                     "the slots after it. `总分 100 93` the total.")


# ------------------------------------------------------------------ prose round 10
def department_prose_name_over_title_21():
    text = join(
        "2023年部门整体支出绩效评价报告",
        "",
        "芦川县城市管理和综合执法局",
        "",
        "信息来源:城管执法局 浏览量: 字体:【大 中 小】",
        "索引号: 4311230021/2024-0031207 发布机构: 芦川县城管办 发文日期: 2024-06-18 09:30",
        "",
        "芦川县城市管理和综合执法局",
        "",
        "2023年部门整体支出绩效评价报告",
        "",
        "根据县财政局关于做好2023年度预算绩效自评工作的通知要求，我局对2023年度本单位整体支出进行了绩效自评，"
        "现将具体绩效评价情况报告如下：",
        "一、基本情况",
        "1.机构设置",
        "局机关内设股室6个，下辖执法大队9个。",
        "2.",
        "人员编制",
        "全局现有人员412人，其中在职在编186人。",
        "3.职责职能",
        "    1.",
        "贯彻执行城市管理和综合执法工作的方针政策和法律法规。深化城市管理综合行政执法体制改革。",
        "2.负责指导、协调、监督和考核全县城市管理和综合执法工作。",
        "3.负责市政公用设施和市容环境卫生的管理工作。",
        "二、部门整体支出情况",
        "2023年全年支出3862.4万元，其中基本支出2105.7万元，项目支出1756.7万元。",
        "三、绩效自评结论",
        "经综合评价，部门自评96分，评价等级为优。",
    )
    return Doc("department-prose-name-over-title-21.txt", "department-evaluation",
               "芦川县城市管理和综合执法局2023年部门整体支出绩效评价报告", "芦川县城市管理和综合执法局", 2023,
               "2024-06-18", "4311230021/2024-0031207", text, funding=[], indicators=[],
               scores={"total": 96, "grade": "优"}, goals=None,
               sections=[("一、", "基本情况"), ("二、", "部门整体支出情况"), ("三、", "绩效自评结论")],
               notes="A scraped page: the headline (a title naming no body) over the body's name, a blank line between, "
                     "the metadata lines, then the document's own heading repeated, the body's name over the title: "
                     "the title is the two together and the body is the issuer (not `芦川县城管办`, the site's short "
                     "发布机构). A number alone on its line over its title (`2.` / `人员编制`); the duties under "
                     "`3.职责职能` listed as numbered sentences starting again at `1.` (the first one's number alone "
                     "on its line too): a list inside 3., not the section's siblings. The total said as "
                     "`部门自评96分`.")


def department_prose_name_over_headline_22():
    text = join(
        "您当前位置:首页",
        " >> 医保局",
        "",
        "芦川区医疗保障局",
        "",
        "2023年度部门整体支出绩效自评报告",
        "发布时间:2024-05-21    来源:医疗保障局    发文字号:",
        "【字体: 】    打印",
        "一、部门基本情况",
        "本局内设股室4个，下属经办中心1个，年末实有人员36人。",
        "二、部门整体支出情况",
        "2023年全年支出4218.6万元，其中项目支出3986.2万元。",
        "三、自评结论",
        "部门整体支出绩效自评得分95分，自评等级为优。",
    )
    return Doc("department-prose-name-over-headline-22.txt", "department-evaluation",
               "芦川区医疗保障局2023年度部门整体支出绩效自评报告", "芦川区医疗保障局", 2023, "2024-05-21", None, text,
               funding=[], indicators=[], scores={"total": 95, "grade": "优"}, goals=None,
               sections=[("一、", "部门基本情况"), ("二、", "部门整体支出情况"), ("三、", "自评结论")],
               notes="A scraped page: the body's name alone over the headline, a blank line between (the two lines "
                     "of the document's heading set apart), the headline naming no body; the page's `来源：医疗保障局` "
                     "names the same body in short: the title is the two lines together. NEGATIVE (unit tests): with "
                     "no metadata naming it, a lone name over a headline may be the site's and is not joined.")


def project_template_collection_goal_list_23():
    text = join(
        "报告",
        "医院专项资金绩效自评报告范文(精选8篇)",
        "时间:2023-11-02 10:15:21 报告 我要投稿",
        "",
        "  在工作中，报告的使用越来越频繁，以下是小编整理的医院专项资金绩效自评报告，希望对大家有所帮助。",
        "",
        "医院专项资金绩效自评报告 篇1",
        "",
        "  一、项目概况",
        "  （一）项目基本性质、用途和主要内容",
        "  项目名称：芦川县第二人民医院设备购置专项资金项目，项目内容为改善医院医疗条件，购置医疗设备。",
        "  （二）项目绩效目标",
        "  为满足群众就医需求，不断提高医院的服务能力，实现以下目标：",
        "  一、完成固定资产增加12%；",
        "  二、医院改造工程完工率达到95%；",
        "  三、医院患者满意率达到90%。",
        "  二、项目资金使用及管理情况",
        "  项目资金全部到位，专款专用。",
        "  三、综合评价结论",
        "  对项目资金投入、组织实施和产出效益进行了综合评价，认为项目总体完成情况良好，项目自评98分。",
    )
    return Doc("project-template-collection-goal-list-23.txt", "project-evaluation", "医院专项资金绩效自评报告",
               None, None, "2023-11-02", None, text, funding=[], indicators=[],
               scores={"total": 98, "grade": None},
               goals={"planned": ["一、完成固定资产增加12%；", "二、医院改造工程完工率达到95%；", "三、医院患者满意率达到90%。"],
                      "achieved": []},
               sections=[("一、", "项目概况"), ("二、", "项目资金使用及管理情况"), ("三、", "综合评价结论")],
               accept={"metadata.kind": ["project-evaluation", "transfer-payment-evaluation"], "metadata.publishedOn": [None, "2023-11-02"]},
               notes="A template site's page: its title names the collection (`…自评报告范文(精选8篇)`), the report's "
                     "name is what stands before the count and the model's word. Under `（二）项目绩效目标` the goals "
                     "are listed as `一、…；` `二、…；` `三、…。`: a list of sentences starting again at 一 inside the "
                     "first part, not the report's parts (the next part is `二、项目资金使用及管理情况`), announced by "
                     "`实现以下目标：`: they are the planned goals, read as far as their numbering runs on. The total "
                     "said as `项目自评98分`. NEGATIVE: no body of the family named with its place (issuer null), "
                     "no year.")


def transfer_prose_list_sentences_17():
    text = join(
        "芦川县水务局2022年衔接资金项目绩效自评报告",
        "一、绩效目标分解下达情况",
        "（一）芦川县水务局2022年衔接资金共下达86万元，用于实施青石村灌溉渠改造项目，全部用于工程建设。",
        "（二）芦川县水务局2022年衔接资金项目绩效目标为做好青石村农田灌溉用水的工作。",
        "二、绩效自评工作开展情况",
        "项目完成后，由县人社局动态收集务工人员信息，对受益群众满意度进行了调查。",
        "三、绩效目标自评完成情况分析",
        "（一）资金投入情况分析",
        "衔接资金86万元已全部到位，实际支出86万元，执行率100%。",
        "（二）项目绩效指标完成情况分析",
        "新建灌溉渠2.4公里，完成率100%。",
        "三）偏离绩效目标的原因和下一步改进措施",
        "项目未偏离绩效目标。",
    )
    return Doc("transfer-prose-list-sentences-17.txt", "project-evaluation",
               "芦川县水务局2022年衔接资金项目绩效自评报告", "芦川县水务局", 2022, None, None, text,
               funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "绩效目标分解下达情况"), ("二、", "绩效自评工作开展情况"), ("三、", "绩效目标自评完成情况分析")],
               accept={"metadata.kind": ["project-evaluation", "transfer-payment-evaluation"]},
               notes="A 衔接资金 project report in prose. Under `一、` the two items are numbered sentences: the first "
                     "a long one (a paragraph), the second reads as a heading only by a title cut before its 为 "
                     "(`…项目绩效目标为做好…`): the items of one list are all sentences, no sub-sections. "
                     "`三）偏离…` lost its opening bracket: it is `（三）`. NEGATIVE: `由县人社局…` speaks of a body "
                     "by its level (no issuer from it).")


def project_template_square_count_26():
    text = join(
        "范文 > 报告",
        "2024年项目绩效自评报告3【推荐8篇】",
        "网友 分享 时间:",
        "",
        "【写作参考】下面是网友分享的项目绩效自评报告，供您写作参考之用。",
        "",
        "项目绩效自评报告【第一篇】",
        "",
        "一、项目基本情况",
        "为保护耕地质量，青禾市计划开展秸秆回收利用项目，项目均已验收。",
        "二、项目资金使用情况",
        "项目预算支出为46万元，实际支出46万元，预算执行率100%。",
        "三、存在的问题及改进措施",
        "部分乡镇回收进度偏慢，下一步将加强督导。",
    )
    return Doc("project-template-square-count-26.txt", "project-evaluation", "2024年项目绩效自评报告",
               None, 2024, None, None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "项目基本情况"), ("二、", "项目资金使用情况"), ("三、", "存在的问题及改进措施")],
               accept={"metadata.year": [None, 2024]},
               notes="A template site's page whose title gives the collection's count in 【】 (`【推荐8篇】`) and the "
                     "site's number for its piece before it (`…自评报告3`): the report's name is what stands before "
                     "both. NEGATIVE: `青禾市` is spoken of, no body named (issuer null).")


def department_prose_year_first_subdistrict_27():
    text = join(
        "首页 > 政务公开 > 财政信息",
        "",
        "2022年度芦川区青石街道办事处整体支出绩效自评报告",
        "",
        "发布时间 : 2023-09-18 16:40来源 : 芦川区财政局",
        "",
        "  根据区财政局关于开展2022年度区级部门单位整体支出自我绩效评价的通知要求，芦川市芦川区青石街道办事处"
        "成立自评工作小组，认真开展自评自查工作，形成本评价报告。现将整体绩效自我评价报告如下：",
        "",
        "  一、单位基本情况",
        "",
        "  （一）单位机构设置、部门职能情况。",
        "",
        "  我单位设置党政机构8个：党政综合办公室、社区建设办公室、综合治理办公室、农业农村办公室等，下辖社区居委会4个。"
        "核定行政编制11名，实有人员19名。",
        "",
        "  二、整体支出情况",
        "",
        "  2022年度支出合计612.4万元，其中基本支出540.2万元，项目支出72.2万元。",
    )
    return Doc("department-prose-year-first-subdistrict-27.txt", "department-evaluation",
               "2022年度芦川区青石街道办事处整体支出绩效自评报告", "芦川市芦川区青石街道办事处", 2022, "2023-09-18", None,
               text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "单位基本情况"), ("二、", "整体支出情况")],
               accept={"metadata.issuer": ["芦川市芦川区青石街道办事处", "芦川区青石街道办事处"]},
               notes="A subdistrict office's whole-spending report whose title names the year before the body "
                     "(`2022年度某区某街道办事处整体支出…`): the issuer is the 街道办事处 after the year, completed by "
                     "the fuller name in the opening sentence. NEGATIVE: the offices it lists (`社区建设办公室`, "
                     "whose 社区 reads like a place) and the 来源 (the finance bureau that published it) are not "
                     "the issuer.")


def project_prose_cover_evaluated_year_28():
    text = join(
        "附件3",
        "项目支出绩效自评报告",
        "项目名称：芦川县青石水库等5宗水库除险加固工程",
        "评价年度：2022",
        "预算部门单位（公章）：芦川县水务局",
        "填报日期：2023年4月20日",
        "一、基本情况",
        "（一）项目概况",
        "1.根据市财政局下达的资金，开展芦川县青石水库等5宗水库除险加固工程。",
        "2.建设主要内容。以灌溉为主，结合防洪的水利工程，设计洪水标准为10年一遇。",
        "二、绩效自评工作开展情况",
        "（一）评价小组情况。2023年4月12日成立评价小组，由局分管领导任组长。",
    )
    return Doc("project-prose-cover-evaluated-year-28.txt", "project-evaluation", "项目支出绩效自评报告",
               "芦川县水务局", 2022, None, None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "基本情况"), ("二、", "绩效自评工作开展情况")],
               accept={"metadata.publishedOn": [None, "2023-04-20"]},
               notes="A project report's cover: 项目名称, 评价年度, 预算部门单位（公章）, 填报日期. The title names no "
                     "year; the year is the cover's `评价年度：2022`, not the first year of the text (the filling-in "
                     "date, a year later). The issuer is the 预算部门单位.")


def department_one_line_task_heading_29():
    text = join(
        "2023年芦川市档案局部门整体支出绩效自评报告.pdf",
        "2023 年芦川市档案局整体支出 绩效自评报告 根据市财政局关于开展市级财政资金绩效自评工作的 通知要求，"
        "我单位认真开展自评自查工作，形成本评价报告。 一、部门基本情况 (一)部门职能 我局负责全市档案事业的"
        "统筹规划和监督指导。 (二)设置机构及人员情况 我局设6个内设机构，实有编制数28人。 (三)年度总体工作和重点工作任务 "
        "1、推进档案数字化，完成馆藏档案数字化12万卷。 2、加强档案安全体系建设。 (四)部门整体支出绩效目标 我局部门整体"
        "支出绩效目标：一是提升档案利用服务水平；二是保障档案安全。 二、部门整体支出情况 2023年部门支出合计486.3万元。",
    )
    return Doc("department-one-line-task-heading-29.txt", "department-evaluation",
               "2023年芦川市档案局部门整体支出绩效自评报告", "芦川市档案局", 2023, None, None, text,
               funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "部门基本情况"), ("二、", "部门整体支出情况")],
               accept={"metadata.title": ["2023年芦川市档案局部门整体支出绩效自评报告", "2023年芦川市档案局整体支出绩效自评报告"]},
               notes="A PDF flattened into one line by a sharing site, headings run in and set off by spaces. The "
                     "third sub-heading goes on a word past its last heading word, up to its space "
                     "(`(三)年度总体工作和重点工作任务 1、…`): its title is all of it, not cut at the 工作 inside. The "
                     "numbered items after it (`1、…` `2、…`) are its list.")


def transfer_prose_statement_title_consult_30():
    text = join(
        "芦川市2023年度中央集中彩票公益金支持社会福利事业专项资金绩效自评情况",
        "",
        "    发布时间:2024-03-22 09:30",
        "    【字体:打印",
        "    芦川市2023年度中央集中彩票公益金支持社会福利事业专项资金绩效",
        "    自评情况",
        "",
        "        一、基本情况",
        "        2023年度共下达我市彩票公益金支持社会福利事业专项资金58.4万元，其中老年人福利类36.2万元，"
        "残疾人福利类22.2万元。我局收到资金文件后，会商市财政局研究资金分配方案，及时将资金分配至具体项目使用。",
        "        二、绩效目标实现情况",
        "        截止2023年底，完成310户特殊困难老年人家庭适老化改造，残疾人康复服务180人次。",
        "        三、绩效自评结论",
        "        项目资金使用规范，绩效目标全部完成。",
    )
    return Doc("transfer-prose-statement-title-consult-30.txt", "transfer-payment-evaluation",
               "芦川市2023年度中央集中彩票公益金支持社会福利事业专项资金绩效自评情况", None, 2023, "2024-03-22", None,
               text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "基本情况"), ("二、", "绩效目标实现情况"), ("三、", "绩效自评结论")],
               accept={"metadata.kind": ["transfer-payment-evaluation", "project-evaluation"],
                       "metadata.issuer": [None, "芦川市民政局"]},
               notes="A page publishing a grant's self-evaluation in a few paragraphs, titled by what it tells "
                     "(`…专项资金绩效自评情况`), the title repeated under the posting time wrapped over two lines "
                     "(`…绩效` / `自评情况`): the title is the whole headline. NEGATIVE: `会商市财政局研究…` is a "
                     "sentence consulting the city's finance bureau, no city named 会商 (no issuer from it).")


def transfer_prose_field_list_category_31():
    text = join(
        "您当前的位置:首页 > 芦川市青石区文化和旅游局 > 财政资金 > 财政专项资金",
        "浏览量:   字体大小:【    】打印",
        " 索引号: 003190455/202307-00021  信息分类: 财政专项资金管理和使用情况",
        " 内容分类: 其他,其它,个人 发布机构: 芦川市青石区文化和旅游局",
        " 成文日期: 2023-07-14  发布时间: 2023-07-14 15:20",
        "",
        "青石区2022年省级旅游发展资金绩效自评报告",
        "",
        "一、绩效目标情况",
        "下达我区62万元2022年省级旅游发展资金，在区委区政府的正确领导和市局的关心支持下，用于旅游基础设施提升。",
        "二、绩效目标完成情况分析",
        "项目资金到位率100%，资金支出执行率100%。",
    )
    return Doc("transfer-prose-field-list-category-31.txt", "transfer-payment-evaluation",
               "青石区2022年省级旅游发展资金绩效自评报告", "芦川市青石区文化和旅游局", 2022, "2023-07-14",
               "003190455/202307-00021", text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "绩效目标情况"), ("二、", "绩效目标完成情况分析")],
               accept={"metadata.kind": ["transfer-payment-evaluation", "project-evaluation"]},
               notes="A page's field list with a 内容分类 field before 发布机构 on one line: the issuer is read from "
                     "it (the title names a district, no body). NEGATIVE: `在区委区政府的正确领导和市局的关心…` is a "
                     "sentence's phrase the name pattern could take for a body (it holds 的): no issuer from it.")


def department_prose_funds_sentence_30():
    # A PDF's text of a medical-insurance bureau's report, hard-wrapped at the page width: the
    # year's funds in one sentence of prose, the total parted from its label by the wrap.
    text = join(
        "柏溪县医疗保障局2023年度部门整体支出绩效自评报告",
        "一、部门基本情况",
        "本局内设办公室、待遇保障股、基金监管股3个股室，下属",
        "医疗保障服务中心1个，年末实有人员28人。",
        "二、部门整体支出绩效自评结果",
        "2023年部门年初预算 612.45 万元，年中调整预算为 947.30 万",
        "元，比年初预算增加 334.85 万元，全年执行数 931.06 万元，主要",
        "原因是上级医疗救助补助资金年中下达，不列入年初预算。全年城",
        "乡居民医保参保 18.6 万人，定点医药机构检查覆盖率 100%。",
        "三、自评结论",
        "按照预算绩效管理要求，本部门对2023年整体支出开展绩效自评，自评得分",
        "93 分，存在的问题：一是年初预算编制不够细化；二是基金监管力量偏弱。",
    )
    return Doc("department-prose-funds-sentence-30.txt", "department-evaluation",
               "柏溪县医疗保障局2023年度部门整体支出绩效自评报告", "柏溪县医疗保障局", 2023, None, None, text,
               funding=[{"item": "年度资金总额", "budget": 947.3, "executed": 931.06, "executionRate": None}],
               indicators=[], scores={"total": 93, "grade": None}, goals=None, given_items=["年度资金总额"],
               sections=[("一、", "部门基本情况"), ("二、", "部门整体支出绩效自评结果"), ("三、", "自评结论")],
               notes="A medical-insurance bureau's report as a PDF's text, hard-wrapped at the page width (figures "
                     "cut from their unit: `947.30 万` / `元`). No funds table: the year's funds stand in one sentence "
                     "of prose, 年初预算 (not the contract's budget), 调整预算 (the budget), 全年执行数 (executed), no "
                     "rate stated (none made up). NEGATIVE: `比年初预算增加 334.85 万元` is a difference, not a budget. "
                     "The total's label ends one line (`自评得分`) and its figure starts the next (`93 分`).")


def transfer_prose_funds_rate_38():
    # A bureau's report on a grant in prose: the budget and the spending in two sentences, the
    # rate stated after them proves which figures are the pair.
    text = join(
        "石岭市医疗保障局2024年度医疗保障服务能力提升补助资金绩效自评报告",
        "发布时间：2025-04-11 来源：石岭市医疗保障局",
        "一、绩效目标分解下达情况",
        "2024年医疗保障服务能力提升补助资金下达我市共计860万元，主要用于医保信息系统运维和经办能力建设。",
        "二、绩效情况分析",
        "（一）资金投入情况分析",
        "1.资金投入情况：2024年下达补助资金860万元，结转2023年资金415.6万元，全年可使用资金合计1275.6万元，为项目按计划推进提供了保障。",
        "2.资金执行情况：截至2024年底，共使用资金1032.24万元，其中信息系统运维费612万元、经办能力建设费420.24万元，资金执行率达80.92%。",
        "（二）资金管理情况分析",
        "资金分配符合补助资金管理要求，专款专用，未发现截留、挪用。",
        "三、自评结论",
        "综合评价，本项目自评得分91分，等级为优。",
    )
    return Doc("transfer-prose-funds-rate-38.txt", "transfer-payment-evaluation",
               "石岭市医疗保障局2024年度医疗保障服务能力提升补助资金绩效自评报告", "石岭市医疗保障局", 2024,
               "2025-04-11", None, text,
               funding=[{"item": "年度资金总额", "budget": 1275.6, "executed": 1032.24, "executionRate": 80.92}],
               indicators=[], scores={"total": 91, "grade": "优"}, goals=None, given_items=["年度资金总额"],
               sections=[("一、", "绩效目标分解下达情况"), ("二、", "绩效情况分析"), ("三、", "自评结论")],
               notes="A grant's self-evaluation in prose with no funds table: `全年可使用资金合计1275.6万元` (the "
                     "budget) and `共使用资金1032.24万元` (executed) stand in two sentences; the stated "
                     "`资金执行率达80.92%` is their ratio, which pairs them. NEGATIVE: `下达…共计860万元` (a part of "
                     "the money) and the spending's parts (`信息系统运维费612万元`) are neither.")


def department_prose_cut_cell_title_31():
    # A sharing site's copy that starts inside a flattened scoring table: a cut cell's tail
    # (`10 ) 绩效目标明确性`) holds title words but is no title; the total is wrapped.
    text = join(
        "编辑: 小林 | 2023-06-02 |",
        "20 分)项目决策(10 分)科学决策必要性",
        "5 5 可行性",
        "5 5 (",
        "10 ) 绩效目标明确性",
        "5 5 合理性",
        "5 5",
        "3.部门整体支出绩效自评开展情况。按照预算绩效管理要求，本部门对",
        "2022 年整体支出开展绩效自评，自评得分",
        "88 分，存在的问题：一是年初预算编制不够细化，二是部分项目资金拨付进度偏慢。下一步将细化预算编制，加快资金拨付。",
    )
    return Doc("department-prose-cut-cell-title-31.txt", "department-evaluation", None, None, 2022, None, None, text,
               funding=[], indicators=[], scores={"total": 88, "grade": None}, goals=None, sections=[],
               accept={"metadata.publishedOn": [None, "2023-06-02"]},
               notes="A sharing site's copy starting inside a flattened scoring table (项目决策 / 绩效目标 rows with "
                     "their points): `10 ) 绩效目标明确性` holds title words but closes a bracket it never opened, the "
                     "tail of a cut cell: no title. The year is the prose's `2022 年整体支出`; the total's label ends a "
                     "line (`自评得分`) and its figure starts the next (`88 分`). NEGATIVE: no body named (issuer null).")


# ------------------------------------------------------------------ forms round 14
def transfer_target_table_content_column_41():
    # A county site's page of a subsidy's 绩效目标表: metadata lines, then the table with every
    # cell boundary of a row dropped, its header naming the names 指标内容.
    text = join(
        "索 引 号 004511207/2023-00318 发布日期 2023-02-14",
        "发布机构 县教育局 有 效 性 有效",
        "标     题 绩效目标表 文     号",
        "",
        "绩效目标表",
        "",
        "字号 :  | ",
        "发布时间:2023-02-14  |  发布单位:县教育局",
        "绩效目标表",
        "(2023年度)",
        "项目名称乡村学校校舍维修补助资金",
        "项目主管部门松陵县教育局项目执行单位松陵县第三中学",
        "资金情况",
        "(万元)",
        "年度资金总额:48",
        "    其中 :上级资金48",
        "",
        "总体目标年度目标",
        "完成乡村学校校舍维修改造，消除校舍安全隐患，改善学生学习生活条件。",
        "绩效指标一级指标二级指标指标内容指标值",
        "产出指标数量指标维修校舍面积≥1800平方米",
        "质量指标维修工程验收合格率100%",
        "消除校舍安全隐患处数≥12处",
        "时效指标当年完工率≥95%",
        "成本指标单位面积维修成本≤260元/平方米",
        "满意度指标服务对象满意度指标师生满意度≥90%",
        "",
        "附件:",
        "",
        "扫一扫在手机打开当前页",
        "[下载] [打印] [关闭]",
    )
    inds = [Ind("产出指标", "数量指标", "维修校舍面积", "≥1800平方米", None).gold("产出指标", "数量指标"),
            Ind("产出指标", "质量指标", "维修工程验收合格率", "100%", None).gold("产出指标", "质量指标"),
            Ind("产出指标", "质量指标", "消除校舍安全隐患处数", "≥12处", None).gold("产出指标", "质量指标"),
            Ind("产出指标", "时效指标", "当年完工率", "≥95%", None).gold("产出指标", "时效指标"),
            Ind("产出指标", "成本指标", "单位面积维修成本", "≤260元/平方米", None).gold("产出指标", "成本指标"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", None).gold("满意度指标", "服务对象满意度指标")]
    return Doc("transfer-target-table-content-column-41.txt", "transfer-payment-evaluation", "绩效目标表",
               "松陵县教育局", 2023, "2023-02-14", "004511207/2023-00318", text,
               funding=[], indicators=inds, scores=None, goals=None,
               accept={"metadata.kind": ["transfer-payment-evaluation", "project-evaluation", "other"],
                       "metadata.issuer": ["松陵县教育局", "县教育局"]},
               notes="A county site's page of a subsidy's 绩效目标表 (targets only): the page's metadata lines, then "
                     "the table with the cell boundaries of each row dropped. Its header `绩效指标一级指标二级指标"
                     "指标内容指标值` names the names 指标内容 (the self-evaluation form's 三级指标): the rows are read "
                     "under it, level labels shown once. The funds lines (`年度资金总额:48`) are a 申报 form's, with no "
                     "execution: not checked (funding empty). Kind: a 补助资金's target table; project or other "
                     "accepted.")


def project_pipe_works_units_42():
    # A project form as pipe rows whose targets are in the units of works and farming and in a
    # subsidy standard per person and month.
    text = join(
        "云溪县2023年度农村供水设施维修养护项目支出绩效自评表",
        "发布时间:2024-04-09 10:15 来源:云溪县水利局",
        "项目名称 | 农村供水设施维修养护 | |||",
        "主管部门 | 云溪县水利局 | 实施单位 | 云溪县农村供水服务站 |",
        "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "年度资金总额 | 86 | 86 | 81.7 | 10 | 95.00% | 9.5 |",
        "其中：当年财政拨款 | 86 | 86 | 81.7 | — | 95.00% | — |",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        "产出指标 | 数量指标 | 更换供水管道长度 | ≥3600米 | 3750米 | 15 | 15 | |",
        "产出指标 | 数量指标 | 水源地防护林栽植 | ≥2400株 | 2100株 | 10 | 8.8 | 春旱补植推迟 |",
        "产出指标 | 质量指标 | 新装水表口径 | ≥20毫米 | 20毫米 | 10 | 10 | |",
        "产出指标 | 成本指标 | 管护员补助标准 | ≥600元/人·月 | 600元/人·月 | 15 | 15 | |",
        "效益指标 | 社会效益指标 | 受益农户 | ≥1300户 | 1360户 | 20 | 20 | |",
        "满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 95% | 20 | 20 | |",
        "总分 | | | | | 100 | 97.3 | |",
    )
    funds = [FundRow("年度资金总额", 86, 86, 81.7, rate="95.00%"),
             FundRow("其中：当年财政拨款", 86, 86, 81.7, rate="95.00%")]
    inds = [Ind("产出指标", "数量指标", "更换供水管道长度", "≥3600米", "3750米").gold("产出指标", "数量指标"),
            Ind("产出指标", "数量指标", "水源地防护林栽植", "≥2400株", "2100株", note="春旱补植推迟").gold("产出指标", "数量指标"),
            Ind("产出指标", "质量指标", "新装水表口径", "≥20毫米", "20毫米").gold("产出指标", "质量指标"),
            Ind("产出指标", "成本指标", "管护员补助标准", "≥600元/人·月", "600元/人·月").gold("产出指标", "成本指标"),
            Ind("效益指标", "社会效益指标", "受益农户", "≥1300户", "1360户").gold("效益指标", "社会效益指标"),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "95%").gold("满意度指标", "服务对象满意度指标")]
    return Doc("project-pipe-works-units-42.txt", "project-evaluation",
               "云溪县2023年度农村供水设施维修养护项目支出绩效自评表", "云溪县水利局", 2023, "2024-04-09", None, text,
               funding=[f.gold() for f in funds], indicators=inds, scores={"total": 97.3}, goals=None,
               notes="A project form as pipe rows whose targets and results are in the units of works and farming "
                     "(`≥2400株`, `≥20毫米`) and a subsidy standard per person and month (`≥600元/人·月`): each read "
                     "as a figure with its unit, so that `2100株` misses `≥2400株`.")


def transfer_cell_per_line_bar_opened_rows_43():
    # A web table copied one cell a line, each cell closed by a bar and each row opened by a bar
    # alone on its line; the indicator rows' merged level cells are bars alone too.
    head = join(
        "(困难群众临时救助)绩效目标自评表",
        "绩效目标自评表 (2022年度) |",
        "||||||||",
        "项目名称 |",
        "困难群众临时救助 |",
        "|",
        "|",
        "|||||",
        "主管部门 |",
        "芦川县民政局 |",
        "|",
        "|",
        "|||||",
    )
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
        ["产出指标(50分)", "数量指标", "临时救助人次", "20", ">=260人次", "281人次", "20", ""],
        ["", "", "救助对象入户核查率", "10", "100%", "100%", "10", ""],
        ["", "质量指标", "临时救助标准", "20", ">=450元/人*月", "480元/人*月", "20", ""],
        ["效益指标(30分)", "社会效益指标", "困难群众基本生活保障率", "30", "100%", "97%", "28", "个别对象户籍迁出"],
        ["满意度指标(10分)", "服务对象满意度指标", "受助对象满意度", "10", ">=90%", "96%", "10", ""],
    ]
    lines = []
    for r in rows:
        lines.append("|")
        lines += [(c + " |") if c else "|" for c in r]
    text = head + "\n" + "\n".join(lines) + "\n|\n总分 |\n100 |\n98 |"
    inds = [Ind("产出指标", "数量指标", "临时救助人次", ">=260人次", "281人次").gold("产出指标", "数量指标"),
            Ind("产出指标", "数量指标", "救助对象入户核查率", "100%", "100%").gold("产出指标", "数量指标"),
            Ind("产出指标", "质量指标", "临时救助标准", ">=450元/人*月", "480元/人*月").gold("产出指标", "质量指标"),
            Ind("效益指标", "社会效益指标", "困难群众基本生活保障率", "100%", "97%", note="个别对象户籍迁出")
            .gold("效益指标", "社会效益指标"),
            Ind("满意度指标", "服务对象满意度指标", "受助对象满意度", ">=90%", "96%").gold("满意度指标", "服务对象满意度指标")]
    return Doc("transfer-cell-per-line-bar-opened-rows-43.txt", "project-evaluation", "(困难群众临时救助)绩效目标自评表",
               "芦川县民政局", 2022, None, None, text,
               funding=[], indicators=inds, scores={"total": 98}, goals=None,
               accept={"metadata.kind": ["project-evaluation", "transfer-payment-evaluation", "other"],
                       "metadata.title": ["(困难群众临时救助)绩效目标自评表", "绩效目标自评表(2022年度)"]},
               notes="A web table copied one cell a line, each cell's text closed by a bar and each row opened by "
                     "a bar alone on its line, as an empty cell is (the rows' merged level cells and empty notes "
                     "too): the opening bars are no cells, or every row would drift a column on. Counted from the "
                     "indicator header, every row's first line is a bar: the rows are read in place. `总分 100 98` "
                     "after the rows.")


def project_one_line_rows_points_only_44():
    # The older national form copied with each row on a line, single spaces between cells: the
    # unit left most targets and results blank (the name says them), so those rows give only
    # their 分值 and 得分.
    text = join(
        "松陵县水利局农村饮水工程维护股项目支出绩效自评",
        "发布时间:2024-05-20 16:02",
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称 农村饮水工程维护经费",
        "主管部门 实施单位 松陵县水利局",
        "项目资金 (万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分",
        "年度资金总额: 260 260 247 10 95% 9.5",
        "其中:本年财政拨款 260 260 247 - -",
        "年度总体目标完成情况 预期目标 实际完成情况",
        "完成全县农村饮水工程维修养护，保障农村群众饮水安全。 完成年度目标。",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        "产出指标 数量指标 指标1:维修养护集中供水工程处数 36 38 15 15",
        "质量指标 指标1:维修工程验收合格 15 15",
        "时效指标 指标1:汛前完成维修养护任务 10 10",
        "成本指标 指标1:资金支出控制在预算范围内 10 10",
        "效益指标 社会效益指标 指标1:农村群众饮水安全得到保障 20 20",
        "可持续影响指标 指标1:供水工程长效运行 10 9",
        "满意度指标 服务对象满意度指标 指标1:受益群众满意度 90% 95% 10 10",
        "总分 100 98.5",
    )
    funds = [FundRow("年度资金总额:", 260, 260, 247, rate="95%"),
             FundRow("其中:本年财政拨款", 260, 260, 247, rate="")]
    rows = [("产出指标", "数量指标", "指标1:维修养护集中供水工程处数", "36", "38"),
            ("产出指标", "质量指标", "指标1:维修工程验收合格", None, None),
            ("产出指标", "时效指标", "指标1:汛前完成维修养护任务", None, None),
            ("产出指标", "成本指标", "指标1:资金支出控制在预算范围内", None, None),
            ("效益指标", "社会效益指标", "指标1:农村群众饮水安全得到保障", None, None),
            ("效益指标", "可持续影响指标", "指标1:供水工程长效运行", None, None),
            ("满意度指标", "服务对象满意度指标", "指标1:受益群众满意度", "90%", "95%")]
    inds = []
    for l1, l2, name, t, a in rows:
        g = Ind(l1, l2, name, t or "", a).gold(l1, l2)
        if t is None:
            g["target"] = {"raw": None, "operator": None, "value": None, "unit": None}
        inds.append(g)
    return Doc("project-one-line-rows-points-only-44.txt", "project-evaluation",
               "松陵县水利局农村饮水工程维护股项目支出绩效自评", "松陵县水利局", 2023, "2024-05-20", None, text,
               funding=[f.gold() for f in funds], indicators=inds, scores={"total": 98.5},
               goals={"planned": ["完成全县农村饮水工程维修养护，保障农村群众饮水安全。"], "achieved": ["完成年度目标。"]},
               accept={"metadata.title": ["松陵县水利局农村饮水工程维护股项目支出绩效自评", "项目支出绩效自评表"]},
               notes="The older national form copied a row a line, single spaces between cells. The unit left most "
                     "targets and results blank, the name saying them (`指标1:维修工程验收合格 15 15`): those rows "
                     "give only their 分值 and 得分, which a packed row would place as its target and actual. The "
                     "总分 row's 100 is the weights with the funds block's 10: the stated weights (25) do not make "
                     "it, the weights with the pairs as points do: the pairs are points (no target, no actual).")


# ------------------------------------------------------------------ forms round 15
def project_pipe_caption_numbered_rows_45():
    # A province's project form as pipe rows: its indicator block headed by its caption in a first
    # column (年度绩效目标 (80分)), its rows under a level numbered as headings are (一、 1、 二、),
    # the groups of field trials counted in 组.
    text = join(
        "白石县2022年中央农业防灾减灾项目补助资金绩效自评",
        "- 发文机构",
        "- 白石县农业农村局",
        "- 日期",
        "- 2023-06-12",
        "2022年度项目支出绩效自评表",
        "单位名称:白石县植保植检站 填报日期:2023年4月6日",
        "项目名称 | 白石县2022年中央农业防灾减灾项目补助资金 | ||||||||",
        "主管部门 | 白石县农业农村局 | 项目实施单位 | 白石县植保植检站 | ||||||",
        "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||",
        "年度财政资金总额 | 126.5 | 118.4 | 93.60% | 18.72 | |||||",
        "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||",
        "产出指标 | 数量指标 | 一、统防统治示范区建设 | ≧6000亩 | 6200亩 | 10.0 | ||||",
        "1、小麦赤霉病统防统治 | ≧3500亩 | 3600亩 | 5.0 | ||||||",
        "2、水稻二化螟统防统治 | ≧2500亩 | 2600亩 | 5.0 | ||||||",
        "二、药剂减量对比试验 | ≧8组 | 8组 | 10.0 | ||||||",
        "1、生物药剂替代试验 | ≧5组 | 5组 | 5.0 | ||||||",
        "2、低容量喷雾试验 | ≧3组 | 3组 | 5.0 | ||||||",
        "三、病虫测报点监测 | ≧12个 | 12个 | 10.0 | ||||||",
        "质量指标 | 示范区防治效果 | ≧85% | 87.5% | 10.0 | |||||",
        "时效指标 | 项目按时完成率 | 100% | 100% | 10.0 | |||||",
        "效益指标 | 社会效益指标 | 受益农户数 | 3000户 | 3150户 | 10.0 | ||||",
    )
    funds = [FundRow("年度财政资金总额", None, 126.5, 118.4, rate="93.60%")]
    rows = [("一、统防统治示范区建设", "≧6000亩", "6200亩"), ("1、小麦赤霉病统防统治", "≧3500亩", "3600亩"),
            ("2、水稻二化螟统防统治", "≧2500亩", "2600亩"), ("二、药剂减量对比试验", "≧8组", "8组"),
            ("1、生物药剂替代试验", "≧5组", "5组"), ("2、低容量喷雾试验", "≧3组", "3组"),
            ("三、病虫测报点监测", "≧12个", "12个")]
    inds = [Ind("产出指标", "数量指标", n, t, a).gold("产出指标", "数量指标") for n, t, a in rows]
    inds += [Ind("产出指标", "质量指标", "示范区防治效果", "≧85%", "87.5%").gold("产出指标", "质量指标"),
             Ind("产出指标", "时效指标", "项目按时完成率", "100%", "100%").gold("产出指标", "时效指标"),
             Ind("效益指标", "社会效益指标", "受益农户数", "3000户", "3150户").gold("效益指标", "社会效益指标")]
    return Doc("project-pipe-caption-numbered-rows-45.txt", "project-evaluation",
               "白石县2022年中央农业防灾减灾项目补助资金绩效自评", "白石县植保植检站", 2022, "2023-06-12", None, text,
               funding=[f.gold() for f in funds], indicators=inds, scores=None, goals=None,
               accept={"metadata.year": [2022], "metadata.title": ["白石县2022年中央农业防灾减灾项目补助资金绩效自评", "2022年度项目支出绩效自评表"]},
               notes="A province's project form as pipe rows. Its indicator block is headed by its caption in a first "
                     "column (`年度绩效目标 (80分)`), which names 目标 but holds no target: the targets stand under "
                     "`年初目标值(A)` after the levels. Rows under a level are numbered as headings are (`二、药剂减量"
                     "对比试验 | ≧8组 | 8组 | 10.0`): inside the form they are rows, not a heading that ends it. "
                     "Field trials are counted in 组.")


def department_allocation_funds_46():
    # Fujian's whole-spending form copied from its sheet: the funds block counts money as allocated
    # (预算安排), paid out (拨付情况) and left (结余情况), its header's words wrapped over many lines.
    text = join(
        "22年度部门整体支出绩效自评(县档案馆)",
        "",
        "时间:2023-05-18 09:30:12 来源:",
        "",
        "部门整体支出绩效自评表",
        "(2022年度)",
        "部门(单位)名称 白石县档案馆 部门预算编码 902003011",
        "财政资金安排和使用情况  资金结构",
        "(万元)",
        "预算安排 拨付情况 结余情况",
        "年初部门预算安排金额",
        "历年结余结转",
        "年中调整金额③ 小计",
        "④ = ①+② +③",
        "年度拨付金额",
        "支出实现率(%)",
        "⑥=⑤/④",
        "本年度结余金额",
        "⑦=④-⑤",
        "资金结余率",
        "(%)",
        "⑧=⑦/④",
        "财政资金小计 412.5 20.3 0 432.8 410.2 95% 22.6 5%",
        "①中央及省级财政资金",
        "②县级财政资金 412.5 20.3 0 432.8 410.2 95% 22.6 5%",
        "③其他财政资金",
        "其他资金小计",
        "合 计 412.5 20.3 0 432.8 410.2 95% 22.6 5%",
        "年度",
        "总体",
        "目标",
        "完成",
        "情况",
        "预期目标 目标实际完成情况",
        " 目标1:保障馆内在职及退休人员工资福利按时发放;",
        " 目标2:完成馆藏档案数字化加工任务。",
        " 目标1完成情况:全部完成",
        " 目标2完成情况:基本完成,完成率为96%",
    )
    funding = [{"item": "财政资金小计", "budget": 432.8, "executed": 410.2, "executionRate": 95},
               {"item": "中央及省级财政资金", "budget": None, "executed": None, "executionRate": None},
               {"item": "县级财政资金", "budget": 432.8, "executed": 410.2, "executionRate": 95},
               {"item": "其他财政资金", "budget": None, "executed": None, "executionRate": None},
               {"item": "其他资金小计", "budget": None, "executed": None, "executionRate": None},
               {"item": "合计", "budget": 432.8, "executed": 410.2, "executionRate": 95}]
    return Doc("department-allocation-funds-46.txt", "department-evaluation",
               "部门整体支出绩效自评表", "白石县档案馆", 2022, "2023-05-18", None, text,
               funding=funding, indicators=[], scores=None, goals=None,
               given_items=["中央及省级财政资金", "县级财政资金", "其他财政资金", "合计"],
               accept={"metadata.title": ["部门整体支出绩效自评表", "22年度部门整体支出绩效自评(县档案馆)"]},
               notes="Fujian's whole-spending form copied from its sheet. The funds block counts money as allocated, "
                     "paid out and left: eight figures a row (`年初…① 历年结余结转② 年中调整③ 小计④ 拨付⑤ 实现率⑥ "
                     "结余⑦ 结余率⑧`), the header's words wrapped one or two a line where no column can be placed. "
                     "The arithmetic places them: the budget is ④, the amount whose share paid out is the row's "
                     "rate; the template's sources keep their names without their circled numbers.")


def transfer_lettered_funds_47():
    # A province's transfer-payment evaluation form copied from a tender site: the funds block's
    # columns lettered, the rates formulas of the letters, a 列次 line under the header, each row
    # its label, its 行次 and its figures wrapped onto the next line, blank cells vanished.
    text = join(
        "青禾市白石区林业局2023年度林业草原改革发展资金绩效评价表",
        "",
        "发布时间: 2024年05月20日",
        "项目详情",
        "白石区2023年度林业草原改革发展资金绩效评价表",
        "发布时间: 2024-05-20 09:12",
        "年度:2023年",
        "资金投入情况",
        "(万元)",
        "",
        "行次 全年预算数",
        "(A)",
        "统筹整合资金数",
        "(B)",
        "扣除统筹整合资金后预算金额",
        "(C)",
        "全年到位资金",
        "(D)",
        "预算到位",
        "(D/C×100%)",
        "全年执行资金",
        "(E)",
        "预算执行",
        "(E/C×100%)",
        "佐证材料",
        "列次 0 1 2 3 4 5 6 7 所需材料 上传端口",
        "年度资金总额(万元): 1 64.000000",
        "64.000000 64.000000 100.00% 57.600000 90.00%",
        "其中:中央财政资金(万元) 2 64.000000",
        "64.000000 64.000000 100.00% 57.600000 90.00% 预算下达文件、资金到位及支出凭证",
        "地方财政资金(万元) 3",
        "",
        "",
        "其他资金(万元,自有资金、社会资本、以前年度结转结余资金等) 4",
        "",
        "",
        "资金管理情况",
        "情况说明 存在问题 改进措施",
        "",
        "列次 8 9 10",
        "分配科学性 5 资金分配规范性 严格按照资金管理办法规定分配资金",
    )
    funding = [{"item": "年度资金总额", "budget": 64, "executed": 57.6, "executionRate": 90},
               {"item": "中央财政资金", "budget": 64, "executed": 57.6, "executionRate": 90},
               {"item": "地方财政资金", "budget": None, "executed": None, "executionRate": None},
               {"item": "其他资金(万元,自有资金、社会资本、以前年度结转结余资金等)", "budget": None, "executed": None, "executionRate": None}]
    return Doc("transfer-lettered-funds-47.txt", "transfer-payment-evaluation",
               "青禾市白石区林业局2023年度林业草原改革发展资金绩效评价表", "青禾市白石区林业局", 2023, "2024-05-20", None, text,
               funding=funding, indicators=[], scores=None, goals=None,
               notes="A province's transfer form from a tender site. The funds block's columns are lettered and its "
                     "rates are formulas (`预算到位 (D/C×100%)`, `预算执行 (E/C×100%)`); each row is its label, its 行次 "
                     "and its figures wrapped onto the next line, blank cells vanished. The header tells which rate "
                     "is the execution's (the second): the amount before it is spent, the budget the amount whose "
                     "share it makes. The 资金管理情况 block after it is not read as funds.")


# ------------------------------------------------------------------ prose round 15
def department_prose_points_table_32():
    # A county site's department evaluation by an agency: the result table copied one cell a line,
    # its label column headed by a word no form uses (评价指标), each figure with its 分.
    text = join(
        "当前位置：首页 > 柳塘县财政局 > 绩效管理",
        "柳塘县自然资源局2023年度部门整体支出绩效评价报告",
        "发布日期：2024-08-16",
        "报告单位：柳塘县恒信会计师事务所",
        "绩效评价结果",
        "评价指标",
        "分值",
        "实际得分",
        "投入",
        "20分",
        "19.00分",
        "过程",
        "40分",
        "33.60分",
        "产出",
        "25分",
        "22.50分",
        "效果",
        "15分",
        "13.40分",
        "总分",
        "100",
        "88.50",
        "一、部门概况",
        "柳塘县自然资源局内设股室7个，下属事业单位2个，年末实有人员64人。",
        "二、绩效评价结论",
        "评价组对本局2023年度整体支出进行了评价，各项工作总体完成较好，预算编制的精细程度有待提高。",
    )
    return Doc("department-prose-points-table-32.txt", "department-evaluation",
               "柳塘县自然资源局2023年度部门整体支出绩效评价报告", "柳塘县自然资源局", 2023, "2024-08-16", None, text,
               funding=[], indicators=[],
               scores={"total": 88.5, "grade": None,
                       "items": [{"name": "投入", "max": 20, "score": 19}, {"name": "过程", "max": 40, "score": 33.6},
                                 {"name": "产出", "max": 25, "score": 22.5}, {"name": "效果", "max": 15, "score": 13.4}]},
               goals=None, sections=[("一、", "部门概况"), ("二、", "绩效评价结论")],
               notes="An agency's evaluation of a department, its result table copied one cell a line: the label column "
                     "is headed `评价指标` (no form's word), the figures carry their 分 (`20分`, `19.00分`). The items are "
                     "投入/过程/产出/效果 with their 分值 and 得分; the total is the 总分 row's 得分. NEGATIVE: the 总分 "
                     "row's `100` is the full points, not the total; no grade is stated.")


def transfer_prose_rate_paired_sum_39():
    # A county page that kept a grant's report without its title: the transfer template's first
    # section opens it; the funds are a 资金合计 and an 执行数合计 that the stated rate pairs.
    text = join(
        "一、绩效目标分解下达情况",
        "（一）中央下达转移支付预算和绩效目标情况。2024年中央下达我县高标准农田建设补助资金预算资金900万元，"
        "主要用于田间道路和灌排设施建设。",
        "（二）资金安排、分解下达预算和绩效目标情况。2024年高标准农田建设项目资金合计1250.40万元，"
        "全年预算执行数合计1000.32万元。预算执行率80%。",
        "二、绩效目标完成情况分析",
        "（一）资金投入情况分析。项目资金已全部到位，实际到位资金合计1250.40万元。",
        "（二）总体绩效目标完成情况分析。全年新建高标准农田1.2万亩，项目区灌溉保证率达到85%。",
    )
    return Doc("transfer-prose-rate-paired-sum-39.txt", "transfer-payment-evaluation", None, None, 2024, None, None,
               text,
               funding=[{"item": "年度资金总额", "budget": 1250.4, "executed": 1000.32, "executionRate": 80}],
               indicators=[], scores=None, goals=None, given_items=["年度资金总额"],
               sections=[("一、", "绩效目标分解下达情况"), ("二、", "绩效目标完成情况分析")],
               notes="A grant's self-evaluation kept without its title: the transfer template's first section "
                     "(`一、绩效目标分解下达情况`) says what it is. The year's funds are `项目资金合计1250.40万元` and "
                     "`全年预算执行数合计1000.32万元`, which the stated `预算执行率80%` pairs. NEGATIVE: `预算资金900万元` "
                     "(the central part) makes no 80% with any executed sum; `实际到位资金合计` (what arrived) is no "
                     "budget.")


def project_template_outline_kind_27():
    # A template site's page: the report's title is only 绩效自评报告; its outline (一、项目概况)
    # says it is a project's, though a sentence names a 专项资金.
    text = join(
        "报告",
        "绩效自评报告",
        "时间：2023-03-14 09:20:11 报告 我要投稿",
        "一、项目概况",
        "（一）项目基本性质、用途和主要内容",
        "项目名称：槐林市妇幼保健院设备购置项目，项目实施地点：槐林市妇幼保健院。2022年槐林市卫生健康发展专项资金预算640万元。",
        "二、项目资金使用及管理情况",
        "项目资金按进度拨付，专款专用。",
    )
    return Doc("project-template-outline-kind-27.txt", "project-evaluation", "绩效自评报告", None, None,
               "2023-03-14", None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "项目概况"), ("二、", "项目资金使用及管理情况")],
               accept={"metadata.year": [None, 2022], "metadata.issuer": [None, "槐林市妇幼保健院"]},
               notes="A template site's copy whose title is only `绩效自评报告`: the project template's first section "
                     "`一、项目概况` makes it a project's evaluation. NEGATIVE: the sentence naming a "
                     "`卫生健康发展专项资金` is no title and does not make it a grant's.")


def other_own_level_accounts_2():
    # A county's final-accounts channel: a body's accounts, the posting time on the article's
    # toolbar line.
    text = join(
        "首页 >> 政府信息公开 >> 预决算公开 >> 正文",
        "槐林县农业农村局2023年度部门决算",
        "2024-09-12 15:30  县农业农村局 [字号: ] 打印",
        "目录",
        "第一部分 部门概况",
        "第二部分 2023年度部门决算情况说明",
        "第一部分 部门概况",
        "一、主要职责",
        "负责全县农业农村发展规划并组织实施。",
    )
    return Doc("other-own-level-accounts-2.txt", "other", "槐林县农业农村局2023年度部门决算", "槐林县农业农村局", 2023,
               "2024-09-12", None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("第一部分", "部门概况")],
               notes="A body's final accounts: kind other. The posting time stands on the article's toolbar line "
                     "(`2024-09-12 15:30  县农业农村局 [字号: ] 打印`), with no 发布时间 or 来源 label. NEGATIVE: the "
                     "channel's `预决算公开` in the breadcrumb is no title.")


def work_summary_posted_label_7():
    # A writing site's copy of a bureau's annual summary, posted under 发表时间 with slashes.
    text = join(
        "您的位置：新文秘网>>工作总结>>正文",
        "槐林县医疗保障局2023年工作总结及2024年工作计划",
        "发表时间：2024/1/18 10:05:33",
        "一、2023年工作开展情况",
        "全年城乡居民医保参保23.6万人，检查定点医药机构146家。",
        "二、2024年工作计划",
        "持续推进医保支付方式改革，加强基金监管。",
    )
    return Doc("work-summary-posted-label-7.txt", "work-summary", "槐林县医疗保障局2023年工作总结及2024年工作计划",
               "槐林县医疗保障局", 2023, "2024-01-18", None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "2023年工作开展情况"), ("二、", "2024年工作计划")],
               notes="A bureau's annual summary posted under `发表时间：2024/1/18 10:05:33` (a date with slashes and "
                     "a time): the publishing date. NEGATIVE: `2024年工作计划` is the plan's year, not the year "
                     "summarised.")



def work_summary_leading_outline_8():
    # A sharing site's copy of a health commission's annual summary: the article's outline first,
    # no 目录 line, then the title, its opening paragraph and the same headings as the body.
    text = join(
        "一、工作完成情况",
        "（一）加强党建引领",
        "（二）完善公共卫生服务体系",
        "（三）推进医共体建设",
        "二、存在问题",
        "三、2024年工作计划",
        "（一）持续深化医改",
        "（二）加强人才队伍建设",
        "槐林市卫健委2023年度工作总结与2024年度工作计划",
        "2023年，市卫健委围绕市委、市政府决策部署，补短板、强弱项，全面提升医疗卫生服务能力，现将工作情况报告如下：",
        "一、工作完成情况",
        "（一）加强党建引领。全年开展理论学习中心组学习14次。",
        "（二）完善公共卫生服务体系。新建发热门诊3个。",
        "（三）推进医共体建设。组建紧密型医共体2个。",
        "二、存在问题",
        "基层医疗人才仍显不足。",
        "三、2024年工作计划",
        "（一）持续深化医改。（二）加强人才队伍建设。",
    )
    return Doc("work-summary-leading-outline-8.txt", "work-summary", "槐林市卫健委2023年度工作总结与2024年度工作计划",
               None, 2023, None, None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "工作完成情况"), ("二、", "存在问题"), ("三、", "2024年工作计划")],
               accept={"metadata.issuer": [None, "槐林市卫健委"]},
               notes="A sharing site's copy that opens with the article's outline (no 目录 line), then the title, its "
                     "opening paragraph and the same headings again: the title is the line after the outline, the "
                     "year the one summarised (2023). NEGATIVE: the outline's `三、2024年工作计划` is the plan's year, "
                     "and the outline's lines open no sections (each heading once).")


def project_glued_funds_columns_after_label_48():
    # A scanned form's text extract on one line: the funds row's label cell spans the header row and
    # the figures row, so the label comes first, then the column words (年初预算数's 算 misread),
    # then the figures run together with no separator.
    text = join(
        "1、芦川市本级部门项目支出绩效自评表(2022年)项目名称小学公用经费主管部门芦川市教育局实施单位芦川市第三小学"
        "自评得分96项目资金(万元)年度资金总额年初预箅数调整预算数(A)全年执行数(B)执行率(B/A)52.452.450.396%"
        "年度总体目标年初设定目标保障学校正常运转全年实际完成情况学校正常运转",
    )
    return Doc("project-glued-funds-columns-after-label-48.txt", "project-evaluation",
               "芦川市本级部门项目支出绩效自评表(2022年)", "芦川市教育局", 2022, None, None, text,
               funding=[FundRow("年度资金总额", budget=52.4, executed=50.3, rate="96%").gold()],
               indicators=[], scores={"total": 96, "grade": None}, goals=None,
               accept={"metadata.title": ["芦川市本级部门项目支出绩效自评表(2022年)", "芦川市本级部门项目支出绩效自评表"],
                       "metadata.issuer": ["芦川市教育局", "芦川市第三小学"]},
               notes="A scanned form's extract on one line: the funds row's label, then the header's column words "
                     "(`年初预箅数`, the 算 misread), then `52.452.450.396%` = 52.4 | 52.4 | 50.3 | 96%: the only "
                     "cut into the four columns the words name where the rate checks executed over budget. The "
                     "budget is the 调整预算数 (A).")


def project_prose_self_named_body_49():
    # A template site's copy of a province-level unit's project report: no title naming the body,
    # no signature; the report says 我中心 and names itself once, describing what it is. Its goals
    # are announced by a sentence under the goals heading, then listed 1. 2. 3.
    text = join(
        "财政资金项目支出绩效自评报告",
        "根据省财政厅关于开展省级财政资金绩效自评工作的通知要求，我中心对本年度农业信息监测专项经费的支出情况进行了绩效自评，现将有关情况报告如下：",
        "一、项目基本情况",
        "（一）单位基本情况",
        "省农业信息监测中心是省农业农村厅所属公益一类事业单位，主要承担全省农业信息采集、监测和发布工作。",
        "（二）项目绩效目标",
        "为提高农业信息服务水平，本项目确定以下目标：",
        "1.完成全省农产品价格监测点月报240期；",
        "2.发布农业市场分析报告12篇；",
        "3.信息服务对象满意度达到90%以上。",
        "二、项目资金使用及管理情况",
        "项目资金按计划拨付，专款专用。",
        "三、项目绩效情况",
        "全年完成价格监测月报240期，发布分析报告12篇。",
    )
    return Doc("project-prose-self-named-body-49.txt", "project-evaluation", "财政资金项目支出绩效自评报告",
               "省农业信息监测中心", None, None, None, text, funding=[], indicators=[], scores=None,
               goals={"planned": ["1.完成全省农产品价格监测点月报240期；", "2.发布农业市场分析报告12篇；",
                                  "3.信息服务对象满意度达到90%以上。"], "achieved": []},
               sections=[("一、", "项目基本情况"), ("二、", "项目资金使用及管理情况"), ("三、", "项目绩效情况")],
               notes="A province-level unit's report with no place in its name: it calls itself 我中心 and names "
                     "itself once, saying what it is (`省农业信息监测中心是…事业单位`): the issuer. The goals are "
                     "announced by a sentence under `（二）项目绩效目标` (`…确定以下目标：`) and listed 1. 2. 3.; "
                     "the list ends where the next part starts. NEGATIVE: 省财政厅, which wrote the notice, is not "
                     "the issuer; no year is stated (本年度).")


def project_scrambled_header_pieces_50():
    # A PDF form's text extract on one line, in the PDF's drawing order: the indicator rows first,
    # then the header's cells cut a word a piece (二级指标 数量指标 年度 绩效 目标 (80 分) 产出指标
    # (60 分) …), which the block's columns would read as rows.
    text = join(
        "2021 年区级农产品质量安全监管资金项目自评表 单位名称:芦川区农业农村局 填报日期:2022 年 3 月 18 日 "
        "项目名称 2021 年区级农产品质量安全监管资金 主管部门 芦川区农业农村局 项目类别 1、部门预算项目 2、区直专项 "
        "项目属性 1、持续性项目 2、新增性项目 □ 一级指标 项目实施单位 芦川区农产品检测站 □ 三级指标 年初目标值 (A) "
        "实际完成值 (B) 得分 农产品抽检批次 1200 1265 10 快速检测样品数 8000 8312 10 检测结果合格率 98%以上 99.2% 10 "
        "资金拨付及时性 95%以上 100% 10 二级指标 数量指标 年度 绩效 目标 (80 分) 产出指标 (60 分) 时效指标 效益指标 "
        "(40 分) 总分 质量指标 —1— 偏差大或 目标未完成 原因分析 改进措施及 结果应用方案 单位主要负责人 签批意见 签名: 年 月 日",
    )
    inds = [Ind(None, None, "农产品抽检批次", "1200", "1265"), Ind(None, None, "快速检测样品数", "8000", "8312"),
            Ind(None, None, "检测结果合格率", "98%以上", "99.2%"), Ind(None, None, "资金拨付及时性", "95%以上", "100%")]
    gold_inds = [r.gold(None, None) for r in inds]
    # `98%以上` is at least 98%: the operator the gold helper does not read from the word after.
    for g in gold_inds:
        if g["target"]["raw"].endswith("以上"):
            g["target"]["operator"] = ">="
    return Doc("project-scrambled-header-pieces-50.txt", "project-evaluation", "2021年区级农产品质量安全监管资金项目自评表",
               "芦川区农业农村局", 2021, None, None, text, funding=[], indicators=gold_inds,
               scores=None, goals=None,
               notes="A PDF form's extract in drawing order: the four indicator rows, then the header's cells a word "
                     "a piece after them. The level column's words stand apart from the rows (the extract does not "
                     "say which row is under which level: levels null). NEGATIVE: `数量指标 年度 绩效`, "
                     "`目标 (80 分)`, `产出指标 (60 分)`, `效益指标 (40 分)` are header pieces, no indicator rows; "
                     "no funds and no total are stated.")


def other_own_level_accounts_headline_3():
    # A county's final-accounts channel: the headline publishing a bureau's own-level accounts
    # names it in full, the document's own heading below it by its short name.
    text = join(
        "欢迎来到槐林县人民政府槐林县预决算公开专题频道",
        "",
        "2022年槐林县文化广电和旅游局本级决算公开",
        "",
        "来源: 发布时间:2023-09-26 浏览次数:0 次 【字体:大 中 小】",
        "",
        "2022槐林县文化广电和旅游局本级决算公开",
        "",
        "槐林县文广旅局2022年度本级决算",
        "",
        "第一部分 部门概况",
        "一、主要职责",
        "负责全县文化、广播电视和旅游工作。",
        "第二部分 2022年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "2022年度收入、支出决算总计均为1268.45万元。",
    )
    return Doc("other-own-level-accounts-headline-3.txt", "other", "2022年槐林县文化广电和旅游局本级决算公开",
               "槐林县文化广电和旅游局", 2022, "2023-09-26", None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("第一部分", "部门概况"), ("第二部分", "2022年度部门决算情况说明")],
               notes="A body's own-level accounts under the headline that publishes them (`…本级决算公开`): the title, "
                     "naming the body in full; kind other. NEGATIVE: the document's shorter heading "
                     "(`槐林县文广旅局2022年度本级决算`) is no title and its short name no issuer; the channel's "
                     "`预决算公开专题频道` line is no title.")


def project_overview_labelled_sums_48():
    # The older provincial project template (财政支出项目绩效评价自评报告) copied one cell a line:
    # no year in its title, a 报告日期 a year after the project, and the year's funds as labelled
    # sums in the overview block rather than a funds table.
    text = join(
        "附件3-2",
        "槐林市西坪区财政支出项目绩效评价自评报告",
        "评价类型:项目实施过程评价□ 项目完成结果评价■",
        "项目名称        老年人健康体检",
        "项目单位     西坪区卫生健康局",
        "评价方式:部门(单位)绩效自评",
        "报告日期:2021 年 5 月 26 日",
        "一、项目基本概况",
        "项目负责人",
        "陈晓岚",
        "项目起止时间",
        "2020 年 1 月起至 2020 年 12 月止",
        "计划安排资金",
        "(万元)",
        "386.4",
        "实际到位资金",
        "(万元)",
        "386.4",
        "实际支出",
        "(万元)",
        "352.75",
        "结余(万元)",
        "33.65",
        "二、项目支出明细情况",
        "支出内容",
        "实际支出数",
        "体检服务费",
        "352.75",
    )
    return Doc("project-overview-labelled-sums-48.txt", "project-evaluation", "槐林市西坪区财政支出项目绩效评价自评报告",
               "西坪区卫生健康局", 2020, None, None, text,
               funding=[{"item": "年度资金总额", "budget": 386.4, "executed": 352.75, "executionRate": None}],
               indicators=[], scores=None, goals=None, given_items=["年度资金总额"],
               sections=[("一、", "项目基本概况"), ("二、", "项目支出明细情况")],
               notes="The older provincial project template copied one cell a line. The year evaluated is the "
                     "project's period (`项目起止时间` / `2020 年 1 月起至 2020 年 12 月止`), not the 报告日期's 2021. "
                     "The year's funds are the labelled sums `计划安排资金` (budget) and `实际支出` (executed), "
                     "each with its `(万元)` on a line of its own; no rate is stated. NEGATIVE: `实际到位资金` (what "
                     "arrived) is not the executed sum, and `结余` is neither.")


def department_prose_yuan_totals_33():
    # A county body's whole-spending report states its year's totals in 元 with their rate.
    text = join(
        "槐林县图书馆2023年整体支出绩效自评报告",
        "发布日期：2024-05-08",
        "一、部门概况",
        "（一）部门基本情况",
        "槐林县图书馆为县文化和旅游局所属公益一类事业单位，内设办公室、采编部、借阅部3个部门。",
        "（二）部门整体支出规模",
        "槐林县图书馆2023年度收入合计4126800.50元，支出合计3714120.45元，执行率为90%，"
        "其中：基本支出2950000.00元，执行率达100%，项目支出764120.45元。",
        "二、绩效目标设定情况",
        "全年新增馆藏图书1.2万册，举办阅读推广活动60场。",
    )
    return Doc("department-prose-yuan-totals-33.txt", "department-evaluation", "槐林县图书馆2023年整体支出绩效自评报告",
               "槐林县图书馆", 2023, "2024-05-08", None, text,
               funding=[{"item": "年度资金总额", "budget": 412.68005, "executed": 371.412045, "executionRate": 90}],
               indicators=[], scores=None, goals=None, given_items=["年度资金总额"],
               sections=[("一、", "部门概况"), ("二、", "绩效目标设定情况")],
               notes="A department's whole-spending report whose year's totals are in 元 in one sentence with their "
                     "rate: `收入合计4126800.50元，支出合计3714120.45元，执行率为90%` is the year's row, converted to "
                     "万元. NEGATIVE: `基本支出…执行率达100%` is a part's rate and pairs no sums.")


def transfer_prose_pipe_metadata_40():
    # A county finance page whose metadata block came as pipe rows with a label the reader does
    # not know (部门:) between known ones.
    text = join(
        "梧桐县2023年度中央财政林业改革发展资金绩效自评报告",
        "索引号: | WT3307/2024-20415 | 部门: | 财政局 |",
        "---|---|---|---|",
        "栏目: | 专项资金 | 来源: | 财政局农业股 |",
        "作者: | 日期: | 2024-04-12 |",
        "按照省级资金管理办法要求，现将2023年度下达我县的林业改革发展资金绩效目标自评情况公开如下：",
        "一、绩效目标分解下达情况",
        "2023年度下达我县林业改革发展资金380万元，主要实施森林抚育1.5万亩。",
        "二、绩效目标完成情况分析",
        "全年完成森林抚育1.52万亩，项目验收合格率100%。",
    )
    return Doc("transfer-prose-pipe-metadata-40.txt", "transfer-payment-evaluation",
               "梧桐县2023年度中央财政林业改革发展资金绩效自评报告", None, 2023, "2024-04-12", "WT3307/2024-20415", text,
               funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "绩效目标分解下达情况"), ("二、", "绩效目标完成情况分析")],
               accept={"metadata.issuer": [None, "梧桐县财政局", "财政局", "财政局农业股"]},
               notes="A grant's report whose page metadata came as pipe rows: `索引号: | WT3307/2024-20415 | 部门: | "
                     "财政局 |`. NEGATIVE: the label the reader does not know (`部门:`) and its value are not run on "
                     "the index number (`WT3307/2024-20415：部门:：财政局` before).")


def department_prose_outline_kind_35():
    # A page that kept a bureau's whole-spending report without its title, under an editing time.
    text = join(
        "编稿时间:2024-04-18 来源: 县财政局",
        "根据《关于开展2023年度县级部门整体支出和项目支出绩效自评工作的通知》要求，我局组织开展了2023年度部门整体支出绩效自评工作。现将自评情况报告如下：",
        "一、部门基本情况",
        "（一）部门概况",
        "梧桐县交通运输局是县人民政府工作部门，内设综合股、规划建设股等4个股室。",
        "二、绩效自评工作开展情况",
        "成立自评工作小组，逐项核对预算执行和绩效目标完成情况。",
    )
    return Doc("department-prose-outline-kind-35.txt", "department-evaluation", None, None, 2023, "2024-04-18", None,
               text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "部门基本情况"), ("二、", "绩效自评工作开展情况")],
               accept={"metadata.issuer": [None, "梧桐县交通运输局"]},
               notes="A bureau's whole-spending report kept without its title: its first section `一、部门基本情况`, "
                     "under an opening that says it reports on the 部门整体支出绩效自评, makes it a department's "
                     "evaluation. The posting date is the `编稿时间:` label's. NEGATIVE: `项目支出` in the cited notice "
                     "does not make it a project's.")


def project_pipe_site_note_49():
    # A bidding site's page showing the text it recognised from an attached form's picture: its
    # note runs into the form's caption on the first row.
    text = join(
        "详情见附件(注:本页文字由附件图片转换,可能有误,以附件为准)部门预算项目支出绩效自评表(2024年度) | | | | | | | | |",
        "项目名称 | | 梧桐市森林防火巡护经费 | | | | | | |",
        "主管部门 | | 梧桐市林业局 | | | 实施单位(盖章) | 梧桐市林业局 | | |",
        "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |",
        "| 总额 | 24.00 | 24.00 | 22.80 | 95.00% | 10 | 9.5 | |",
        "| 其中:财政资金 | 24.00 | 24.00 | 22.80 | 95.00% | / | / | |",
        "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |",
        "| 产出指标 | 数量指标 | 巡护天数 | ≥ | 300 | 天 | 312 | 45 | 45 |",
        "| 满意度指标 | 服务对象满意度指标 | 林区群众满意度 | ≥ | 90 | % | 94 | 45 | 45 |",
    )
    indicators = [
        {"level1": "产出指标", "level2": "数量指标", "name": "巡护天数",
         "target": {"raw": "≥300天", "operator": ">=", "value": 300, "unit": "天"},
         "actual": {"raw": "312", "value": 312, "unit": None}, "note": None},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "林区群众满意度",
         "target": {"raw": "≥90%", "operator": ">=", "value": 90, "unit": "%"},
         "actual": {"raw": "94", "value": 94, "unit": None}, "note": None},
    ]
    return Doc("project-pipe-site-note-49.txt", "project-evaluation", "部门预算项目支出绩效自评表(2024年度)",
               "梧桐市林业局", 2024, None, None, text,
               funding=[{"item": "总额", "budget": 24, "executed": 22.8, "executionRate": 95},
                        {"item": "财政资金", "budget": 24, "executed": 22.8, "executionRate": 95}],
               indicators=indicators, scores=None, goals=None, split_target=True,
               sections=[],
               notes="A bidding site's copy of an attached form recognised from its picture: the site's note "
                     "`详情见附件(注:…以附件为准)` runs into the form's caption on the first pipe row. The title is the "
                     "caption; NEGATIVE: the note is no part of it.")


def department_cell_per_line_bracket_weight_36():
    # A county bureau's whole-spending form copied one cell a line, each level-1 label's weight
    # in brackets on the line under it (`产出指标` / `(50)`), as a merged cell wraps.
    cells = [
        "部门整体支出绩效自评表", "(2023年度)", "预算单位名称", "梧桐县水利局",
        "年度预算申请", "(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "860.00万元", "920.00万元", "874.00万元", "10", "95%", "9.5",
        "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
        "产出指标", "(50)", "数量", "指标", "河道巡查次数", "≥48次", "52次", "25", "25",
        "质量", "指标", "水质达标率", "≥90%", "93%", "25", "25",
        "效益指标", "(40)", "社会效", "益指标", "防汛应急响应时间", "≤2小时", "1.5小时", "40", "40",
    ]
    text = "\n\n".join(cells)
    indicators = [
        {"level1": "产出指标", "level2": "数量指标", "name": "河道巡查次数",
         "target": {"raw": "≥48次", "operator": ">=", "value": 48, "unit": "次"},
         "actual": {"raw": "52次", "value": 52, "unit": "次"}, "note": None},
        {"level1": "产出指标", "level2": "质量指标", "name": "水质达标率",
         "target": {"raw": "≥90%", "operator": ">=", "value": 90, "unit": "%"},
         "actual": {"raw": "93%", "value": 93, "unit": "%"}, "note": None},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "防汛应急响应时间",
         "target": {"raw": "≤2小时", "operator": "<=", "value": 2, "unit": "小时"},
         "actual": {"raw": "1.5小时", "value": 1.5, "unit": "小时"}, "note": None},
    ]
    return Doc("department-cell-per-line-bracket-weight-36.txt", "department-evaluation", "部门整体支出绩效自评表", "梧桐县水利局",
               2023, None, None, text,
               funding=[{"item": "年度资金总额", "budget": 920, "executed": 874, "executionRate": 95}],
               indicators=indicators, scores=None, goals=None, sections=[],
               notes="A whole-spending form copied one cell a line, each level-1 label's weight in brackets on the "
                     "line under it (`产出指标` / `(50)`, `效益指标` / `(40)`). NEGATIVE: `(50)` and `(40)` are weights, "
                     "not indicators' names (a junk row `(50)` before).")


def work_summary_repeated_title_9():
    # A document-sharing site's extract: the file's name, then the document's own title line (the
    # same words without the year, a space inside) and its first section, all on one line.
    text = join(
        "《2024年县文化馆工作总结及2025年工作计划.docx》由会员分享,可在线阅读,更多相关《2024年县文化馆工作总结及2025年工作计划.docx(4页珍藏版)》请在文档网上搜索。",
        "1、2024年县文化馆工作总结及2025年工作计划 县文化馆工作总结及2025年工 作计划 一、2024年工作总结 全年举办群众文化活动86场,"
        "开展公益培训42期,服务群众5.3万人次。馆内设施",
        "2、改造提升完成,新增多功能排练厅1个。二、2025年工作计划 持续推进文化惠民工程,新建基层文化服务点6个。",
    )
    return Doc("work-summary-repeated-title-9.txt", "work-summary", "2024年县文化馆工作总结及2025年工作计划", None, 2024,
               None, None, text, funding=[], indicators=[], scores=None, goals=None,
               sections=[("一、", "2024年工作总结"), ("二、", "2025年工作计划")],
               notes="A sharing site's extract whose first chunk says the title twice (`2024年县文化馆…工作计划 "
                     "县文化馆…工 作计划`): the title is said once. NEGATIVE: the repeat without the year is no part "
                     "of it; `2025年工作计划` is the plan's year, not the year summarised.")


DOCS = [transfer_cell_per_line_1, transfer_cell_per_line_2, project_cell_per_line_3, project_pipe_split_header_1,
        transfer_pipe_split_header_2, project_pipe_split_columns_1, project_pipe_weights_total_2,
        department_layout_page_break_1, project_layout_spilled_2, transfer_one_line_rows_1, project_one_line_form_2,
        transfer_run_together_1, work_summary_fund_table_1, work_summary_small_table_2, work_summary_prose_3,
        department_cell_per_line_2, department_pipe_weights_total_3, transfer_layout_page_break_3,
        project_cell_per_line_split_columns_4, project_layout_split_columns_3, transfer_pipe_placeholders_3,
        transfer_one_line_form_3, department_one_line_rows_2, transfer_cell_per_line_prose_after_3,
        work_summary_fund_table_4, project_pipe_prose_after_4, department_layout_blank_level1_4,
        project_cell_per_line_pipe_5, transfer_one_line_rows_4, transfer_run_together_2, project_pipe_split_header_3,
        transfer_cell_per_line_5, project_report_layout_title_cut_5, department_cell_per_line_yuan_3,
        transfer_pipe_row_broken_4, project_one_line_rows_split_columns_5, transfer_cell_per_line_wrapped_goals_6,
        project_cell_per_line_page_break_6, department_pipe_nbsp_bom_5, transfer_cell_per_line_empty_bars_7,
        department_cell_per_line_goals_restart_8, transfer_pipe_goals_run_together_5,
        project_cell_per_line_bars_note_9, project_one_line_form_titled_7,
        transfer_pipe_formula_rate_management_8, department_cell_per_line_inline_amounts_9,
        project_prose_cited_notice_6, transfer_one_line_rows_wrapped_label_9, project_run_in_title_prose_7,
        project_cell_per_line_slots_note_10, department_pipe_points_initial_budget_11, project_pipe_fraction_rate_12,
        department_prose_cover_township_13, project_headerless_run_together_14, department_headerless_rows_15,
        department_prose_contents_16, work_summary_prose_plan_title_5, project_sharing_chunks_17,
        project_prose_target_list_18,
        transfer_one_line_opening_16, project_pipe_full_points_total_17, project_pipe_two_row_header_13,
        department_prose_body_year_cover_14, department_one_line_spaced_year_15, project_prose_stated_title_14,
        project_pipe_headerless_split_target_18, project_one_line_run_in_headings_19, other_final_accounts_1,
        work_summary_inline_headings_6, department_prose_name_over_title_21, project_template_collection_goal_list_23,
        department_prose_name_over_headline_22,
        transfer_prose_list_sentences_17,
        project_run_together_header_19,
        department_run_together_head_total_20, project_cell_per_line_no_unit_row_21,
        project_one_line_goal_sentences_22, project_run_together_head_labels_23,
        department_pipe_whole_spending_no_title_24, project_pipe_small_equals_sign_25,
        project_template_square_count_26, department_prose_year_first_subdistrict_27,
        project_prose_cover_evaluated_year_28, department_one_line_task_heading_29,
        transfer_prose_statement_title_consult_30, transfer_prose_field_list_category_31,
        project_pipe_led_cells_32, transfer_metadata_summary_form_33,
        project_summary_above_caption_34, project_cover_unit_label_35,
        transfer_run_on_glued_breakdown_36, transfer_one_line_total_below_breakdown_37,
        project_run_on_scattered_total_38, project_pipe_cost_name_level_word_39,
        project_one_line_numbered_slots_40, department_prose_funds_sentence_30,
        transfer_prose_funds_rate_38, department_prose_cut_cell_title_31,
        transfer_target_table_content_column_41,
        project_pipe_works_units_42, transfer_cell_per_line_bar_opened_rows_43,
        project_one_line_rows_points_only_44,
        project_pipe_caption_numbered_rows_45, department_allocation_funds_46,
        transfer_lettered_funds_47,
        department_prose_points_table_32, transfer_prose_rate_paired_sum_39, project_template_outline_kind_27,
        other_own_level_accounts_2, work_summary_posted_label_7, work_summary_leading_outline_8,
        project_glued_funds_columns_after_label_48, project_prose_self_named_body_49,
        project_scrambled_header_pieces_50, other_own_level_accounts_headline_3,
        project_overview_labelled_sums_48, department_prose_yuan_totals_33, transfer_prose_pipe_metadata_40,
        department_prose_outline_kind_35, project_pipe_site_note_49, department_cell_per_line_bracket_weight_36,
        work_summary_repeated_title_9]


def main():
    os.makedirs(SAMPLES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    bad = 0
    for make in DOCS:
        doc = make()
        doc.write(SAMPLES, GOLD)
        with open(os.path.join(SAMPLES, doc.file), "rb") as f:
            for miss in check_against_text(doc, f.read()):
                print("%s: gold value not in the text: %s" % (doc.file, miss))
                bad += 1
    if bad:
        sys.exit(1)
    print("wrote %d documents to %s and their gold to %s" % (len(DOCS), SAMPLES, GOLD))


if __name__ == "__main__":
    main()
