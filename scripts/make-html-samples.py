#!/usr/bin/env python3
"""Builds the HTML twins of the five text seeds: Samples/<seed stem>.html.

Each twin is the page the seed's text was copied from, written the way the publishing site
would have: site chrome (navigation, login bar, breadcrumbs, share/print bars, footers,
scripts), the metadata block where the seed has one, the body as <p> paragraphs, and real
<table> markup with merged cells. Every word of the body is taken from the seed itself (the
script reads the .txt and cuts it by line), so a twin carries exactly the seed's content and
nothing the text lacks; only chrome, which the reader must drop, is added.

Variants the plugin must handle, one per twin:
  000  UTF-8, metadata as <ul><li><b>label</b><p>value</p>, indicator table with rowspans and
       &nbsp; cells, <th> header rows
  001  GB18030 bytes declared as <meta http-equiv ... charset=gb2312>, self-evaluation table
       with colspans and rowspans
  002  content table nested in a page-layout table, &nbsp; and <br> inside cells, split
       labels (产出<br>指标), a leading spacer column, the form's title as paragraphs above it
  003  metadata as a label/value <table> plus a <ul> of "label:" spans, posting time and
       source as spans with a counter, print/close and share bars
  004  UTF-8 with a byte-order mark, HTML5 landmarks (header/nav/article/footer), numbered
       headings as <h2>/<h3>

Usage: scripts/make-html-samples.py [repo root]   (writes Samples/*.html)
"""
import html
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
SAMPLES = ROOT / "Samples"


def seed_lines(stem):
    return (SAMPLES / f"{stem}.txt").read_text(encoding="utf-8").split("\n")


def esc(text):
    """Escapes text for HTML; a no-break space becomes &nbsp; as page editors write it."""
    return html.escape(text, quote=False).replace("\xa0", "&nbsp;")


def p(text, attrs=' style="text-indent:2em"'):
    return f"<p{attrs}>{esc(text)}</p>"


def td(text="", rowspan=1, colspan=1, tag="td", attrs=""):
    spans = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    body = esc(text) if text else "&nbsp;"
    return f"<{tag}{spans}{attrs}>{body}</{tag}>"


def tr(*cells):
    return "<tr>" + "".join(cells) + "</tr>"


def cell_lines(lines, sep="<br>"):
    return sep.join(esc(x) for x in lines)


# MARK: - 000: 泸西县医疗保障局 (Yunnan county portal)

def twin_000():
    L = seed_lines("000_e82f18c061ea3c91")
    title = L[12]
    out = []
    out.append("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s-泸西县人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<style>.hide{display:none} .xxgk li b{display:block}</style>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js"; })();</script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="date"><script>document.write(new Date().toLocaleDateString());</script></span>
<span class="user"><a href="/user/login">登录</a> | <a href="/user/register">注册</a></span>
</div></div>
<div class="head"><div class="w1200">
<a class="logo" href="/"><img src="/images/logo.png" alt="泸西县人民政府"></a>
<form class="search-box" action="/search" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
</div></div>
<div class="mainnav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjlx/">走进泸西</a></li>
</ul></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czyjs/">财政预决算</a></div>
<div class="w1200 xxgk">
<ul>
""" % esc(title))
    # Metadata block: lines 1-10, "• label" then an indented value line (or none).
    items = []
    i = 1
    while i <= 10:
        label = L[i].strip().lstrip("•").strip()
        value = None
        if i + 1 <= 10 and not L[i + 1].strip().startswith("•"):
            value = L[i + 1].strip()
            i += 1
        items.append((label, value))
        i += 1
    # The first item is the column the page sits in, shown without a label.
    out.append(f'<li class="lm">{esc(items[0][0])}</li>\n')
    for label, value in items[1:]:
        out.append(f"<li><b>{esc(label)}</b><p>{esc(value) if value else ''}</p></li>\n")
    out.append("</ul>\n</div>\n")
    out.append(f'<div class="w1200 article">\n<h1 class="title">{esc(title)}</h1>\n')
    out.append('<div class="share-bar"><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:window.print()">打印</a></div>\n')
    out.append('<div class="content" id="zoom">\n')
    out.append(f'<p style="text-align:center"><strong>{esc(L[14])}</strong></p>\n')
    for n in range(16, 49):
        if L[n].strip():
            out.append(p(L[n]) + "\n")
    out.append("<p>&nbsp;</p>\n")
    out.append(indicator_table_000(L))
    for n in range(523, 540):
        if L[n].strip():
            out.append(p(L[n]) + "\n")
    out.append(results_table_000(L))
    for n in range(673, 692):
        if L[n].strip():
            out.append(p(L[n]) + "\n")
    out.append(f'<p style="text-align:center"><strong>{esc(L[693])}</strong></p>\n')
    out.append(score_table_000(L))
    for n in range(731, 766):
        if L[n].strip():
            out.append(p(L[n]) + "\n")
    out.append("<p>&nbsp;</p>\n<p>&nbsp;</p>\n")
    out.append(f'<p style="text-align:right">{esc(L[771])}</p>\n')
    out.append(f'<p style="text-align:right">{esc(L[773])}</p>\n')
    out.append("</div>\n")
    name = L[777].split("【", 1)[1]
    out.append(f'<div class="fujian">附件【<a href="/uploadfile/2023/0426/{esc(name)}">{esc(name)}</a></div>\n')
    out.append("</div>\n")
    out.append("""<div class="footer"><div class="w1200">
