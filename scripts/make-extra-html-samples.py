#!/usr/bin/env python3
"""Writes the extra HTML samples in Samples/extra/ (pages of this report family that are not
twins of a seed), each with hand-checked expected values in Tests/Eval/extra-gold/<name>.json.

  project-selfeval-gb18030.html   a 项目支出绩效自评表 page stored as GB18030 (declared gbk), the
                                  whole site framed by layout tables with the form nested inside,
                                  &nbsp; and <br> throughout the cells, split 产出<br>指标 labels,
                                  分值/得分 columns, a 𠮷 (four-byte GB18030) in a name, a metadata
                                  table with spaced labels (索 引 号, 文　　号)
  department-report-spans.html    a 部门整体支出绩效自评报告 page in UTF-8: metadata as labelled
                                  <span>s and a <dl>, bold numbered headings, <thead>/<th> tables,
                                  指标性质/指标值/度量单位 in separate columns, a score table

The pages are written here as UTF-8 text and transcoded with glibc iconv where needed.
Usage: scripts/make-extra-html-samples.py [repo root]
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
EXTRA = ROOT / "Samples" / "extra"

PROJECT = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>弥勒市卫生健康局2023年度基本公共卫生服务补助资金项目支出绩效自评表 - 弥勒市人民政府</title>
<script type="text/javascript" src="/js/jquery.js"></script>
<script>function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
</head>
<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="120" background="/images/top_bg.jpg"><img src="/images/logo.png" width="400" height="90"></td>
  </tr>
  <tr>
    <td class="dh"><a href="/">首&nbsp;&nbsp;页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjml/">走进弥勒</a></td>
  </tr>
  <tr>
    <td>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td width="220" valign="top" class="left_bg">
            <table width="100%" border="0" cellspacing="0" cellpadding="0">
              <tr><td class="lm_title">信息公开目录</td></tr>
              <tr><td><a href="/xxgk/zcwj/">政策文件</a></td></tr>
              <tr><td><a href="/xxgk/czzj/">财政资金</a></td></tr>
              <tr><td><a href="/xxgk/jxpj/">绩效评价</a></td></tr>
            </table>
          </td>
          <td width="782" valign="top">
            <div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/czzj/">财政资金</a> &gt; <a href="/xxgk/jxpj/">绩效评价</a></div>
            <table width="96%" border="1" align="center" cellpadding="3" cellspacing="0" class="xxgk_info">
              <tr><td width="15%" bgcolor="#F2F2F2">索&nbsp;引&nbsp;号：</td><td width="35%">11532526015190088X/2024-00123</td><td width="15%" bgcolor="#F2F2F2">主题分类：</td><td width="35%">卫生、体育</td></tr>
              <tr><td bgcolor="#F2F2F2">发布机构：</td><td>弥勒市卫生健康局</td><td bgcolor="#F2F2F2">文　　号：</td><td>&nbsp;</td></tr>
              <tr><td bgcolor="#F2F2F2">成文日期：</td><td>2024-04-15</td><td bgcolor="#F2F2F2">发布日期：</td><td>2024-04-18</td></tr>
            </table>
            <div class="title" align="center"><font size="5"><b>弥勒市卫生健康局2023年度基本公共卫生服务补助资金项目支出绩效自评表</b></font></div>
            <div class="zoom_bar">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
            <div id="zoom">
<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">
<tr><td colspan="9" align="center"><b>项目支出绩效自评表</b></td></tr>
<tr><td colspan="9" align="center">（2023年度）</td></tr>
<tr><td>项目名称</td><td colspan="8">基本公共卫生服务补助资金</td></tr>
<tr><td>主管部门</td><td colspan="4">弥勒市卫生健康局</td><td colspan="2">实施单位</td><td colspan="2">弥勒市卫生健康局</td></tr>
<tr><td rowspan="5">项目资金<br>（万元）</td><td colspan="2">&nbsp;</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td colspan="2">年度资金总额</td><td>2,746.35</td><td>2,746.35</td><td>2,580.12</td><td>10</td><td>93.95%</td><td>9.39</td></tr>
<tr><td colspan="2">&nbsp;&nbsp;其中：当年财政拨款</td><td>2,746.35</td><td>2,746.35</td><td>2,580.12</td><td>—</td><td>93.95%</td><td>—</td></tr>
<tr><td colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;上年结转资金</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>—</td><td>&nbsp;</td><td>—</td></tr>
<tr><td colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;其他资金</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>—</td><td>&nbsp;</td><td>—</td></tr>
<tr><td rowspan="2">年度<br>总体<br>目标</td><td colspan="4">预期目标</td><td colspan="4">实际完成情况</td></tr>
<tr><td colspan="4">1.为辖区常住居民免费提供12类基本公共卫生服务。<br>2.65岁及以上老年人健康管理率达到61%以上。</td><td colspan="4">1.全年为辖区常住居民提供12类基本公共卫生服务。<br>2.65岁及以上老年人健康管理率达到67.2%。</td></tr>
<tr><td rowspan="12">绩<br>效<br>指<br>标</td><td>一级<br>指标</td><td>二级指标</td><td>三级指标</td><td>年度<br>指标值</td><td>实际<br>完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
<tr><td rowspan="6">产出<br>指标</td><td rowspan="3">数量指标</td><td>居民电子健康档案建档率</td><td>≥90%</td><td>92.36%</td><td>10</td><td>10</td><td>&nbsp;</td></tr>
<tr><td>65岁及以上老年人健康管理人数</td><td>≥5.2万人</td><td>5.47万人</td><td>10</td><td>10</td><td>&nbsp;</td></tr>
<tr><td>𠮷祥社区高血压患者规范管理人数</td><td>≥3200人</td><td>3015人</td><td>10</td><td>9.42</td><td>部分患者外出务工，随访困难；<br>下一步加强电话随访。</td></tr>
<tr><td rowspan="2">质量指标</td><td>适龄儿童国家免疫规划疫苗接种率</td><td>≥90%</td><td>96.8%</td><td>10</td><td>10</td><td>&nbsp;</td></tr>
<tr><td>2型糖尿病患者规范管理率</td><td>≥60%</td><td>63.5%</td><td>5</td><td>5</td><td>&nbsp;</td></tr>
<tr><td>时效指标</td><td>资金拨付及时率</td><td>100%</td><td>100%</td><td>5</td><td>5</td><td>&nbsp;</td></tr>
<tr><td rowspan="3">效益<br>指标</td><td rowspan="2">社会效益<br>指标</td><td>城乡居民公共卫生差距</td><td>逐步缩小</td><td>逐步缩小</td><td>10</td><td>10</td><td>&nbsp;</td></tr>
<tr><td>居民健康素养水平</td><td>≥25%</td><td>26.3%</td><td>10</td><td>10</td><td>&nbsp;</td></tr>
<tr><td>可持续影响指标</td><td>基本公共卫生服务长效机制</td><td>长期</td><td>长期</td><td>10</td><td>10</td><td>&nbsp;</td></tr>
<tr><td>满意度<br>指标</td><td>服务对象满意度指标</td><td>城乡居民满意度</td><td>≥85%</td><td>91.2%</td><td>10</td><td>10</td><td>&nbsp;</td></tr>
<tr><td colspan="5">总分</td><td>100</td><td>98.81</td><td>&nbsp;</td></tr>
</table>
<p>&nbsp;</p>
<p style="text-indent:2em">自评结论：该项目2023年度自评得分98.81分，自评等级为“优”。</p>
<p style="text-align:right">弥勒市卫生健康局</p>
<p style="text-align:right">2024年4月15日</p>
            </div>
            <div class="print_close"><a href="javascript:window.print();">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭窗口】</a></div>
          </td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td class="foot" align="center">主办：弥勒市人民政府办公室　承办：弥勒市融媒体中心<br>网站标识码：5325040000　滇ICP备00000000号</td>
  </tr>
</table>
</body>
</html>
"""

