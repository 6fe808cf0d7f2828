import NoticeboardModel

/// The gaps page's charts, drawn as inline SVG at build time. They are decorative (`aria-hidden`): the page
/// gives every number they show as text. Colours are presentation attributes, as the pages' CSP forbids
/// inline styles.
enum AuditCharts {
    /// One bar of a chart: its label and its segments (value and fill), drawn left to right.
    struct Bar {
        let label: String
        let segments: [(value: Int, fill: String)]
        /// Written after the bar.
        let total: String
    }

    static let errorFill = "#d4351c"
    static let warningFill = "#f47738"
    static let infoFill = "#1d70b8"
    static let goodFill = "#00703c"
    private static let trackFill = "#f3f2f1"

    private static let width = 720, labelWidth = 250, barLeft = 260, barWidth = 400
    private static let rowHeight = 26, barHeight = 16, legendHeight = 28

    /// Stacked bars on a common scale (`scale` = the value that fills the bar area), with a legend above when given.
    static func bars(_ bars: [Bar], scale: Int, legend: [(text: String, fill: String)] = [], track: Bool = false) -> String {
        guard !bars.isEmpty, scale > 0 else { return "" }
        let top = legend.isEmpty ? 4 : legendHeight
        let height = top + bars.count * rowHeight + 4
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "aria-hidden=\"true\" focusable=\"false\" font-family=\"system-ui, sans-serif\" font-size=\"13\">"
        var x = barLeft
        for entry in legend {
            svg += "<rect x=\"\(x)\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(entry.fill)\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"16\" fill=\"#0b0c0c\">\(Escaping.xml(entry.text))</text>"
            x += 16 + entry.text.count * 8 + 16
        }
        for (row, bar) in bars.enumerated() {
            let y = top + row * rowHeight
            svg += "<text x=\"\(labelWidth)\" y=\"\(y + 13)\" text-anchor=\"end\" fill=\"#0b0c0c\">\(Escaping.xml(shortened(bar.label)))</text>"
            if track {
                svg += "<rect x=\"\(barLeft)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"\(trackFill)\"/>"
            }
            var left = barLeft
            for segment in bar.segments where segment.value > 0 {
                let length = max(1, segment.value * barWidth / scale)
                svg += "<rect x=\"\(left)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" fill=\"\(segment.fill)\"/>"
                left += length
            }
            let end = track ? barLeft + barWidth : left
            svg += "<text x=\"\(end + 6)\" y=\"\(y + 13)\" fill=\"#0b0c0c\">\(Escaping.xml(bar.total))</text>"
        }
        return svg + "</svg>"
    }

    /// At most 34 characters, cut with an ellipsis: chart labels do not wrap.
    private static func shortened(_ label: String) -> String {
        label.count <= 34 ? label : String(label.prefix(33)) + "…"
    }
}