<p><a href="/about">关于我们</a> | <a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a></p>
<p>主办单位：泸西县人民政府办公室　承办单位：泸西县融媒体中心</p>
<p>网站标识码：5325270001　滇ICP备05000000号-1　滇公网安备 53252702000000号</p>
</div></div>
<script src="/js/jquery.min.js"></script>
</body>
</html>
""")
    return "".join(out)


def cells_000(L, start, end):
    """The non-empty lines of the flattened table between two line numbers."""
    return [x for x in L[start:end] if x != ""]


def indicator_table_000(L):
    cells = cells_000(L, 52, 522)
    assert cells[0] == "绩效指标" and cells[10] == "数量指标"
    header = cells[1:10]
    rows = []
    # Each data row: [二级 when a group starts] name op value [unit] 属性 标准 调整后 (+ nbsp cells).
    groups = {"数量指标": 10, "质量指标": 14, "时效指标": 2}
    k = 10
    while k < len(cells):
        c = cells[k]
        if c.strip() == "":
            k += 1
            continue
        level2 = None
        if c in groups:
            level2 = c
            k += 1
        name, op, value = cells[k], cells[k + 1], cells[k + 2]
        k += 3
        unit = ""
        if cells[k] != "定量指标":
            unit = cells[k]
            k += 1
        attribute, standard, adjusted = cells[k], cells[k + 1], cells[k + 2]
        k += 3
        rows.append((level2, name, op, value, unit, attribute, standard, adjusted))
    assert len(rows) == 26, len(rows)
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%">\n']
    out.append("<tr>" + td("绩效指标", colspan=9, tag="th") + "</tr>\n")
    out.append("<tr>" + "".join(td(h, tag="th") for h in header) + "</tr>\n")
    for n, (level2, name, op, value, unit, attribute, standard, adjusted) in enumerate(rows):
        row = ""
        if n == 0:
            row += td("", rowspan=26)
        if level2:
            row += td(level2, rowspan=groups[level2])
        row += td(name) + td(op) + td(value) + td(unit) + td(attribute) + td(standard) + td(adjusted)
        out.append("<tr>" + row + "</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def results_table_000(L):
    cells = cells_000(L, 541, 672)
    assert cells[0] == "指标" and cells[1] == "完成情况" and len(cells) % 2 == 0
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="100%">\n']
    for n in range(0, len(cells), 2):
        out.append(tr(td(cells[n]), td(cells[n + 1])) + "\n")
    out.append("</table>\n")
    return "".join(out)


def score_table_000(L):
    cells = cells_000(L, 695, 730)
    assert len(cells) == 18
    out = ['<table border="1" cellspacing="0" cellpadding="0" align="center">\n']
    for n in range(0, 18, 3):
        out.append(tr(td(cells[n]), td(cells[n + 1]), td(cells[n + 2])) + "\n")
    out.append("</table>\n")
    return "".join(out)


# MARK: - 001: 大连市医疗保障局 (GB18030 bytes, gb2312 declared)

def twin_001():
    L = seed_lines("001_17f5b4d2682cfcf2")
    out = ["""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312">
