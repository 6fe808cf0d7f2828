import NoticeboardModel

/// A body's openness score, 0 to 100, from its findings; a region's is the mean of its bodies'.
///
/// Findings about the body itself (its members, its duty to publish, gaps between meetings) cost a fixed
/// number of points each. Findings about its meetings are averaged over the meetings it held, so a body is
/// not marked down for keeping a long record: what counts is how often its meetings fall short.
public enum OpennessScore {
    /// Points lost for each finding about the body itself.
    public static func bodyPenalty(_ severity: Finding.Severity) -> Int {
        switch severity {
        case .error: return 20
        case .warning: return 10
        case .info: return 5
        }
    }

    /// Weight of each finding about a meeting or its items, in tenths (error 1, warning 0.5, info 0.2).
    public static func meetingWeightTenths(_ severity: Finding.Severity) -> Int {
        switch severity {
        case .error: return 10
        case .warning: return 5
        case .info: return 2
        }
    }

    /// Points lost for each point of the average weight of findings per meeting.
    public static let meetingRate = 30
    /// The most a body's meetings can cost it.
    public static let meetingShare = 60

    /// The score of a body with these findings that held this many meetings due by the as-of date.
    public static func score(_ findings: [Finding], meetingsHeld: Int) -> Int {
        let bodyPoints = findings.filter { $0.meeting == nil }.reduce(0) { $0 + bodyPenalty($1.severity) }
        let meetingTenths = findings.filter { $0.meeting != nil }.reduce(0) { $0 + meetingWeightTenths($1.severity) }
        let meetingPoints = meetingsHeld == 0 ? 0
            : min(Double(meetingShare), Double(meetingRate) * Double(meetingTenths) / 10 / Double(meetingsHeld))
        return max(0, Int((100 - Double(bodyPoints) - meetingPoints).rounded(.toNearestOrAwayFromZero)))
    }

    /// A region's score: the mean of its bodies' scores, rounded; nil for a region with no bodies.
    public static func regionScore(_ bodyScores: [Int]) -> Int? {
        guard !bodyScores.isEmpty else { return nil }
        return Int((Double(bodyScores.reduce(0, +)) / Double(bodyScores.count)).rounded(.toNearestOrAwayFromZero))
    }

    /// The formula in plain sentences, for the gaps page and the methodology page (built from the numbers
    /// above, so the words cannot drift from the arithmetic).
    public static var explanation: [String] {
        func tenths(_ s: Finding.Severity) -> String {
            let t = meetingWeightTenths(s)
            return t % 10 == 0 ? String(t / 10) : "0.\(t)"
        }
        return [
            "Each body starts at 100.",
            "For each finding about the body itself (its members, its duty to publish, gaps between its meetings) it loses "
                + "\(bodyPenalty(.error)) points for an error, \(bodyPenalty(.warning)) for a warning and \(bodyPenalty(.info)) for information.",
            "Findings about its meetings and their agenda items are weighed \(tenths(.error)) for an error, \(tenths(.warning)) for a warning "
                + "and \(tenths(.info)) for information, added up and divided by the number of meetings it held up to the as-of date; "
                + "the body loses \(meetingRate) points for each point of that average, at most \(meetingShare) points. A body that held no meetings loses nothing here.",
            "The score is rounded to a whole number and is never below 0.",
            "A region's score is the average of its bodies' scores, rounded.",
        ]
    }
}
