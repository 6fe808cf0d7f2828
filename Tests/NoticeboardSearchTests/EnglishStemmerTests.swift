import Foundation
import Testing
@testable import NoticeboardSearch
import NoticeboardTestSupport

/// Examples written from the Snowball English (Porter2) definition: the sample vocabulary on its page,
/// each rule's own examples, and the exceptional forms.
@Suite struct EnglishStemmerTests {
    static let snowballExamples: [(String, String)] = [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
        ("consistently", "consist"), ("consisting", "consist"), ("consists", "consist"), ("consolation", "consol"),
        ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"), ("consoled", "consol"),
        ("consoles", "consol"), ("consolidate", "consolid"), ("consolidated", "consolid"), ("consolidating", "consolid"),
        ("consoling", "consol"), ("consolingly", "consol"), ("consols", "consol"), ("consonant", "conson"),
        ("consort", "consort"), ("consorted", "consort"), ("consorting", "consort"), ("conspicuous", "conspicu"),
        ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"),
        ("conspirators", "conspir"), ("conspire", "conspir"), ("conspired", "conspir"), ("conspiring", "conspir"),
        ("constable", "constabl"), ("constables", "constabl"), ("constance", "constanc"), ("constancy", "constanc"),
        ("constant", "constant"), ("knack", "knack"), ("knackeries", "knackeri"), ("knacks", "knack"),
        ("knag", "knag"), ("knave", "knave"), ("knaves", "knave"), ("knavish", "knavish"), ("kneaded", "knead"),
        ("kneading", "knead"), ("knee", "knee"), ("kneel", "kneel"), ("kneeled", "kneel"), ("kneeling", "kneel"),
        ("kneels", "kneel"), ("knees", "knee"), ("knell", "knell"), ("knelt", "knelt"), ("knew", "knew"),
        ("knick", "knick"), ("knif", "knif"), ("knife", "knife"), ("knight", "knight"), ("knightly", "knight"),
        ("knights", "knight"), ("knit", "knit"), ("knits", "knit"), ("knitted", "knit"), ("knitting", "knit"),
        ("knives", "knive"), ("knob", "knob"), ("knobs", "knob"), ("knock", "knock"), ("knocked", "knock"),
        ("knocker", "knocker"), ("knockers", "knocker"), ("knocking", "knock"), ("knocks", "knock"),
        ("knopp", "knopp"), ("knot", "knot"), ("knots", "knot"),
    ]

    static let ruleExamples: [(String, String)] = [
        // Exceptional forms and words left alone after step 1a.
        ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("idly", "idl"),
        ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
        ("inning", "inning"), ("outing", "outing"), ("canning", "canning"), ("herring", "herring"),
        ("proceed", "proceed"), ("exceed", "exceed"), ("succeed", "succeed"),
        // Step 0 and 1a.
        ("council's", "council"), ("members'", "member"), ("caresses", "caress"), ("ties", "tie"), ("cries", "cri"),
        ("gas", "gas"), ("this", "this"), ("gaps", "gap"), ("kiwis", "kiwi"), ("census", "census"),
        // Step 1b and 1c.
        ("bleed", "bleed"), ("guaranteed", "guarante"), ("luxuriating", "luxuri"), ("hopping", "hop"),
        ("hoping", "hope"), ("cry", "cri"), ("by", "by"), ("say", "say"), ("sing", "sing"),
        // Special prefixes and later steps.
        ("generous", "generous"), ("generously", "generous"), ("communication", "communic"), ("arsenal", "arsenal"),
        ("procurement", "procur"), ("procure", "procur"), ("procured", "procur"), ("national", "nation"),
        ("meetings", "meet"), ("minutes", "minut"), ("commissioning", "commiss"), ("hopeful", "hope"),
        ("happy", "happi"), ("a", "a"), ("is", "is"), ("2026", "2026"), ("café", "café"),
    ]

    @Test(arguments: snowballExamples + ruleExamples)
    func stems(_ example: (String, String)) {
        #expect(EnglishStemmer.stem(example.0) == example.1, "\(example.0)")
    }

    /// The vectors the JavaScript stemmer is checked against (Tests/js): recorded from this stemmer with
    /// NOTICEBOARD_RECORD=1, compared otherwise, so the two implementations cannot drift apart silently.
    @Test func recordedVectorsMatch() throws {
        let url = SearchFixtures.folder.appendingPathComponent("stemmer-vectors.tsv")
        let words = try SearchFixtures.vectorWords()
        let expected = words.map { "\($0)\t\(EnglishStemmer.stem($0))" }.joined(separator: "\n") + "\n"
        if SearchFixtures.recording {
            try Data(expected.utf8).write(to: url)
        }
        let recorded = try String(contentsOf: url, encoding: .utf8)
        #expect(recorded == expected)
    }
}