<TITLE>大连市医疗保障局</TITLE>
<SCRIPT language=javascript src="/js/common.js"></SCRIPT>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<DIV id=top><A href="/">网站首页</A> | <A href="/jgzn/">机构职能</A> | <A href="/zwgk/">政务公开</A> | <A href="/bsfw/">办事服务</A> | <A href="/hdjl/">互动交流</A></DIV>
<DIV class=dqwz>您现在的位置：<A href="/">首页</A> &gt; <A href="/zwgk/">政务公开</A> &gt; <A href="/zwgk/jxpj/">绩效评价</A></DIV>
<DIV class=zw id=zoom>
"""]
    for n in range(0, 40):
        out.append(p(L[n], attrs="") + "\n")
    out.append(f'<P align=center><B>{esc(L[40])}</B></P>\n')
    out.append(f"<P align=center>{esc(L[41])}</P>\n")
    out.append(table_001(L))
    out.append("""</DIV>
<DIV class=print><A href="javascript:window.print()">【打印本页】</A> <A href="javascript:window.close()">【关闭窗口】</A></DIV>
<DIV id=foot>
<P>主办：大连市医疗保障局 地址：大连市西岗区 电话：0411-00000000</P>
<P>辽ICP备00000000号 网站标识码：2102000000</P>
</DIV>
</BODY>
</HTML>
""")
    return "".join(out)


def pipe_cells(line):
    return [c.strip() for c in line.split("|") if c.strip() != ""]


def table_001(L):
    rows = {n: pipe_cells(L[n]) for n in range(42, 81)}
    t = ['<TABLE cellSpacing=0 cellPadding=0 width="100%" border=1>\n']
    add = lambda *cells: t.append("<TR>" + "".join(cells) + "</TR>\n")
    r = rows
    add(td(r[42][0]), td(r[42][1], colspan=7))
    add(td(r[43][0]), td(r[43][1], colspan=7))
    add(td(r[44][0]), td(r[44][1], colspan=3), td(r[44][2]), td(r[44][3], colspan=3))
    # Funds: label pairs of columns 0-1, 2-3, 4-5, 6-7.
    for n in range(45, 50):
        cells = r[n] + [""] * (4 - len(r[n]))
        add(*(td(c, colspan=2) for c in cells))
    add(td(r[50][0], colspan=2), td(r[50][1], colspan=3), td(r[50][2], colspan=3))
    for n in range(51, 58):
        add(td(r[n][0], colspan=2), td(r[n][1], colspan=3), td("", colspan=3))
    add(td(r[58][0], rowspan=2), td(r[58][1], colspan=3), td(r[58][2], colspan=4))
    add(td(r[59][0], colspan=3), td(r[59][1], colspan=4))
    # Indicators: 绩效指标 spans the header and the 19 rows; 产 (cut 产出指标) its 18 rows.
    h = r[60]
    add(td(h[0], rowspan=20), td(h[1]), td(h[2]), td(h[3]), td(h[4]), td(h[5]), td(h[6], colspan=2))
    level2_spans = {61: 3, 64: 13, 77: 2}
    for n in range(61, 80):
        cells = list(r[n])
        row = ""
        if n == 61:
            row += td(cells.pop(0), rowspan=18)
        if n == 79:
            row += td(cells.pop(0))  # 满意度指标
            row += td(cells.pop(0))  # 服务对象
        elif n in level2_spans:
            row += td(cells.pop(0), rowspan=level2_spans[n])
        name, target, actual = cells[0], cells[1], cells[2] if len(cells) > 2 else ""
        row += td(name) + td(target) + td(actual) + td("", colspan=2)
        t.append("<TR>" + row + "</TR>\n")
    add(td(r[80][0]), td(r[80][1], colspan=7))
    t.append("</TABLE>\n")
    return "".join(t)


# MARK: - 002: 遂宁市医疗保障局 (layout table, &nbsp; and <br> in cells)

def twin_002():
    L = seed_lines("002_46cbd641e677e2d2")
    info = L[4]
    source, rest = info.split(" 发布时间:", 1)
    published = rest.split(" 浏览次数:", 1)[0]
    out = [f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(L[2])}_遂宁市医疗保障局</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="1000" height="150" /></td></tr>
<tr><td class="menu"><a href="/">首页</a> <a href="/xxgk/">政府信息公开</a> <a href="/zcwj/">政策文件</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" class="left">
<div class="lmtitle">{esc(L[0])}</div>
<ul class="sublist"><li><a href="/xxgk/zn/">信息公开指南</a></li><li><a href="/xxgk/zd/">信息公开制度</a></li><li><a href="/xxgk/nb/">信息公开年报</a></li></ul>
</td>
<td width="800" valign="top">
<div class="article">
<h2 class="arttitle">{esc(L[2])}</h2>
<div class="artinfo"><span>{esc(source)}</span> <span>发布时间:{esc(published)}</span> <span>浏览次数:<span id="views"></span></span> <span>字体: [ <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a> ]</span> <a href="javascript:window.print()">打印</a></div>
<div class="artcon">
"""]
    # The table's title lines stand above it as centred paragraphs, as a table pasted from Word
    # arrives in the CMS editor.
    out.append(f'<p style="text-align:center">&nbsp;<b><span style="font-size:18px">{esc(L[5].strip())}</span></b></p>\n')
    out.append(f'<p style="text-align:center">&nbsp;{esc(L[6].strip())}</p>\n')
    out.append(table_002(L))
    out.append(f"""</div>
<div class="ewm"><img src="/images/qrcode.png" /><p>{esc(L[51])}</p></div>
</div>
</td>
</tr>
</table>
</td></tr>
<tr><td class="bottom">
<div id="baidumap"><a href="https://map.baidu.com/">Baidu</a> <a href="https://map.baidu.com/">map</a></div>
<p>版权所有：遂宁市医疗保障局　网站标识码：5109000000　川ICP备00000000号</p>
</td></tr>
</table>
</body>
</html>
""")
    return "".join(out)


