/// The address of one item: page index (0-based, into the layouts) and item index.
struct ItemRef: Hashable, Sendable {
    var page: Int
    var item: Int
}
