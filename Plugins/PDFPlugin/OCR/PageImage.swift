internal import CTesseract

/// An 8-bit grey page image owned as a Leptonica `PIX`: what Tesseract reads, and what the
/// rule finder reads once it is turned back into an `InkMap`.
///
/// Leptonica keeps 8-bit pixels four to a 32-bit word with the first pixel in the word's most
/// significant byte, so on a little-endian machine pixel `x` of a row is byte `x ^ 3`.
final class PageImage {
    /// `PIX *`, owned: destroyed in `deinit`.
    let pix: UnsafeMutablePointer<PIX>
    let width: Int
    let height: Int
    private let lib: TesseractLibrary

    private init(taking pix: UnsafeMutablePointer<PIX>, _ lib: TesseractLibrary) {
        self.pix = pix
        self.lib = lib
        width = Int(lib.pixGetWidth(pix))
        height = Int(lib.pixGetHeight(pix))
    }

    deinit {
        var pointer: UnsafeMutablePointer<PIX>? = pix
        lib.pixDestroy(&pointer)
    }

    /// Copies a luminance map into a new image; nil when Leptonica cannot be loaded or cannot
    /// allocate it.
    convenience init?(_ ink: InkMap) {
        guard case .success(let lib) = TesseractLibrary.shared else { return nil }
        guard ink.width > 0, ink.height > 0, let pix = lib.pixCreate(Int32(ink.width), Int32(ink.height), 8),
              let words = lib.pixGetData(pix) else { return nil }
        let wordsPerLine = Int(lib.pixGetWpl(pix))
        let bytes = UnsafeMutableRawPointer(words).assumingMemoryBound(to: UInt8.self)
        ink.luminance.withUnsafeBufferPointer { lum in
            for y in 0..<ink.height {
                let row = bytes + y * wordsPerLine * 4
                let source = y * ink.width
                for x in 0..<ink.width { row[x ^ 3] = lum[source + x] }
            }
        }
        self.init(taking: pix, lib)
    }

    /// The image turned straight, with the angle found (degrees, counter-clockwise positive)
    /// when Leptonica is confident of one; otherwise this image and nil.
    ///
    /// A scan fed in a degree or two askew has its table rules slanting over several pixel rows,
    /// which no rule finder reads as lines; Leptonica measures the skew from the text lines.
    func deskewed() -> (image: PageImage, angle: Double?) {
        var angle: Float = 0, confidence: Float = 0
        // Reduction 2 for the search: fine enough at 300 dpi, four times cheaper than full size.
        guard let straight = lib.pixFindSkewAndDeskew(pix, 2, &angle, &confidence) else { return (self, nil) }
        let result = PageImage(taking: straight, lib)
        // Leptonica returns a clone (the same pixels) when it found no angle worth turning by.
        guard confidence >= 2.5, abs(angle) >= 0.1, angle.isFinite else { return (result, nil) }
        return (result, Double(angle))
    }

    /// A copy of a box of the image, scaled by `scale` and framed by `border` white pixels: a
    /// table cell given to Tesseract as an image of its own. Nil when Leptonica fails.
    func cell(left: Int, top: Int, width: Int, height: Int, scale: Double, border: Int) -> PageImage? {
        guard let box = lib.boxCreate(Int32(left), Int32(top), Int32(width), Int32(height)) else { return nil }
        var boxRef: UnsafeMutablePointer<BOX>? = box
        defer { lib.boxDestroy(&boxRef) }
        guard var current = lib.pixClipRectangle(pix, box, nil) else { return nil }
        if scale != 1, let scaled = lib.pixScale(current, Float(scale), Float(scale)) {
            var old: UnsafeMutablePointer<PIX>? = current
            lib.pixDestroy(&old)
            current = scaled
        }
        if border > 0, let framed = lib.pixAddBorder(current, Int32(border), 255) {
            var old: UnsafeMutablePointer<PIX>? = current
            lib.pixDestroy(&old)
            current = framed
        }
        return PageImage(taking: current, lib)
    }

    /// The image with everything but its long straight lines erased: the ink that survives an
    /// opening by a line `length` pixels long, across and down. Characters' strokes are shorter
    /// than an em, so with `length` a little over the text's em a table's rules remain and its
    /// text is gone — a scan's words, unlike a text layer's, cannot be masked exactly, and what
    /// OCR misses of them would otherwise pass for rules. Nil when Leptonica fails.
    func ruleLines(length: Int) -> PageImage? {
        guard let binary = lib.pixThresholdToBinary(pix, 180) else { return nil }
        var binaryRef: UnsafeMutablePointer<PIX>? = binary
        defer { lib.pixDestroy(&binaryRef) }
        guard let across = lib.pixOpenBrick(nil, binary, Int32(length), 1) else { return nil }
        var acrossRef: UnsafeMutablePointer<PIX>? = across
        defer { lib.pixDestroy(&acrossRef) }
        guard let down = lib.pixOpenBrick(nil, binary, 1, Int32(length)) else { return nil }
        var downRef: UnsafeMutablePointer<PIX>? = down
        defer { lib.pixDestroy(&downRef) }
        guard let both = lib.pixOr(nil, across, down) else { return nil }
        var bothRef: UnsafeMutablePointer<PIX>? = both
        defer { lib.pixDestroy(&bothRef) }
        guard let grey = lib.pixConvert1To8(nil, both, 255, 0) else { return nil }
        return PageImage(taking: grey, lib)
    }

