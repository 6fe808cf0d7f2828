import NoticeboardModel

/// Counts a body's current seats by whom they represent and draws them as one stacked SVG bar.
enum RepresentationChart {
    /// Fill colours by group; the public voice in strong green so its absence shows.
    private static func colour(_ group: Representation, publicVoice: Set<Representation>) -> String {
        if publicVoice.contains(group) { return "#00703c" }
        switch group {
        case .nhsCommissioner: return "#1d70b8"
        case .nhsProvider: return "#003078"
        case .primaryCare: return "#5694ca"
        case .localAuthority: return "#4c2c92"
        case .socialCare: return "#912b88"
        case .voluntarySector: return "#f47738"
        case .privateProvider: return "#d4351c"
        case .independent: return "#6f777b"
        default: return "#505a5f"
        }
    }

    static func view(for members: [Member], publicVoice: Set<Representation>) -> RepresentationView {
        var counts: [Representation: Int] = [:]
        for member in members { counts[member.represents, default: 0] += 1 }
        let groups = counts.keys.sorted()
        let total = members.count
        var svg = ""
        if total > 0 {
            svg = "<svg class=\"bar-chart\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
            var x = 0.0
            for group in groups {
                let width = Double(counts[group]!) / Double(total) * 100
                svg += "<rect x=\"\(format(x))\" y=\"0\" width=\"\(format(width))\" height=\"8\" fill=\"\(colour(group, publicVoice: publicVoice))\"/>"
                x += width
            }
            svg += "</svg>"
        }
        return RepresentationView(
            rows: groups.map {
                .init(group: $0.displayName, count: counts[$0]!, isPublicVoice: publicVoice.contains($0),
                      swatch: "<svg class=\"swatch\" viewBox=\"0 0 10 10\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"10\" height=\"10\" fill=\"\(colour($0, publicVoice: publicVoice))\"/></svg>")
            },
            total: total,
            publicVoiceCount: members.count { publicVoice.contains($0.represents) },
            svg: svg
        )
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
