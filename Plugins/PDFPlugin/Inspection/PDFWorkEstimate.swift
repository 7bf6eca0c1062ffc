import Foundation

/// What each page would cost poppler, estimated from the file's own objects before poppler
/// runs any of it, so that a page past a cap is never handed to poppler.
///
/// poppler cannot be stopped once it starts on a page: a 3 KB file of forms nested 9 deep, each
/// drawing the next 8 times, keeps it busy for minutes and past a gigabyte in text extraction
/// and rendering alike, and a content stream that inflates to 512 MB takes it over 30 s. So the
/// page tree is walked here, each content stream inflated (up to a cap) and its operators
/// counted, and every form a page draws counted as often as it is drawn, recursively.
struct PDFWorkEstimate {
    /// One page's cost.
    struct PageWork: Equatable {
        /// Operators run, forms expanded.
        var operations = 0
        /// Content bytes inflated, forms expanded.
        var contentBytes = 0
        /// Forms inside forms.
        var formDepth = 0
        /// Image pixels drawn.
        var imagePixels = 0
        /// A stream in a filter not decoded here: its operators are unknown.
        var opaque = false
        /// Straight segments painted, forms expanded (`ContentOperators.paintedSegments`).
        var paintedSegments = 0
        /// The page has annotations other than links (`/Annots`).
        var annotated = false

        /// Whether the page draws enough straight segments for a ruled table, so that it is
        /// likely to be rendered for its ruling lines: then it is rendered before its text is
        /// read, and poppler reads the text in the same pass (`PopplerPageHandle.render`).
        /// Not when the page has annotations: rendering draws them, and their text would join
        /// the page's. A wrong guess costs time only, never a different reading.
        var likelyRuled: Bool {
            paintedSegments >= Self.ruledTableSegments && !annotated && renderSkipReason == nil
        }

        /// The fewest borders a ruled table can be drawn with: two rows of one cell, three
        /// horizontal and two vertical lines, plus one.
        static let ruledTableSegments = 6

        /// Why poppler must not read the page at all; nil when it may.
        var skipReason: String? {
            if formDepth > PDFLimits.maximumFormDepth {
                return "its forms are nested more than \(PDFLimits.maximumFormDepth) deep"
            }
            if operations > PDFLimits.maximumPageOperations {
                return "it draws more than \(PDFLimits.maximumPageOperations.formatted()) objects (\(operations >= Self.saturated ? "unbounded" : operations.formatted()))"
            }
            if contentBytes > PDFLimits.maximumPageContentBytes {
                return "its content inflates to more than \(PDFLimits.maximumPageContentBytes >> 20) MB"
            }
            return nil
        }

        /// Why the page must not be rendered (its text is still read); nil when it may.
        var renderSkipReason: String? {
            if operations > PDFLimits.maximumRenderOperations {
                return "it draws \(operations.formatted()) objects"
            }
            if imagePixels > PDFLimits.maximumRenderImagePixels {
                return "its images hold \(imagePixels.formatted()) pixels"
            }
            return nil
        }

        static let saturated = Int.max / 4

        mutating func add(_ other: PageWork, times: Int) {
            operations = Self.saturating(operations, other.operations, times)
            contentBytes = Self.saturating(contentBytes, other.contentBytes, times)
            imagePixels = Self.saturating(imagePixels, other.imagePixels, times)
            paintedSegments = Self.saturating(paintedSegments, other.paintedSegments, times)
            formDepth = max(formDepth, other.formDepth + 1)
            opaque = opaque || other.opaque
        }

        private static func saturating(_ a: Int, _ b: Int, _ times: Int) -> Int {
            let (product, overflow) = b.multipliedReportingOverflow(by: times)
            if overflow || product >= saturated { return saturated }
            return min(saturated, a + product)
        }
    }

    /// The pages in order; nil when the page tree could not be read.
    let pages: [PageWork]?
    /// The costliest form in the file, for a file whose page tree could not be read (poppler
    /// may still rebuild it): then every page is held to the form's cost.
    let worstForm: PageWork
    /// More objects than `PDFLimits.maximumObjects`.
    let tooManyObjects: Bool

    /// Scans `data` in place: the scanner and its object table point into `data`'s bytes, are
    /// used only inside `withUnsafeBytes` and freed at its end, so a large file is not copied and
    /// only the per-page costs outlive the estimate.
    init(_ data: Data) {
        (pages, worstForm, tooManyObjects) = data.withUnsafeBytes { raw in
            var walker = Walker(objects: PDFObjectScanner(raw.assumingMemoryBound(to: UInt8.self)))
            if walker.objects.tooMany { return (nil, PageWork(), true) }
            let pages = walker.walkPages()
            return (pages, walker.worstForm(), false)
        }
    }
}

/// The page tree walk and the cost of each stream, memoised by object number.
private struct Walker {
    typealias PageWork = PDFWorkEstimate.PageWork
    let objects: PDFObjectScanner
    private var memo: [Int: PageWork] = [:]
    private var imageMemo: [Int: Int] = [:]
    private var active: Set<Int> = []
    /// Content bytes inflated so far, for all pages: the estimate's own cost is bounded too.
    private var inflated = 0

    init(objects: PDFObjectScanner) { self.objects = objects }

