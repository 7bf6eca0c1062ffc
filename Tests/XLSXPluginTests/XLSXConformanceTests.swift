import Foundation
import HTMLPlugin
import PluginConformance
import ReportCore
import Testing
import TestSupport
import TextPlugin
import XLSXPlugin

/// The conformance kit on the Excel plugin: every `.xlsx` sample, with its HTML twin.
@Suite struct XLSXConformanceTests {
    static let samples = repositoryRoot.appendingPathComponent("Samples")
    static let registry = FormatRegistry([HTMLFormatPlugin(), XLSXFormatPlugin(), TextFormatPlugin()])

    @Test func conformsToTheKit() {
        let xlsx = ConformanceSamples.files(under: Self.samples, extensions: ["xlsx"])
        let twins = xlsx.compactMap { sample in
            ConformanceSamples.twin(of: sample, under: Self.samples, extensions: ["html", "txt"]).map { (sample, $0) }
        }
        #expect(!xlsx.isEmpty)
        let kit = PluginConformance(plugin: XLSXFormatPlugin(), samples: xlsx, registry: Self.registry,
                                    foreignSamples: ConformanceSamples.files(under: Self.samples, extensions: ["html", "txt", "pdf", "docx"]),
                                    twins: twins.filter { XLSXConformanceTests.twinnable.contains($0.0.lastPathComponent) })
        let failures = kit.run()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The workbooks whose twin must give the same content (the kit compares their contentIds):
    /// the Excel-made form, Calc's conversions of the hand-written forms, and Calc's conversions
    /// of the scraped pages whose chrome core and the plugin recognise (share and footer bars run
    /// together, menu bars, link lists). Left out, each still passing every other check:
    /// - 002 and project-selfeval-gb18030: Calc's import of a form nested in a page-layout table
    ///   shifts every row of the form to the right of the row above (row 28 in J–L, row 29 in
    ///   M–O…), so no value stands under its column's header: the sheet no longer holds the table.
    /// - department-report-spans: Calc put the breadcrumb and the 索引号/发布机构 block into one
    ///   cell starting `首页 / …` (read as a breadcrumb, so indexNumber is lost), and the table's
    ///   caption into its first header cell (`部门整体支出资金情况表` + `资金来源`).
    /// - 000: the indicator table's own first row `绩效指标` (a `<th colspan>` in the page) lies
    ///   above the table's first multi-cell row, so the sheet reads it as a line of text.
    static let twinnable: Set<String> = ["excel-made-form.xlsx", "nested-tables.xlsx", "table-in-text-frame.xlsx",
                                         "vmerge-across-pages.xlsx", "001_17f5b4d2682cfcf2.xlsx",
                                         "003_5df99de71ad1aeeb.xlsx", "004_78d1ee8d1c119a5d.xlsx"]
}
