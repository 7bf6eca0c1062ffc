import Foundation

/// A bar chart drawn on the server as SVG: one bar per labelled value, a zero-based axis, the
/// value written above each bar. Labels and values go through `HTML` like any other text.
enum BarChart {
    struct Bar: Sendable {
        var label: String
        var value: Double
    }

    static func svg(_ bars: [Bar], caption: String, unit: String) -> HTML {
        guard !bars.isEmpty else { return "<p class=\"muted\">没有可画的数值 no numbers to chart</p>" }
        let barWidth = 34.0, gap = 10.0, left = 56.0, top = 24.0, plotHeight = 220.0, labelSpace = 120.0
        let width = left + Double(bars.count) * (barWidth + gap) + gap
        let height = top + plotHeight + labelSpace
        let high = niceCeiling(max(bars.map(\.value).max() ?? 0, 0))
        let low = min(bars.map(\.value).min() ?? 0, 0)
        let span = high - low > 0 ? high - low : 1
        let y = { (v: Double) in top + plotHeight * (high - v) / span }
        var parts: [HTML] = []
        for tick in 0...4 {
            let v = low + span * Double(tick) / 4
            parts.append("""
                <line x1="\(fmt(left))" x2="\(fmt(width))" y1="\(fmt(y(v)))" y2="\(fmt(y(v)))" stroke="#ddd"/>\
                <text x="\(fmt(left - 6))" y="\(fmt(y(v) + 4))" text-anchor="end" font-size="11">\(NumberText.show(v))</text>
                """)
        }
        for (i, bar) in bars.enumerated() {
            let x = left + gap + Double(i) * (barWidth + gap)
            let y0 = y(max(bar.value, 0)), y1 = y(min(bar.value, 0))
            let labelX = x + barWidth / 2, labelY = top + plotHeight + 8
            parts.append("""
                <rect x="\(fmt(x))" y="\(fmt(y0))" width="\(fmt(barWidth))" height="\(fmt(max(y1 - y0, 0.5)))" fill="#2e75b6">\
                <title>\(bar.label): \(NumberText.show(bar.value))</title></rect>\
                <text x="\(fmt(labelX))" y="\(fmt(y0 - 4))" text-anchor="middle" font-size="10">\(NumberText.show(bar.value))</text>\
                <text x="\(fmt(labelX))" y="\(fmt(labelY))" font-size="11" text-anchor="end" \
                transform="rotate(-60 \(fmt(labelX)) \(fmt(labelY)))">\(bar.label)</text>
                """)
        }
        return """
            <figure><svg id="chart" xmlns="http://www.w3.org/2000/svg" width="\(fmt(width))" height="\(fmt(height))" \
            viewBox="0 0 \(fmt(width)) \(fmt(height))" role="img" aria-label="\(caption)">\
            <line x1="\(fmt(left))" x2="\(fmt(left))" y1="\(fmt(top))" y2="\(fmt(top + plotHeight))" stroke="#888"/>\
            \(HTML(parts))</svg><figcaption>\(caption)\(unit.isEmpty ? "" : " (\(unit))")</figcaption></figure>
            """
    }

    /// 1, 2 or 5 times a power of ten, at or above `v`, so the axis has round ticks.
    static func niceCeiling(_ v: Double) -> Double {
        guard v > 0 else { return 1 }
        let power = pow(10, floor(log10(v)))
        for step in [1.0, 2, 5, 10] where step * power >= v { return step * power }
        return 10 * power
    }

    private static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
