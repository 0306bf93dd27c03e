import Testing
@testable import Filingdown

/// Paragraphs cut by a page end, on drafts built by hand, and once through the whole converter.
private func para(_ text: String, bold: Float = 0) -> Draft {
    .paragraph(Paragraph(inlines: [.text(text)], text: text,
                         look: .init(boldShare: bold, italicShare: 0, centered: false, fontSize: 10, allLink: false),
                         htmlHeadingLevel: nil))
}

private func shape(_ drafts: [Draft]) -> [String] {
    drafts.map {
        switch $0 {
        case .paragraph(let p): return p.text
        case .pageBreak(let pb): return "--- \(pb.number ?? "")"
        case .listItem(_, _, let content): return "• " + shape(content).joined(separator: " / ")
        default: return "other"
        }
    }
}

private func run(_ input: [Draft]) -> [String] {
    var drafts = input
    var context = PassContext()
    ContinuedParagraphs.apply(&drafts, &context)
    return shape(drafts)
}

private let first = "Our platform develops programmable RNA actuators that are designed to precisely"

struct ContinuedParagraphTests {
    @Test func aSentenceCutByAPageEndIsJoinedAndTheBreakFollowsIt() {
        #expect(run([para(first), .pageBreak(PageBreak(number: "2")), para("upregulate gene expression.")])
                == [first + " upregulate gene expression.", "--- 2"])
    }

    @Test func aParagraphRunningOverTwoPageEndsIsJoinedTwice() {
        #expect(run([para(first), .pageBreak(PageBreak(number: "2")), para("upregulate gene expression at a level that we believe is"),
                     .pageBreak(PageBreak(number: "3")), para("safe.")])
                == [first + " upregulate gene expression at a level that we believe is safe.", "--- 2", "--- 3"])
    }

    @Test func aFinishedSentenceOrACapitalStartStaysApart() {
        let done = "We are in the early stages of development and expect to report data in 2025."
        #expect(run([para(done), .pageBreak(PageBreak()), para("upregulate gene expression.")]).count == 3)
        #expect(run([para(first), .pageBreak(PageBreak()), para("Upregulate gene expression.")]).count == 3)
    }

    @Test func aShortLineBeforeTheBreakIsNoSentence() {
        // A caption or a heading left without a full stop.
        #expect(run([para("Our pipeline"), .pageBreak(PageBreak()), para("which we describe below.")]).count == 3)
    }

    @Test func withoutAPageBreakBetweenNothingIsJoined() {
        #expect(run([para(first), para("upregulate gene expression.")]).count == 2)
    }

    @Test func aListItemCutByAPageEndTakesItsContinuation() {
        let item = Draft.listItem(ordered: false, depth: 0, content: [para("We may fail to demonstrate safety and efficacy to the satisfaction of the")])
        #expect(run([item, .pageBreak(PageBreak()), para("regulators, which could delay approval.")])
                == ["• We may fail to demonstrate safety and efficacy to the satisfaction of the regulators, which could delay approval.", "--- "])
    }

    @Test func theJoinedParagraphLooksLikeMostOfItsText() {
        var drafts = [para(first, bold: 1), .pageBreak(PageBreak()), para(String(repeating: "plain words ", count: 20), bold: 0)]
        var context = PassContext()
        ContinuedParagraphs.apply(&drafts, &context)
        guard case .paragraph(let p) = drafts[0] else { Issue.record("no paragraph"); return }
        #expect(p.look.boldShare < 0.5)
    }

    @Test func markdownPutsThePageBreakAfterTheWholeSentence() {
        let html = """
        <p>Our platform develops programmable RNA actuators that are designed to precisely</p>
        <p style="text-align:center">2</p><hr style="page-break-after:always">
        <p>upregulate gene expression at the transcriptional level.</p>
        <p>Our pipeline follows.</p>
        """
        let md = convert(html)
        #expect(md.contains("designed to precisely upregulate gene expression at the transcriptional level.\n\n<!-- page 2 -->"))
    }
}

/// Over every golden filing: no page break stands between a paragraph that stops mid-sentence
/// and the lower-case rest of it.
struct ContinuedParagraphGoldenTests {
    @Test("No golden filing leaves a sentence split by a page break", arguments: GoldenCase.all)
    func noSentenceIsSplitByAPageBreak(_ golden: GoldenCase) throws {
        let documents = Converter(options: golden.options(format: .markdown)).documents(try golden.inputBytes())
        for d in documents {
            let blocks = d.body.blocks
            for (i, b) in blocks.enumerated() {
                guard case .pageBreak = b.content, i > 0, i + 1 < blocks.count,
                      case .paragraph(let before) = blocks[i - 1].content,
                      case .paragraph(let after) = blocks[i + 1].content else { continue }
                let ending = before.plainText, opening = after.plainText
                let cut = ending.utf8.count >= ContinuedParagraphs.minimumFirstHalfBytes
                    && ending.unicodeScalars.last.map { $0 == "," || $0.properties.isAlphabetic } == true
                    && ContinuedParagraphs.startsMidSentence(opening)
                #expect(!cut, "\(golden.name): …\(ending.suffix(40)) | \(opening.prefix(40))…")
            }
        }
    }
}
