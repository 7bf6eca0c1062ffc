/// The kinds of report the contract distinguishes.
public enum ReportKind: String, Codable, Sendable, CaseIterable {
    /// 部门整体支出绩效自评
    case departmentEvaluation = "department-evaluation"
    /// 项目支出绩效自评
    case projectEvaluation = "project-evaluation"
    /// 转移支付/补助资金绩效自评, by region or project
    case transferPaymentEvaluation = "transfer-payment-evaluation"
    /// 工作总结/计划
    case workSummary = "work-summary"
    case other
}
