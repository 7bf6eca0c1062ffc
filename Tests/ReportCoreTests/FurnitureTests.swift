@testable import ReportCore
import Testing

@Suite struct FurnitureTests {
    @Test(arguments: [
        "登录 | 注册", "首页", ">> 政务公开 >> 县级部门信息公开 >> 计划总结", "首页 > 信息公开", "当前位置：首页 > 政务公开",
        "扫一扫在手机打开当前页", "【打印此页】 【关闭窗口】", "分享至:", "字体:[大 中 小]", "浏览次数:", "Baidu", "map",
        "— 7 —", "- 2 -", "第 1 页 共 3 页", "主办单位：某某县人民政府办公室", "备案号：滇ICP备12345678号", "附件【绩效评价报告附件.rar",
        "网站标识码5303000001",
        // Bars whose labels ran together when the page was flattened, and menu bars.
        "微博 微信 QQ空间", "收藏打印关闭", "【打印本页】【关闭本页】分享到：★", "网站地图 | 关于我们", "首页 | 新闻中心 | 通知公告 | 办事指南",
    ])
    func furniture(line: String) {
        #expect(Furniture.isFurniture(line), "\(line)")
    }

    @Test(arguments: [
        "一、部门基本情况", ">=", ">=20", "20", "数量指标", "开展党建活动", "附件:1. 泸西县医疗保障局2022年度部门整体支出绩效自评表",
        "2023年,我局设立一级指标3个", "DRG", "第三季度完成", "共计1337万元",
        // A label run needs every character covered by labels or punctuation.
        "微信公众号发布信息202期", "打印费用", "政务公开工作", "信息公开|政策解读制度",
    ])
    func notFurniture(line: String) {
        #expect(!Furniture.isFurniture(line), "\(line)")
    }

    @Test func bookmarkMarkersRemoved() {
        #expect(Furniture.cleanInline("[bookmark: _GoBack]依据《通知》") == "依据《通知》")
    }
}
