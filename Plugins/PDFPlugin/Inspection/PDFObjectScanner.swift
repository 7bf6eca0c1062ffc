/// Finds a PDF's objects by scanning its bytes for `N G obj`, as poppler does when it rebuilds
/// a damaged cross-reference table, and opens object streams (`/Type /ObjStm`).
///
/// Only what the work estimate needs is kept: each object's value and where its stream's raw
/// bytes are. A later object of the same number replaces an earlier one (incremental updates).
///
/// The file is scanned in place, not copied: streams point into the bytes given to `init`, so a
/// scanner must not outlive them (`PDFWorkEstimate` uses one inside `Data.withUnsafeBytes`).
struct PDFObjectScanner {
    struct Object {
        var value: PDFValue
        /// The stream's raw bytes, pointing into the scanned file.
        var stream: Slice<UnsafeBufferPointer<UInt8>>?
    }

    private(set) var objects: [Int: Object] = [:]
    /// The trailer's (or cross-reference stream's) `/Root`, where one was found.
    private(set) var root: Int?
    /// More objects than `PDFLimits.maximumObjects`: the scan stopped.
    private(set) var tooMany = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let all = bytes[...]
        var i = 0
        let n = bytes.count
        while i + 3 <= n {
            // "obj" with a delimiter after it and a space before it ("endobj" has a letter).
            guard bytes[i] == UInt8(ascii: "o"), bytes[i + 1] == UInt8(ascii: "b"), bytes[i + 2] == UInt8(ascii: "j"),
                  i + 3 == n || PDFSyntaxReader.isDelimiter(bytes[i + 3]), i > 0, PDFSyntaxReader.isSpace(bytes[i - 1]),
                  let number = Self.objectNumber(before: i, in: bytes) else {
                if bytes[i] == UInt8(ascii: "t"), Self.matches(bytes, i, "trailer") {
                    var reader = PDFSyntaxReader(all[(i + 7)...])
                    if let trailer = reader.value(), let r = trailer["Root"]?.reference { root = r }
                    i = reader.index
                    continue
                }
                i += 1
                continue
            }
            if objects.count >= PDFLimits.maximumObjects {
                tooMany = true
                return
            }
            var reader = PDFSyntaxReader(all[(i + 3)...])
            guard let value = reader.value() else { break }
            i = reader.index
            var stream: Slice<UnsafeBufferPointer<UInt8>>?
            var k = i
            while k < n, PDFSyntaxReader.isSpace(bytes[k]) { k += 1 }
            if Self.matches(bytes, k, "stream") {
                var start = k + 6
                if start < n, bytes[start] == 0x0D { start += 1 }
                if start < n, bytes[start] == 0x0A { start += 1 }
                var end = n
                if let length = value["Length"]?.int, length >= 0, start + length <= n,
                   Self.endstream(after: start + length, in: bytes) {
                    end = start + length
                } else if let found = Self.find("endstream", in: bytes, from: start) {
                    end = found
                }
                stream = all[start..<end]
                i = end
            }
            objects[number] = Object(value: value, stream: stream)
            if value["Type"]?.name == "XRef", let r = value["Root"]?.reference { root = r }
        }
        openObjectStreams()
    }

    func resolve(_ value: PDFValue?) -> PDFValue? {
        guard let value else { return nil }
        if case .reference(let r) = value { return objects[r]?.value }
        return value
    }

    /// Objects stored compressed inside `/Type /ObjStm` streams.
    private mutating func openObjectStreams() {
        let containers = objects.values.filter { $0.value["Type"]?.name == "ObjStm" }
        for container in containers {
            guard let raw = container.stream, let count = container.value["N"]?.int, let first = container.value["First"]?.int,
                  count > 0, first >= 0, let body = PDFStreamData.decoded(raw, dictionary: container.value,
                                                                             limit: PDFLimits.maximumObjectStreamBytes),
                  body.imageFilter == nil
            else { continue }
            if body.bytes.withUnsafeBufferPointer({ readObjects(in: $0, count: count, first: first) }) {
                tooMany = true
                return
            }
        }
    }

    /// Reads the objects of one object stream's decoded `body`; true when they pass
    /// `PDFLimits.maximumObjects`.
    private mutating func readObjects(in body: UnsafeBufferPointer<UInt8>, count: Int, first: Int) -> Bool {
        var header = PDFSyntaxReader(body[...])
        var entries: [(number: Int, offset: Int)] = []
        for _ in 0..<min(count, PDFLimits.maximumObjects) {
            guard let number = header.value()?.int, let offset = header.value()?.int else { break }
            entries.append((number, offset))
        }
        for entry in entries where objects[entry.number] == nil {
            let start = first + entry.offset
            guard start >= 0, start < body.count else { continue }
            var reader = PDFSyntaxReader(body[start...])
            if let value = reader.value() { objects[entry.number] = Object(value: value, stream: nil) }
            if objects.count >= PDFLimits.maximumObjects { return true }
        }
        return false
    }

    /// The object number in `N G obj`, reading back from the "obj" at `index`.
    private static func objectNumber(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = index - 1
        func skipSpaces() { while k >= 0, PDFSyntaxReader.isSpace(bytes[k]) { k -= 1 } }
        func digits() -> Int? {
            var value = 0, scale = 1, count = 0
            while k >= 0, bytes[k] >= 0x30, bytes[k] <= 0x39, count < 10 {
                value += Int(bytes[k] - 0x30) * scale
                scale *= 10
                count += 1
                k -= 1
            }
            return count > 0 ? value : nil
        }
        skipSpaces()
        guard digits() != nil else { return nil }
        guard k >= 0, PDFSyntaxReader.isSpace(bytes[k]) else { return nil }
        skipSpaces()
        guard let number = digits() else { return nil }
        return k < 0 || PDFSyntaxReader.isDelimiter(bytes[k]) ? number : nil
    }

    private static func endstream(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = index
        while k < bytes.count, PDFSyntaxReader.isSpace(bytes[k]) { k += 1 }
        return matches(bytes, k, "endstream")
    }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index >= 0, index + count <= bytes.count else { return false }
        return word.withUTF8Buffer { w in
            for j in 0..<count where bytes[index + j] != w[j] { return false }
            return true
        }
    }

    private static func find(_ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let first = word.withUTF8Buffer { $0[0] }
        var i = start
        while i < bytes.count {
            if bytes[i] == first, matches(bytes, i, word) { return i }
            i += 1
        }
        return nil
    }
}