DEPARTMENT = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>曲靖市医疗保障局2023年度部门整体支出绩效自评报告</title>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden}</style>
</head>
<body>
<div class="header-top"><div class="container"><a href="/">曲靖市医疗保障局</a> <a href="/wza">无障碍</a> <a href="/en">English</a></div></div>
<div class="navbar"><ul><li><a href="/">首页</a></li><li><a href="/xxgk">信息公开</a></li><li><a href="/zcfg">政策法规</a></li><li><a href="/bsfw">办事服务</a></li></ul></div>
<div class="container">
<div class="breadcrumb"><a href="/">首页</a> / <a href="/xxgk">信息公开</a> / <a href="/xxgk/jxgl">预算绩效管理</a></div>
<div class="xxgk-meta">
<div class="row"><span class="label">索引号：</span><span class="value">11530300MB0P12345X/2024-00031</span></div>
<div class="row"><span class="label">发布机构：</span><span class="value">曲靖市医疗保障局</span><span class="label">发文日期：</span><span class="value">2024-05-08</span></div>
</div>
<dl class="xxgk-meta2"><dt>主题分类：</dt><dd>财政、金融、审计</dd><dt>文号：</dt><dd></dd></dl>
<div class="article">
<h1 class="article-title">曲靖市医疗保障局2023年度部门整体支出绩效自评报告</h1>
<div class="article-info"><span>发布时间：2024-05-10 09:30</span><span>来源：曲靖市医疗保障局</span><span>浏览次数：<em id="hits">268</em></span><span class="sr-only">分享到微信</span></div>
<div class="article-content">
<p><strong>一、部门基本情况</strong></p>
<p>曲靖市医疗保障局为市政府工作部门，内设办公室、待遇保障科、医药服务管理科、基金监管科4个科室，下属曲靖市医疗保险中心1个事业单位。</p>
<p><strong>二、绩效自评工作开展情况</strong></p>
<p>根据《曲靖市财政局关于开展2023年度部门整体支出绩效自评工作的通知》要求，我局成立了绩效自评工作领导小组，对2023年度部门整体支出开展了自评。</p>
<p><strong>三、部门整体支出绩效目标完成情况</strong></p>
<p>（一）资金投入及使用情况</p>
<table border="1" cellspacing="0" cellpadding="4">
<caption>部门整体支出资金情况表</caption>
<thead><tr><th>资金来源</th><th>年初预算数（万元）</th><th>全年预算数（万元）</th><th>全年执行数（万元）</th><th>执行率</th></tr></thead>
<tbody>
<tr><td>年度资金总额</td><td>1,286.40</td><td>1,352.18</td><td>1,298.74</td><td>96.05%</td></tr>
<tr><td>其中：财政拨款</td><td>1,286.40</td><td>1,322.18</td><td>1,270.12</td><td>96.06%</td></tr>
<tr><td>其他资金</td><td>0</td><td>30.00</td><td>28.62</td><td>95.40%</td></tr>
</tbody>
</table>
<p>（二）绩效指标完成情况</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标性质</th><th>指标值</th><th>度量单位</th><th>实际完成值</th><th>偏差原因</th></tr>
</thead>
<tbody>
<tr><td rowspan="4">产出指标</td><td rowspan="2">数量指标</td><td>开展医保政策宣传活动次数</td><td>≥</td><td>12</td><td>次</td><td>15次</td><td></td></tr>
<tr><td>检查定点医药机构数量</td><td>≥</td><td>300</td><td>家</td><td>326家</td><td></td></tr>
<tr><td>质量指标</td><td>医保基金监管覆盖率</td><td>=</td><td>100</td><td>%</td><td>100%</td><td></td></tr>
<tr><td>时效指标</td><td>医疗救助资金拨付及时率</td><td>≥</td><td>95</td><td>%</td><td>98.5%</td><td></td></tr>
<tr><td rowspan="2">效益指标</td><td>社会效益指标</td><td>城乡居民医保参保率</td><td>≥</td><td>95</td><td>%</td><td>96.41%</td><td></td></tr>
<tr><td>可持续影响指标</td><td>基金累计结余可支付月数</td><td>≥</td><td>6</td><td>个月</td><td>6.4个月</td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>参保群众满意度</td><td>≥</td><td>90</td><td>%</td><td>93.2%</td><td></td></tr>
</tbody>
</table>
<p><strong>四、存在的问题及改进措施</strong></p>
<p>部分县（市、区）医疗救助资金拨付进度不均衡。下一步将加强资金调度，按月通报执行进度。</p>
<p><strong>五、绩效自评结论</strong></p>
<p>经自评，我局2023年度部门整体支出绩效自评得分95.1分，评价等级为“优”。</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>一级指标</th><th>分值</th><th>自评得分</th></tr></thead>
<tbody>
<tr><td>投入</td><td>20</td><td>19.5</td></tr>
<tr><td>过程</td><td>20</td><td>18</td></tr>
<tr><td>产出</td><td>40</td><td>38.6</td></tr>
<tr><td>效益</td><td>20</td><td>19</td></tr>
<tr><td>合计</td><td>100</td><td>95.1</td></tr>
</tbody>
</table>
</div>
<div class="article-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</div>
<footer class="site-footer"><p>主办单位：曲靖市医疗保障局　地址：曲靖市麒麟区</p><p>滇ICP备00000000号-1　网站标识码：5303000000</p></footer>
</body>
</html>
"""


def write(name, text, encoding="utf-8"):
    data = text.encode("utf-8")
    if encoding != "utf-8":
        data = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=data, check=True,
                              capture_output=True).stdout
    path = EXTRA / name
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({encoding})")


def main():
    EXTRA.mkdir(parents=True, exist_ok=True)
    write("project-selfeval-gb18030.html", PROJECT, "GB18030")
    write("department-report-spans.html", DEPARTMENT)


if __name__ == "__main__":
    main()
