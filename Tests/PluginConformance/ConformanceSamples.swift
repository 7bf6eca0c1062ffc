import Foundation

/// Finds a repository's sample files and their twins (the same report in another format).
public enum ConformanceSamples {
    /// Every file under `root` (recursively) whose extension is one of `extensions`, sorted.
    public static func files(under root: URL, extensions: Set<String>) -> [URL] {
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
        return paths.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { root.appendingPathComponent($0) }
    }

    /// The file under `root` with the same name stem as `sample` and the first of
    /// `extensions` that exists: `Samples/docx/001_x.docx` → `Samples/001_x.html`.
    public static func twin(of sample: URL, under root: URL, extensions: [String]) -> URL? {
        let stem = sample.deletingPathExtension().lastPathComponent
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
        for ext in extensions {
            if let match = paths.sorted().first(where: { ($0 as NSString).lastPathComponent == stem + "." + ext }) {
                return root.appendingPathComponent(match)
            }
        }
        return nil
    }
}