def table_002(L):
    cells = lambda n: L[n].replace("\xa0 ", "", 1)
    t = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n']
    sp = '<td width="1">&nbsp;</td>'
    row = lambda *cs: t.append("<tr>" + sp + "".join(cs) + "</tr>\n")
    name_label, name_value = cells(7).split(" ", 1)
    row(td(name_label), td(name_value, colspan=6))
    a, _, b, c = cells(8).split(" ")
    row(td(a), td("", colspan=2), td(b), td(c, colspan=3))
    f = cells(9).split(" ")
    row(td(f[0]), td(f[1], colspan=2), td(f[2], colspan=2), td(f[3]), td(f[4]))
    g = cells(10).split(" ")
    row(td(g[0], rowspan=4), td(g[1], colspan=2), td(g[2], colspan=2), td(g[3]), td(g[4]))
    g = cells(11).split(" ")
    row(td(g[0], colspan=2), td(g[1], colspan=2), td(g[2]), td(g[3]))
    for n in (12, 13):
        item = L[n].split(" ")[2]  # '\xa0', '\xa0\xa0\xa0\xa0\xa0', item, ...
        t.append("<tr>" + sp + f'<td colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(item)}</td>'
                 + '<td colspan="2">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>\n')
    h = cells(14).split(" ")
    row(td(h[0], rowspan=2), td(h[1], colspan=3), td(h[2], colspan=3))
    goals = [cells(15)] + L[16:19]
    achieved = L[19:25]
    t.append("<tr>" + sp + f'<td colspan="3">{cell_lines(goals)}</td><td colspan="3">{cell_lines(achieved)}</td></tr>\n')
    # Indicator header: 绩效指标 | 一级<br>指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施
    head = cells(25).split(" ")  # 绩效指标, 一级
    tail = L[27].split(" ")
    t.append("<tr>" + sp + td(head[0], rowspan=13) + f"<td>{esc(head[1])}<br>{esc(L[26])}</td>"
             + "".join(td(x) for x in tail) + "</tr>\n")
    def indicator(n, lead=""):
        parts = cells(n).split(" ")
        assert parts[-1] == "\xa0", parts
        name, target, actual = parts[0], parts[1], " ".join(parts[2:-1])
        return lead + td(name) + td(target) + td(actual) + "<td>&nbsp;</td>"
    # 产出<br>指标 over 8 rows, 数量指标 over 5, 时效指标 over 3.
    first = L[30].split(" ")
    t.append("<tr>" + sp + f'<td rowspan="8">{esc(cells(28))}<br>{esc(L[29])}</td>' + td(first[0], rowspan=5)
             + td(first[1]) + td(first[2]) + td(first[3]) + "<td>&nbsp;</td></tr>\n")
    for n in range(31, 35):
        t.append("<tr>" + sp + indicator(n) + "</tr>\n")
    parts = cells(35).split(" ", 1)
    t.append("<tr>" + sp + td(parts[0], rowspan=3) + indicator_text(parts[1]) + "</tr>\n")
    for n in (36, 37):
        t.append("<tr>" + sp + indicator(n) + "</tr>\n")
    parts = L[40].split(" ", 1)
    t.append("<tr>" + sp + f'<td rowspan="3">{esc(cells(38))}<br>{esc(L[39])}</td>' + td(parts[0], rowspan=3)
             + indicator_text(parts[1]) + "</tr>\n")
    for n in (41, 42):
        t.append("<tr>" + sp + indicator(n) + "</tr>\n")
    s = cells(43).split(" ")
    t.append("<tr>" + sp + td(s[0]) + td(s[1]) + td(s[2]) + td(s[3]) + td(s[4]) + "<td>&nbsp;</td></tr>\n")
    notes = [L[n] for n in range(45, 50)]
    t.append("<tr>" + sp + td(cells(44).strip()) + f'<td colspan="6">{cell_lines([notes[0].replace(chr(0xa0) + " ", "", 1)] + notes[1:])}</td></tr>\n')
    t.append("</table>\n")
    return "".join(t)


