import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// A copy that lost its empty lines puts the body's signature right under the form's last row.
/// Hand-built text, invented content.
@Suite struct SignatureUnderLastRowTests {
    static func form(closing: String) -> String {
        """
        青禾县2023年度医疗救助补助资金绩效自评表
        一级指标 二级指标 三级指标 指标值 全年实际值 未完成原因
        产出指标 数量指标 救助人次 ≥5000人次 5320人次
        满意度指标 服务对象满意度指标 救助对象满意度 ≥90% 88.5% 部分乡镇经办窗口
        \(closing)
        """
    }

    @Test func aNameEndingTheTextIsTheSignature() throws {
        let r = try buildFromLines(Self.form(closing: "青禾县医疗保障局"))
        #expect(r.indicators.last?.note == "部分乡镇经办窗口")
    }

    @Test func aNameOverADateIsTheSignature() throws {
        let r = try buildFromLines(Self.form(closing: "青禾县医疗保障局\n2024年4月18日"))
        #expect(r.indicators.last?.note == "部分乡镇经办窗口")
    }

    /// Negative: the wrapped end of a note goes on with the note.
    @Test func aNotesWrappedEndStaysInTheNote() throws {
        let r = try buildFromLines(Self.form(closing: "人手不足，已增设自助终端"))
        #expect(r.indicators.last?.note == "部分乡镇经办窗口人手不足，已增设自助终端")
    }
}
