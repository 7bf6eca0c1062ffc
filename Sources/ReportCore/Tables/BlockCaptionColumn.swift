/// `年度绩效目标(80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分`: some
/// provinces' forms head the indicator block with its caption in a first column merged down the
/// block's rows (`年度绩效目标`, `年度绩效目标1(40分)`). The caption says 目标, so it reads as a
/// target column's word; but it stands before the levels, and the form's own target column comes
/// after them. Such a column holds no value of any row: it is a group stub, as 绩效指标 is.
///
/// A target word before the levels with no target column after them stays a target (a table
/// that puts its values first is read as written), and so does a word of values (`年度指标值`
/// over `指标性质 | 指标值 | 度量单位` in a header of two rows, which `FormHeader` orders).
enum BlockCaptionColumn {
    /// The roles of the header words, every caption column before the levels made a stub.
    static func roles(_ names: [String]) -> [ColumnRole] {
        let roles = names.map(ColumnRole.of)
        let levels: [ColumnRole] = [.level1, .level2, .name]
        guard let firstLevel = roles.firstIndex(where: { levels.contains($0) }), firstLevel > 0,
              roles[firstLevel...].contains(.target) else { return roles }
        var out = roles
        for i in 0..<firstLevel where out[i] == .target && !names[i].contains("值") { out[i] = .stub }
        return out
    }
}
