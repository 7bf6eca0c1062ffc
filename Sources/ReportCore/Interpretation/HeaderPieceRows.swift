import ReportModel

/// Indicator rows made of a form header's pieces, which a scrambled PDF extract writes below the
/// rows it belongs above: the caption column `年度 / 绩效 / 目标 / (80 / 分)` and the level
/// column's `产出指标 (60分)` cut into a word a cell, and read by the block's columns as a name,
/// a target and an actual (`数量指标 | 年度 | 绩效`, `目标 | (80 | 分)`, `产出指标 | (60 | 分)`).
///
/// Such a row states nothing: its target and actual are the two halves of a weight
/// (`(80` and `分)`) or both header words. A row is dropped only where it has no score and both
/// its values are such pieces; a row with a value of its own keeps it (`受益人数 | 年度 | 320人`
/// keeps its row).
enum HeaderPieceRows {
    /// Words of a form's header that a scrambled extract cuts into cells of their own.
    static let headerWords: Set<String> = ["年度", "绩效", "目标", "指标", "年度绩效目标", "绩效目标", "一级指标", "二级指标", "三级指标",
                                           "分值", "权重", "得分"]

    static func isHeaderPieces(_ row: Indicator) -> Bool {
        guard row.score == nil, let t = row.target?.raw.compacted, let a = row.actual?.raw.compacted else { return false }
        if headerWords.contains(t) && headerWords.contains(a) { return true }
        // `(80` and `分)`: a weight cut in two.
        return t.range(of: #"^[(（]\d{1,3}(\.\d+)?$"#, options: .regularExpression) != nil
            && a.range(of: #"^分[)）]$"#, options: .regularExpression) != nil
    }
}
