extension Document {
    /// The document with `transform` applied to every text it holds: each block's text and
    /// each cell of its tables. For a change of the whole text's script or spelling (a copy in
    /// Traditional characters, pinyin glosses), made before any reading.
    func mappingText(_ transform: (String) -> String) -> Document {
        var out = self
        out.blocks = blocks.map { block in
            var b = block
            b.text = transform(block.text)
            if case .table(var grid) = block.kind {
                grid.rows = grid.rows.map { $0.map(transform) }
                b.kind = .table(grid)
            }
            return b
        }
        return out
    }
}
