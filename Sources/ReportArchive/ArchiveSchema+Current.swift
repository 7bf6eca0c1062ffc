extension ArchiveSchema {
    /// A read-only opener cannot migrate, so it checks that every migration has been applied:
    /// an archive made by an older reportconv must be opened once by `archive` (which migrates)
    /// before it is served, rather than be read with tables that are not there.
    static func requireCurrent(_ db: any ArchiveDatabase, _ location: ArchiveLocation) throws {
        let applied: Set<String>
        do {
            applied = Set(try db.read { s in try s.query("SELECT identifier FROM grdb_migrations").compactMap { $0[0].string } })
        } catch {
            throw ArchiveError.badLocation(location.description, reason: "not a reportconv archive (\(error))")
        }
        let missing = migrations.map(\.identifier).filter { !applied.contains($0) }
        guard missing.isEmpty else {
            throw ArchiveError.database(
                location.description,
                reason: "made by an older reportconv (missing \(missing.joined(separator: ", "))); "
                    + "any `reportconv archive` command other than serve brings it up to date")
        }
    }
}
