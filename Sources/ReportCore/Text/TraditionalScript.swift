import ReportModel

/// A document written in Traditional characters, read as the Simplified one it was made from.
///
/// Reports of the family are written in Simplified characters; a copy in Traditional ones is a
/// site's 繁體 version of the page (most government sites offer one, and a scraper may keep it)
/// or a Hong Kong or Taiwan repost. Read as it is, none of the interpreter's words match
/// (績效 is not 绩效, 預算數 not 预算数): no title, kind, funds or indicators. Converted with
/// OpenCC's Traditional-to-Simplified tables, phrase by phrase, it is the same report as the
/// page it came from, with the same `contentId`; a warning says so.
///
/// A document is Traditional when characters found only in Traditional script, and common in
/// every report of the family, make up a noticeable share of its Han characters. A Simplified
/// document holds none of them but by quotation; converting one would change nothing it needs
/// and risk phrase tables turning a Simplified word into another.
enum TraditionalScript {
    /// Traditional-only forms of characters every report of the family uses many times (們 這
    /// 為 個 與 會 國 發 績 報 經 費 預 資 項 實 際 數 據 …). None is also a Simplified character.
    static let markers = HanScalarSet("們這為個與會國發績報經費預資項實際數據體務產質滿總額計劃點過還對說開關係區縣鄉鎮醫療單構應當組織設備護險購議導題問級標準確認變讓時來門達義務寫價險評")

    /// How many marker characters a document needs, and what share of its Han characters.
    static let minimumMarkers = 5
    static let minimumShare = 0.02

    /// Whether the texts are in Traditional characters.
    static func isTraditional<S: Sequence>(_ texts: S) -> Bool where S.Element == String {
        var han = 0, marked = 0
        for text in texts {
            for scalar in text.unicodeScalars where scalar.value >= 0x4E00 && scalar.value < 0xA000 {
                han += 1
                if markers.contains(scalar) { marked += 1 }
            }
        }
        return marked >= minimumMarkers && Double(marked) >= minimumShare * Double(han)
    }

    /// Every text of the document: its blocks' and its tables' cells.
    static func texts(of document: Document) -> [String] {
        document.blocks.flatMap { block -> [String] in
            if case .table(let grid) = block.kind { return grid.rows.flatMap { $0 } }
            return [block.text]
        }
    }

    /// The document in Simplified characters, with a warning, when it is in Traditional ones;
    /// nil when it is not. Where OpenCC cannot be opened the document is kept as it is, with a
    /// warning that says why its words were not matched.
    static func simplified(_ document: Document) -> Document? {
        guard isTraditional(texts(of: document)) else { return nil }
        let converter: OpenCCLibrary
        switch OpenCCLibrary.t2s {
        case .success(let c): converter = c
        case .failure(.unavailable(let reason)):
            var kept = document
            kept.diagnostics.append(ReportWarning(code: "traditional-script-kept", message:
                "the text is in Traditional characters and could not be converted to Simplified (\(reason)); its words are read as written"))
            return kept
        }
        func convert(_ text: String) -> String { converter.simplified(text) ?? text }
        var out = document.mappingText(convert)
        out.declared.title = document.declared.title.map(convert)
        out.declared.source = document.declared.source.map(convert)
        out.diagnostics.append(ReportWarning(code: "traditional-script-converted", severity: .info, message:
            "the text is in Traditional characters; it was read as Simplified (OpenCC t2s), as the report was written"))
        return out
    }
}
