import ReportModel

extension FundingRow {
    /// A funds row of a label and what its figures were found to state: the budget, the amount
    /// spent and the rate the two make; a row with none where they prove nothing.
    init(item: String, stated triple: (Double, Double, Double)?) {
        self.init(item: item)
        if let (budget, executed, rate) = triple {
            self.budget = budget
            self.executed = executed
            self.executionRate = rate
        }
    }
}
