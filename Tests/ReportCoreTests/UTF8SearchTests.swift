@testable import ReportCore
import Testing

/// The byte search core uses instead of Foundation's `range(of:)` and `contains`.
@Suite struct UTF8SearchTests {
    @Test func findsTheFirstOccurrence() throws {
        let text = "主管部门某县商务局实施单位储备股实施单位"
        let r = try #require(text.utf8Range(of: "实施单位"))
        #expect(text[..<r.lowerBound] == "主管部门某县商务局")
        #expect(String(text[r]) == "实施单位")
        #expect(text.includes("储备股"))
    }

    @Test func searchesWithinASubstring() throws {
        let text = "实施单位甲实施单位乙"
        let rest = text[text.index(text.startIndex, offsetBy: 2)...]
        let r = try #require(rest.utf8Range(of: "实施单位"))
        #expect(text[r.upperBound...] == "乙")
    }

    @Test func missesAndEdges() {
        #expect("实施单".utf8Range(of: "实施单位") == nil)
        #expect("主管部门".utf8Range(of: "单位") == nil)
        #expect(!"主管部门".includes("单位"))
        // A needle's bytes across two characters' bytes are no match of characters: UTF-8 keeps
        // lead and continuation bytes apart, so a match always starts on a scalar.
        #expect("部门".utf8Range(of: "\u{95E8}") != nil)
        #expect("".utf8Range(of: "a") == nil)
        #expect("abc".utf8Range(of: "")?.lowerBound == "abc".startIndex)
    }
}