    /// The leaves of the page tree in order, each with its inherited `/Resources`.
    mutating func walkPages() -> [PageWork]? {
        let catalog = objects.root.flatMap { objects.objects[$0]?.value }
            ?? objects.objects.sorted { $0.key > $1.key }.first { $0.value.value["Type"]?.name == "Catalog" }?.value.value
        guard let top = catalog?["Pages"]?.reference else { return nil }
        var result: [PageWork] = []
        var visited: Set<Int> = []
        var stack: [(number: Int, resources: PDFValue?, depth: Int)] = [(top, nil, 0)]
        while let (number, inherited, depth) = stack.popLast() {
            guard depth < 64, visited.insert(number).inserted, let node = objects.objects[number]?.value else { continue }
            let resources = objects.resolve(node["Resources"]) ?? inherited
            if let kids = objects.resolve(node["Kids"])?.array, node["Type"]?.name != "Page" {
                for kid in kids.reversed() {
                    if let r = kid.reference { stack.append((r, resources, depth + 1)) }
                }
                continue
            }
            var work = PageWork()
            let contents = objects.resolve(node["Contents"])
            let streams: [Int] = contents?.array?.compactMap(\.reference)
                ?? (node["Contents"]?.reference).map { [$0] } ?? []
            for stream in streams { work.add(streamWork(stream, resources: resources, isForm: false), times: 1) }
            work.formDepth = max(0, work.formDepth - 1)
            // Links draw nothing without an appearance of their own (browsers' PDFs have them
            // on every page with a web address); any other annotation may draw text.
            work.annotated = objects.resolve(node["Annots"])?.array?.contains {
                objects.resolve($0)?["Subtype"]?.name != "Link"
            } ?? false
            result.append(work)
            if result.count >= PDFLimits.maximumObjects { break }
        }
        return result
    }

    /// The costliest form XObject of the file.
    mutating func worstForm() -> PageWork {
        var worst = PageWork()
        for (number, object) in objects.objects.sorted(by: { $0.key < $1.key })
        where object.stream != nil && object.value["Subtype"]?.name == "Form" {
            let work = streamWork(number, resources: nil, isForm: true)
            if work.operations > worst.operations || work.formDepth > worst.formDepth || work.contentBytes > worst.contentBytes {
                worst.operations = max(worst.operations, work.operations)
                worst.formDepth = max(worst.formDepth, work.formDepth)
                worst.contentBytes = max(worst.contentBytes, work.contentBytes)
            }
        }
        return worst
    }

    /// The cost of running one content stream or form, with the forms it draws.
    private mutating func streamWork(_ number: Int, resources inherited: PDFValue?, isForm: Bool) -> PageWork {
        if let known = memo[number] { return known }
        guard !active.contains(number), active.count <= PDFLimits.maximumFormDepth + 1 else {
            // A form drawing itself: poppler refuses the loop. Past the depth cap: enough said.
            var work = PageWork()
            if !active.contains(number) { work.formDepth = PDFLimits.maximumFormDepth + 1 }
            return work
        }
        guard let object = objects.objects[number], let raw = object.stream else { return PageWork() }
        active.insert(number)
        defer { active.remove(number) }
        var work = PageWork()
        let budget = max(0, PDFLimits.maximumInflatedBytes - inflated)
        guard let content = PDFStreamData.decoded(raw, dictionary: object.value, limit: min(budget, PDFLimits.maximumPageContentBytes + 1)) else {
            work.opaque = true
            memo[number] = work
            return work
        }
        inflated += content.bytes.count
        if let codec = content.imageFilter {
            // A content stream in an image codec: poppler would decode the picture and parse
            // its pixels as operators, so its cost is what the codec's header says it makes.
            work.opaque = true
            work.contentBytes = ImageHeader.decodedSize(filter: codec, bytes: content.bytes)?.bytes ?? 0
            memo[number] = work
            return work
        }
        work.contentBytes = content.truncated || budget == 0 ? PDFLimits.maximumPageContentBytes + 1 : content.bytes.count
        let operators = ContentOperators(content.bytes)
        work.operations = operators.count
        work.paintedSegments = operators.paintedSegments
        let resources = (isForm ? objects.resolve(object.value["Resources"]) : nil) ?? inherited
        let xobjects = objects.resolve(resources?["XObject"])
        for (name, times) in operators.draws.sorted(by: { $0.key < $1.key }) {
            guard let target = xobjects?[name]?.reference, let drawn = objects.objects[target]?.value else { continue }
            switch drawn["Subtype"]?.name {
            case "Form":
                work.add(streamWork(target, resources: resources, isForm: true), times: times)
            case "Image":
                var image = PageWork()
                image.imagePixels = imagePixels(target, dictionary: drawn)
                image.formDepth = -1
                work.add(image, times: times)
            default:
                continue
            }
        }
        memo[number] = work
        return work
    }

    /// The pixels an image XObject decodes to: its `/Width` × `/Height`, or what its codec's
    /// own header says when that is more (poppler's decoders believe the header).
    private mutating func imagePixels(_ number: Int, dictionary: PDFValue) -> Int {
        if let known = imageMemo[number] { return known }
        let width = max(0, dictionary["Width"]?.int ?? 0), height = max(0, dictionary["Height"]?.int ?? 0)
        var pixels = width.multipliedReportingOverflow(by: height).overflow ? PageWork.saturated : width * height
        let filters = dictionary["Filter"]?.array?.compactMap(\.name) ?? dictionary["Filter"]?.name.map { [$0] } ?? []
        if filters.contains(where: { PDFStreamData.imageFilters.contains($0) }), let raw = objects.objects[number]?.stream,
           let decoded = PDFStreamData.decoded(raw, dictionary: dictionary, limit: PDFLimits.maximumImageHeaderBytes),
           let codec = decoded.imageFilter, let size = ImageHeader.decodedSize(filter: codec, bytes: decoded.bytes) {
            pixels = max(pixels, min(size.pixels, PageWork.saturated))
        }
        imageMemo[number] = pixels
        return pixels
    }
}
