import Foundation
import ReportModel

/// The kind a report's outline shows when no title, caption or form layout names one. The
/// national templates open each kind's written report with a first section of its own: the
/// transfer payment's `一、绩效目标分解下达情况` (the 转移支付 budget and targets handed down from
/// above), the project's `一、项目概况` / `一、项目基本情况`. A page that kept the report without its
/// title still opens so. A department's `一、部门基本情况` counts where the opening says the
/// report is on the whole spending's performance (整体支出绩效自评).
///
/// Only a first-level heading (`一、`, not `(一)` or `1.`) whose words are the section's name
/// counts: a sentence that mentions a project (`…专项资金预算1110万元。`) or a heading under
/// another one (`(一)项目概况` inside a department's report) is no outline of the report.
enum OutlineKind {
    static func kind(lines: [String]) -> ReportKind? {
        for line in lines.prefix(60) {
            let c = line.compacted
            // Every heading that counts opens with a Chinese numeral.
            guard let first = c.unicodeScalars.first, "一二三四五六七八九十".unicodeScalars.contains(first),
                  let (number, rest) = HeadingNumber.parse(c), number.style == .chinese else { continue }
            let name = rest.trimmingCharacters(in: .init(charactersIn: "。.:："))
            if name == "绩效目标分解下达情况" { return .transferPaymentEvaluation }
            if ["项目概况", "项目基本情况"].contains(name) { return .projectEvaluation }
            // `一、部门基本情况` opens a department's report, but a body's 决算 说明 too: only
            // where the opening says it reports on the whole spending's performance.
            if ["部门基本情况", "部门概况", "部门(单位)基本情况", "部门（单位）基本情况"].contains(name),
               lines.prefix(10).contains(where: { saysWholeSpending($0.compacted) }) {
                return .departmentEvaluation
            }
        }
        return nil
    }

    /// `…开展了2021年度部门整体支出绩效自评…`: the opening names the whole spending's evaluation.
    static func saysWholeSpending(_ c: String) -> Bool {
        (c.includes("整体支出绩效") || c.includes("整体绩效")) && (c.includes("自评") || c.includes("评价"))
    }
}