/// A stream's bytes after its filters, each filter decoding with a ceiling on its output.
///
/// Every general-purpose filter is decoded here (Flate, LZW, RunLength, ASCIIHex, ASCII85, in
/// any chain), so a bomb in any of them is measured before poppler sees it. An image codec
/// (DCT, JPX, JBIG2, CCITT fax) ends the chain: its bytes are returned undecoded with the
/// codec's name, and `ImageHeader` says what they would decode to. A filter no reader knows
/// (or `Crypt`) gives nil.
enum PDFStreamData {
    struct Decoded {
        var bytes: [UInt8]
        /// More bytes were there than the limit.
        var truncated: Bool
        /// The image codec the bytes are still in, if the chain ends in one.
        var imageFilter: String?
    }

    static let imageFilters: Set<String> = ["DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF"]

    /// - Parameter raw: the stream's bytes in the file, read in place.
    static func decoded(_ raw: Slice<UnsafeBufferPointer<UInt8>>, dictionary: PDFValue, limit: Int) -> Decoded? {
        let filters: [String]
        switch dictionary["Filter"] {
        case nil: filters = []
        case .name(let n)?: filters = [n]
        case .array(let a)?: filters = a.compactMap(\.name)
        default: return nil
        }
        let parameters: [PDFValue?]
        switch dictionary["DecodeParms"] ?? dictionary["DP"] {
        case .array(let a)?: parameters = a.map { $0 }
        case let single?: parameters = [single]
        case nil: parameters = []
        }
        // Bytes read as they are are only cut to `limit`; the filters read an array, so a stream
        // to decode is copied, one stream at a time (never the whole file).
        if filters.isEmpty {
            return Decoded(bytes: Array(raw.prefix(limit)), truncated: raw.count > limit, imageFilter: nil)
        }
        if imageFilters.contains(filters[0]) {
            return Decoded(bytes: Array(raw.prefix(limit)), truncated: false, imageFilter: filters[0])
        }
        var bytes = ArraySlice(raw)
        var truncated = false
        for (index, filter) in filters.enumerated() {
            if imageFilters.contains(filter) {
                return Decoded(bytes: Array(bytes.prefix(limit)), truncated: truncated, imageFilter: filter)
            }
            // A later ASCIIHex halves what comes before it: intermediate stages get room for that.
            let stageLimit = index == filters.count - 1 ? limit : (limit > Int.max / 2 ? limit : 2 * limit)
            let output: StreamFilters.Output
            switch filter {
            case "FlateDecode", "Fl": output = Inflater.inflate(bytes, limit: stageLimit)
            case "LZWDecode", "LZW":
                let early = (index < parameters.count ? parameters[index] : nil)?["EarlyChange"]?.int ?? 1
                output = StreamFilters.lzw(bytes, limit: stageLimit, earlyChange: early != 0)
            case "RunLengthDecode", "RL": output = StreamFilters.runLength(bytes, limit: stageLimit)
            case "ASCIIHexDecode", "AHx": output = StreamFilters.asciiHex(bytes, limit: stageLimit)
            case "ASCII85Decode", "A85": output = StreamFilters.ascii85(bytes, limit: stageLimit)
            default: return nil
            }
            bytes = output.bytes[...]
            truncated = truncated || output.truncated
        }
        return Decoded(bytes: Array(bytes.prefix(limit)), truncated: truncated || bytes.count > limit, imageFilter: nil)
    }
}