def indicator_text(text):
    """`name target actual… \\xa0` of one indicator row, as three cells and an empty one."""
    parts = text.split(" ")
    assert parts[-1] == "\xa0", parts
    return td(parts[0]) + td(parts[1]) + td(" ".join(parts[2:-1])) + "<td>&nbsp;</td>"


# MARK: - 003: 三门县医疗保障局 (metadata table and list)

def twin_003():
    L = seed_lines("003_5df99de71ad1aeeb")
    out = ["""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>%s</title>
<meta name="SiteName" content="三门县人民政府">
<meta name="ArticleTitle" content="%s">
</head>
<body>
<div class="top-links"><a href="/">三门县人民政府</a> <a href="/col/col1/index.html">无障碍</a> <a href="/col/col2/index.html">长者模式</a></div>
<div class="crumbs"><a href="/">%s</a><br>&gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/xjbm/">县级部门信息公开</a> &gt;&gt; <a href="/zwgk/xjbm/ybj/">县医疗保障局</a> &gt;&gt; <a href="/zwgk/xjbm/ybj/ghjh/">规划计划</a> &gt;&gt; <a href="/zwgk/xjbm/ybj/ghjh/jhzj/">计划总结</a></div>
<div class="xxgk-head">
<table class="xxgk_table" width="100%%" border="1" cellspacing="0">
""" % (esc(L[33]), esc(L[33]), esc(L[0]))]
    # Lines 2-6: "label value label [value]" rows.
    out.append(tr(td("索引号", attrs=' class="t"'), td("11331022MB1686075F/2023-115183"),
                  td("文号", attrs=' class="t"'), "<td></td>") + "\n")
    out.append(tr(td("成文日期", attrs=' class="t"'), td("2023-07-27"), td("发布机构", attrs=' class="t"'), td("县医疗保障局")) + "\n")
    out.append(tr(td("公开方式", attrs=' class="t"'), td("主动公开"), td("公开范围", attrs=' class="t"'), td("全部公开")) + "\n")
    out.append(tr(td("组配分类", attrs=' class="t"'), td("计划总结"), td("有效性", attrs=' class="t"'), "<td></td>") + "\n")
    out.append(tr(td("规范性文件登记号", attrs=' class="t"'), '<td colspan="3"></td>') + "\n")
    for n, expect in ((2, "索引号11331022MB1686075F/2023-115183 文号"), (3, "成文日期2023-07-27 发布机构县医疗保障局"),
                      (4, "公开方式主动公开 公开范围全部公开"), (5, "组配分类计划总结 有效性"), (6, "规范性文件登记号")):
        assert L[n] == expect, (n, L[n])
    out.append("</table>\n</div>\n")
    out.append('<ul class="xxgk-list">\n')
    n = 7
    while n < 33:
        line = L[n].strip()
        if line.startswith("•"):
            label = line.lstrip("•").strip()
            value = L[n + 2].strip() if n + 2 < 33 and L[n + 2].strip() and not L[n + 2].strip().startswith("•") else ""
            out.append(f"<li><span>{esc(label)}</span><div>{esc(value)}</div></li>\n")
        n += 1
    out.append("</ul>\n")
    out.append(f'<div class="article">\n<h1>{esc(L[33])}</h1>\n')
    posted, rest = L[35].split(" 来源:", 1)
    source = rest.split("浏览次数:", 1)[0]
    out.append(f'<div class="info"><span>{esc(posted)}</span> <span>来源:{esc(source)}</span><span>浏览次数:<script>document.write("127")</script></span></div>\n')
    out.append('<div class="zoom">\n')
    for n in range(37, 82):
        if L[n].strip():
            out.append(p(L[n], attrs="") + "\n")
    out.append("</div>\n</div>\n")
    assert L[84] == "【打印此页】 【关闭窗口】" and L[85] == "分享至:"
    out.append("""<div class="print"><a href="javascript:window.print()">【打印此页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="bdsharebuttonbox">分享至:<a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_tsina" data-cmd="tsina"></a></div>
<div class="foot"><p>主办单位：三门县人民政府办公室</p><p>浙ICP备00000000号 网站标识码：3310220000</p></div>
<script>window._bd_share_config={"common":{}};</script>
</body>
</html>
""")
    return "".join(out)


