import Foundation
import ReportModel

/// The kind a report's outline shows when no title, caption or form layout names one. The
/// national templates open each kind's written report with a first section of its own: the
/// transfer payment's `一、绩效目标分解下达情况` (the 转移支付 budget and targets handed down from
/// above), the project's `一、项目概况` / `一、项目基本情况`. A page that kept the report without its
/// title still opens so.
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
        }
        return nil
    }
}