    /// This image with the dark pixels of `lines` (an image of the same size) turned white.
    func erasing(_ lines: PageImage) -> PageImage? {
        guard lines.width == width, lines.height == height, let words = lib.pixGetData(pix),
              let lineWords = lib.pixGetData(lines.pix), let copy = lib.pixCreate(Int32(width), Int32(height), 8),
              let copyWords = lib.pixGetData(copy) else { return nil }
        let count = Int(lib.pixGetWpl(pix)) * height
        guard Int(lib.pixGetWpl(lines.pix)) * height == count, Int(lib.pixGetWpl(copy)) * height == count else {
            var ref: UnsafeMutablePointer<PIX>? = copy
            lib.pixDestroy(&ref)
            return nil
        }
        let source = UnsafeMutableRawPointer(words).assumingMemoryBound(to: UInt8.self)
        let mask = UnsafeMutableRawPointer(lineWords).assumingMemoryBound(to: UInt8.self)
        let target = UnsafeMutableRawPointer(copyWords).assumingMemoryBound(to: UInt8.self)
        // Byte for byte: both images keep their pixels in the same word order.
        for index in 0..<(count * 4) { target[index] = mask[index] < 128 ? 255 : source[index] }
        return PageImage(taking: copy, lib)
    }

    /// The share of dark pixels (luminance below `threshold`) along a run of one column or row,
    /// clipped to the image: 0 when the run lies wholly outside it.
    func darkShare(column x: Int, rows: Range<Int>, threshold: UInt8 = 170) -> Double {
        guard x >= 0, x < width else { return 0 }
        let clipped = rows.clamped(to: 0..<height)
        guard !clipped.isEmpty, let words = lib.pixGetData(pix) else { return 0 }
        let bytes = UnsafeMutableRawPointer(words).assumingMemoryBound(to: UInt8.self)
        let stride = Int(lib.pixGetWpl(pix)) * 4
        let dark = clipped.reduce(0) { $0 + (bytes[$1 * stride + (x ^ 3)] < threshold ? 1 : 0) }
        return Double(dark) / Double(clipped.count)
    }

    func darkShare(row y: Int, columns: Range<Int>, threshold: UInt8 = 170) -> Double {
        guard y >= 0, y < height else { return 0 }
        let clipped = columns.clamped(to: 0..<width)
        guard !clipped.isEmpty, let words = lib.pixGetData(pix) else { return 0 }
        let row = UnsafeMutableRawPointer(words).assumingMemoryBound(to: UInt8.self) + y * Int(lib.pixGetWpl(pix)) * 4
        let dark = clipped.reduce(0) { $0 + (row[$1 ^ 3] < threshold ? 1 : 0) }
        return Double(dark) / Double(clipped.count)
    }

    /// Where the dark pixels of a box stand across it, on average: 0 at its left edge, 1 at its
    /// right; nil when the box holds none or lies outside the image.
    func inkCentre(left: Int, top: Int, right: Int, bottom: Int, threshold: UInt8 = 128) -> Double? {
        let x0 = max(0, left), x1 = min(width, right), y0 = max(0, top), y1 = min(height, bottom)
        guard x1 - x0 >= 2, y1 > y0, let words = lib.pixGetData(pix) else { return nil }
        let columns = x0..<x1, rows = y0..<y1
        let bytes = UnsafeMutableRawPointer(words).assumingMemoryBound(to: UInt8.self)
        let stride = Int(lib.pixGetWpl(pix)) * 4
        var sum = 0, count = 0
        for y in rows {
            for x in columns where bytes[y * stride + (x ^ 3)] < threshold {
                sum += x - columns.lowerBound
                count += 1
            }
        }
        guard count > 0 else { return nil }
        return Double(sum) / Double(count) / Double(columns.count - 1)
    }

    /// The image as a luminance map at `scale` pixels per point, averaging whole source pixels
    /// (`sourceScale` is this image's own pixels per point).
    func inkMap(sourceScale: Double, scale: Double) -> InkMap {
        let words = lib.pixGetData(pix)!
        let wordsPerLine = Int(lib.pixGetWpl(pix))
        let bytes = UnsafeMutableRawPointer(words).assumingMemoryBound(to: UInt8.self)
        let factor = max(1, sourceScale / scale)
        let outWidth = max(1, Int((Double(width) / factor).rounded(.down)))
        let outHeight = max(1, Int((Double(height) / factor).rounded(.down)))
        var luminance = [UInt8](repeating: 255, count: outWidth * outHeight)
        for oy in 0..<outHeight {
            let y0 = Int(Double(oy) * factor), y1 = min(height, max(y0 + 1, Int(Double(oy + 1) * factor)))
            for ox in 0..<outWidth {
                let x0 = Int(Double(ox) * factor), x1 = min(width, max(x0 + 1, Int(Double(ox + 1) * factor)))
                var sum = 0, count = 0
                // The darkest of the block's pixels weighs in with the mean: a one-pixel rule
                // averaged with the paper around it would fade below the rule finder's contrast.
                var darkest = 255
                for y in y0..<y1 {
                    let row = bytes + y * wordsPerLine * 4
                    for x in x0..<x1 {
                        let value = Int(row[x ^ 3])
                        sum += value
                        count += 1
                        darkest = min(darkest, value)
                    }
                }
                luminance[oy * outWidth + ox] = UInt8((sum / max(1, count) + darkest) / 2)
            }
        }
        return InkMap(width: outWidth, height: outHeight, scale: sourceScale / factor, luminance: luminance)
    }

}
