/// The size an image codec will decode to, read from the codec's own header.
///
/// An image XObject's `/Width` and `/Height` are the file's word, but poppler's JPEG, JPEG 2000
/// and JBIG2 decoders size their buffers from the stream's own header: a JPEG whose dictionary
/// says 1 × 1 and whose frame header says 65,000 × 65,000 is a 12 GB bitmap. So the estimate
/// believes the larger of the two.
enum ImageHeader {
    /// Width × height × components the stream decodes to; nil when the header is not found.
    static func decodedSize(filter: String, bytes: [UInt8]) -> (pixels: Int, bytes: Int)? {
        let found: (width: Int, height: Int, components: Int)?
        switch filter {
        case "DCTDecode", "DCT": found = jpegFrame(bytes)
        case "JPXDecode": found = jpeg2000Size(bytes)
        case "JBIG2Decode": found = jbig2Page(bytes)
        default: found = nil
        }
        guard let found else { return nil }
        let (pixels, overflow) = found.width.multipliedReportingOverflow(by: found.height)
        if overflow { return (Int.max / 4, Int.max / 4) }
        let (size, overflow2) = pixels.multipliedReportingOverflow(by: max(1, found.components))
        return (pixels, overflow2 ? Int.max / 4 : size)
    }

    /// A JPEG's start-of-frame (SOF0…SOF15 but DHT, JPG and DAC): height, width, components.
    static func jpegFrame(_ b: [UInt8]) -> (width: Int, height: Int, components: Int)? {
        var i = 0
        // Skip to the SOI; some writers put bytes before it.
        while i + 1 < b.count, !(b[i] == 0xFF && b[i + 1] == 0xD8) { i += 1 }
        i += 2
        while i + 3 < b.count {
            guard b[i] == 0xFF else { i += 1; continue }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                guard i + 9 < b.count else { return nil }
                let height = Int(b[i + 5]) << 8 | Int(b[i + 6])
                let width = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return (width, height, Int(b[i + 9]))
            }
            if marker == 0xDA || marker == 0xD9 || length < 2 { return nil } // scan data before any frame
            i += 2 + length
        }
        return nil
    }

    /// A JPEG 2000 codestream's SIZ segment (`FF 51`), bare or inside a JP2 file: the image
    /// area less its offset, and the components.
    static func jpeg2000Size(_ b: [UInt8]) -> (width: Int, height: Int, components: Int)? {
        var i = 0
        while i + 1 < b.count, !(b[i] == 0xFF && b[i + 1] == 0x4F && i + 3 < b.count && b[i + 2] == 0xFF && b[i + 3] == 0x51) {
            i += 1
        }
        // SOC (FF 4F), SIZ (FF 51), Lsiz, Rsiz, Xsiz, Ysiz, XOsiz, YOsiz, 4 tile fields, Csiz.
        let siz = i + 4
        guard siz + 38 <= b.count else { return nil }
        func u32(_ k: Int) -> Int { Int(b[k]) << 24 | Int(b[k + 1]) << 16 | Int(b[k + 2]) << 8 | Int(b[k + 3]) }
        let width = max(0, u32(siz + 4) - u32(siz + 12)), height = max(0, u32(siz + 8) - u32(siz + 16))
        let components = Int(b[siz + 36]) << 8 | Int(b[siz + 37])
        return (width, height, components)
    }

    /// A JBIG2 embedded stream's first page information segment (type 48): the page bitmap
    /// poppler allocates, one bit a pixel (so 1/8 byte; counted as one component).
    static func jbig2Page(_ b: [UInt8]) -> (width: Int, height: Int, components: Int)? {
        var i = 0
        // Embedded streams have no file header: segments follow one another.
        while i + 11 <= b.count {
            let flags = b[i + 4]
            let type = flags & 0x3F
            let pageAssociationIs4Bytes = flags & 0x40 != 0
            let referred = Int(b[i + 5] >> 5)
            guard referred <= 4 else { return nil } // the long form is not used by page segments
            let number = Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
            let referenceSize = number <= 256 ? 1 : number <= 65536 ? 2 : 4
            var k = i + 6 + referred * referenceSize
            k += pageAssociationIs4Bytes ? 4 : 1
            guard k + 4 <= b.count else { return nil }
            let dataLength = Int(b[k]) << 24 | Int(b[k + 1]) << 16 | Int(b[k + 2]) << 8 | Int(b[k + 3])
            k += 4
            if type == 48 {
                guard k + 8 <= b.count else { return nil }
                let width = Int(b[k]) << 24 | Int(b[k + 1]) << 16 | Int(b[k + 2]) << 8 | Int(b[k + 3])
                let height = Int(b[k + 4]) << 24 | Int(b[k + 5]) << 16 | Int(b[k + 6]) << 8 | Int(b[k + 7])
                return (width, height == 0xFFFF_FFFF ? 0 : height, 1)
            }
            guard dataLength != 0xFFFF_FFFF else { return nil }
            i = k + dataLength
        }
        return nil
    }
}
