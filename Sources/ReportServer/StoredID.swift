/// The only names a request may use to reach stored things: a report's contentId
/// (`sha256:` + 64 hex digits) or a source file's sha256 (64 hex digits). Anything else is not
/// found, before the archive is asked; no path or file name ever comes from a request.
enum StoredID {
    static func contentId(_ s: String) -> String? {
        s.hasPrefix("sha256:") && isHexDigest(s.dropFirst(7)) ? s : nil
    }

    static func sha256(_ s: String) -> String? {
        isHexDigest(s[...]) ? s : nil
    }

    private static func isHexDigest(_ s: Substring) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
