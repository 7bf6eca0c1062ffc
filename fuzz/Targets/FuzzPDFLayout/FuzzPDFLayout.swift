import Foundation
import FuzzDriver
@testable import PDFPlugin
import ReportCore
import ReportModel

/// Bytes as pages of glyphs and ruling lines, fed to the PDF layout code without poppler:
/// ink alignment, rule detection, ruled and unruled tables, lines, block assembly across pages,
/// then core. Coordinates pass through `PDFLimits`, as poppler's do, so NaN, infinite and huge
/// values reach the same boundary they would from a damaged PDF.
///
/// Records of 8 bytes; the first byte's low bits pick the kind:
/// 0–3 a glyph (alphabet index, x, y, width, height, font size), 4 a horizontal rule,
/// 5 a vertical rule, 6 a new poppler line, 7 a new page (its size from the record).
/// (The page size clamping of `PDFLimits.pageSide`, NaN and huge sizes, is the corpus's.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFLayout(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = UnsafeBufferPointer(start: bytes, count: count)
    var pages: [PageLayout] = []
    var page = PageDraft(number: 1, width: 595, height: 842)
    var offset = 0
    while offset + 8 <= data.count, pages.count < 8 {
        let r = Array(data[offset..<(offset + 8)])
        offset += 8
        switch r[0] & 7 {
        case 0...3:
            let special: [Double] = [.nan, .infinity, -.infinity, 1e300, -1e300, 0]
            func value(_ byte: UInt8, _ scale: Double) -> Double {
                byte >= 250 ? special[Int(byte - 250)] : Double(byte) * scale
            }
            let x = value(r[2], page.width / 250), y = value(r[3], page.height / 250)
            let w = value(r[4], 0.2), h = value(r[5], 0.2)
            guard let box = PDFLimits.box(x1: x, y1: y, x2: x + w, y2: y + h,
                                          pageWidth: page.width, pageHeight: page.height) else { continue }
            let scalars = Array(alphabet.unicodeScalars)
            page.glyphs.append(Glyph(scalar: scalars[Int(r[1]) % scalars.count], box: box,
                                     fontSize: PDFLimits.fontSize(value(r[6], 0.25)), bold: r[7] & 1 == 1,
                                     lineID: page.lineID))
        case 4, 5:
            let position = Double(UInt16(r[1]) << 8 | UInt16(r[2])) / 65535
            let start = Double(r[3]) / 255, length = Double(r[4]) / 255
            page.rules.append((horizontal: r[0] & 7 == 4, position: position, start: start,
                               end: min(1, start + length), thickness: Double(r[5] % 4) * 0.5 + 0.5))
        case 6:
            page.lineID += 1
        default:
            pages.append(page.build())
            // Sides of 100–2,100 pt: a rendering's cost is its pixels, which production caps
            // (`PDFLimits.maximumRenderPixels`); pages up to that cap take a debug ASan build
            // minutes each and would leave the fuzzer no time for shapes.
            page = PageDraft(number: pages.count + 1,
                             width: PDFLimits.pageSide(100 + Double((UInt16(r[1]) << 8 | UInt16(r[2])) % 2000), fallback: 595),
                             height: PDFLimits.pageSide(100 + Double((UInt16(r[3]) << 8 | UInt16(r[4])) % 2000), fallback: 842))
        }
    }
    pages.append(page.build())
    let blocks = BlockAssembler(pages: pages).blocks()
    let document = Document(blocks: blocks, encoding: nil, pages: pages.count, diagnostics: [])
    _ = try? ReportBuilder.build(document, source: SourceInfo(file: "fuzz.pdf", format: "pdf", sha256: ""))
    return 0
}

/// Characters of the family's forms: ideographs, digits, operators, units, punctuation, spaces.
private let alphabet = "绩效指标年度预算执行率产出数量质量时效成本满意一二三四五六七八九十（）、。：％%≥≤≥<>=万元人个 \u{3000}0123456789.|-—第页共A"

/// One page being drawn: glyphs, and rules as fractions of the page.
private struct PageDraft {
    var number: Int
    var width: Double
    var height: Double
    var glyphs: [Glyph] = []
    var rules: [(horizontal: Bool, position: Double, start: Double, end: Double, thickness: Double)] = []
    var lineID: Int32 = 0

    init(number: Int, width: Double, height: Double) {
        self.number = number
        self.width = width
        self.height = height
    }

    func build() -> PageLayout {
        PageBuilder.build(glyphs: glyphs, truncated: false, width: width, height: height, number: number,
                          alwaysRender: !rules.isEmpty, render: render)
    }

    /// The rules drawn black on white at `scale` pixels per point, as poppler would render them.
    func render(scale: Double) -> InkMap? {
        let w = Int((width * scale).rounded(.up)), h = Int((height * scale).rounded(.up))
        guard w > 0, h > 0, w * h <= PDFLimits.maximumRenderPixels else { return nil }
        var luminance = [UInt8](repeating: 255, count: w * h)
        for rule in rules {
            let thick = max(1, Int((rule.thickness * scale).rounded()))
            if rule.horizontal {
                let y = min(h - 1, Int(rule.position * Double(h - 1)))
                let x0 = Int(rule.start * Double(w - 1)), x1 = Int(rule.end * Double(w - 1))
                for yy in y..<min(h, y + thick) { for x in x0...max(x0, x1) { luminance[yy * w + x] = 0 } }
            } else {
                let x = min(w - 1, Int(rule.position * Double(w - 1)))
                let y0 = Int(rule.start * Double(h - 1)), y1 = Int(rule.end * Double(h - 1))
                for y in y0...max(y0, y1) { for xx in x..<min(w, x + thick) { luminance[y * w + xx] = 0 } }
            }
        }
        return InkMap(width: w, height: h, scale: scale, luminance: luminance)
    }
}

@_cdecl("FuzzPDFLayout_main")
public func fuzzPDFLayoutMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv, fuzzPDFLayout)
}
