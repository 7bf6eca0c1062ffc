import ReportCore
import Testing

/// `FilePath.folder(of:)` answers as `NSString.deletingLastPathComponent` does, without its trap
/// on one-character names.
struct FilePathTests {
    @Test(arguments: [
        ("o", ""), ("ab", ""), ("a/o", "a"), ("/o", "/"), ("/", "/"), ("", ""),
        ("out/a.txt.json", "out"), ("/tmp/out/", "/tmp"), ("a//b", "a"), ("./o", "."), ("报告/表.json", "报告"),
    ])
    func folderOfAPath(_ path: String, _ folder: String) {
        #expect(FilePath.folder(of: path) == folder)
    }
}
