import NoticeboardAudit
import Testing

@Suite struct OpennessScoreTests {
    static func finding(_ severity: Finding.Severity, meeting: String? = nil) -> Finding {
        Finding(rule: "r", severity: severity, body: "b", meeting: meeting, message: "m", basis: "b")
    }

    @Test(arguments: [
        ([Finding.Severity](), [Finding.Severity](), 4, 100),
        ([.error], [], 4, 80),
        ([.warning, .info], [], 0, 85),
        ([], [.error], 1, 70),            // 1 point per meeting: 30 lost
        ([], [.error, .warning], 3, 85),  // 1.5 points over 3 meetings: 15 lost
        ([], [.error, .error, .error], 1, 40), // capped at 60
        ([.error, .error, .error, .error, .error], [.error], 1, 0), // never below 0
        ([], [.info], 3, 98),             // 0.2 / 3 × 30 = 2
    ])
    func scoreFollowsTheFormula(body: [Finding.Severity], meetings: [Finding.Severity], held: Int, score: Int) {
        let findings = body.map { Self.finding($0) } + meetings.map { Self.finding($0, meeting: "2026-03-12") }
        #expect(OpennessScore.score(findings, meetingsHeld: held) == score)
    }

    @Test func regionScoreIsTheRoundedMean() {
        #expect(OpennessScore.regionScore([100, 51]) == 76)
        #expect(OpennessScore.regionScore([]) == nil)
    }

    @Test func theExplanationStatesTheNumbersUsed() {
        let text = OpennessScore.explanation.joined(separator: " ")
        #expect(text.contains("20 points for an error, 10 for a warning and 5 for information"))
        #expect(text.contains("1 for an error, 0.5 for a warning and 0.2 for information"))
        #expect(text.contains("30 points for each point of that average, at most 60 points"))
    }
}
