import Foundation

/// The address a page gives for itself, for `source.url`: `<link rel="canonical">`, else the
/// Open Graph `<meta property="og:url">`. Only absolute http(s) addresses count; a relative
/// canonical link says nothing about the site it was saved from.
enum HTMLCanonicalURL {
    static func find(in tree: HTMLTree) -> String? {
        var openGraph: String?
        for node in tree.nodes where node.name == "link" || node.name == "meta" {
            if node.name == "link",
               node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true,
               let url = absolute(node.attribute("href")) {
                return url
            }
            if node.name == "meta", openGraph == nil, node.attribute("property")?.lowercased() == "og:url" {
                openGraph = absolute(node.attribute("content"))
            }
        }
        return openGraph
    }

    private static func absolute(_ value: String?) -> String? {
        guard let url = value?.trimmingCharacters(in: .whitespacesAndNewlines),
              url.hasPrefix("http://") || url.hasPrefix("https://"), !url.contains(where: \.isWhitespace) else { return nil }
        return url
    }
}