# MARK: - 004: 淮北市医疗保障局 (HTML5, BOM)

def twin_004():
    L = seed_lines("004_78d1ee8d1c119a5d")
    out = ["""\ufeff<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>%s_淮北市医疗保障局</title>
</head>
<body>
<header class="site-header"><a href="/"><img src="/logo.png" alt="淮北市医疗保障局"></a><p class="site-name">淮北市医疗保障局</p></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/public/">信息公开</a></li><li><a href="/service/">政务服务</a></li></ul></nav>
<main>
<article>
<header><h1>%s</h1></header>
""" % (esc(L[0]), esc(L[0]))]
    for n in range(1, 40):
        line = L[n]
        if not line.strip():
            continue
        text = line.strip()
        if text[:2] in ("一、", "二、", "三、", "四、"):
            out.append(f"<h2>{esc(line)}</h2>\n")
        elif text.startswith("（") and text[1:3] in ("一）", "二）", "三）"):
            out.append(f"<h3>{esc(line)}</h3>\n")
        else:
            out.append(p(line, attrs="") + "\n")
    out.append("""</article>
</main>
<aside><h2>相关链接</h2><ul><li><a href="https://www.nhsa.gov.cn/">国家医疗保障局</a></li><li><a href="https://ybj.ah.gov.cn/">安徽省医疗保障局</a></li></ul></aside>
<footer><p>版权所有：淮北市医疗保障局</p><p>皖ICP备00000000号</p></footer>
</body>
</html>
""")
    return "".join(out)


def main():
    twins = {
        "000_e82f18c061ea3c91": (twin_000, "utf-8"),
        "001_17f5b4d2682cfcf2": (twin_001, "gb18030"),
        "002_46cbd641e677e2d2": (twin_002, "utf-8"),
        "003_5df99de71ad1aeeb": (twin_003, "utf-8"),
        "004_78d1ee8d1c119a5d": (twin_004, "utf-8"),
    }
    for stem, (build, encoding) in twins.items():
        path = SAMPLES / f"{stem}.html"
        data = build().encode("utf-8")
        if encoding != "utf-8":
            # Transcoded by glibc iconv, as a GB site's server would have stored it.
            data = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding.upper()], input=data,
                                  check=True, capture_output=True).stdout
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({encoding})")


if __name__ == "__main__":
    main()
