import Foundation
import ReportCore

/// The meta tags a government web page carries by the national standard for such pages
/// (政府网站网页设置规范): `ArticleTitle`, `PubDate` and `ContentSource`, which hold the
/// article's title, its publishing time and the body it comes from even where the page's
/// visible text leaves one out. Names are matched without regard to case; an empty value is none.
enum HTMLDeclaredMetadata {
    static func find(in tree: HTMLTree) -> DeclaredMetadata {
        var declared = DeclaredMetadata()
        for node in tree.nodes where node.name == "meta" {
            guard let name = node.attribute("name")?.lowercased(),
                  let value = node.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !value.isEmpty, value.count <= 200 else { continue }
            switch name {
            case "articletitle": declared.title = declared.title ?? value
            case "pubdate": declared.publishedOn = declared.publishedOn ?? value
            case "contentsource": declared.source = declared.source ?? value
            default: break
            }
        }
        return declared
    }
}
