/// A paragraph the printer cut at a page end is one paragraph again, and the page break goes
/// after it: camp4-424b4-2024 breaks 107 of its 265 pages mid-sentence (`…designed to
/// precisely` / page 2 / `upregulate gene expression…`), and a chunker splits there. Runs
/// after the furniture is gone, so the two halves stand on either side of the break.
enum ContinuedParagraphs: DraftPass {
    /// The first half is prose, not a caption or a heading left unpunctuated.
    static let minimumFirstHalfBytes = 60

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        var i = 0
        while i < drafts.count {
            guard endsMidSentence(drafts[i]) else { i += 1; continue }
            var j = i + 1
            while j < drafts.count, case .pageBreak = drafts[j] { j += 1 }
            guard j > i + 1, j < drafts.count, case .paragraph(let rest) = drafts[j], startsMidSentence(rest.text) else {
                i += 1
                continue
            }
            drafts[i] = joined(drafts[i], rest)
            drafts.remove(at: j)
            // The joined paragraph may run on across the next break too: look at it again.
        }
    }

    /// A paragraph (or a list item whose last paragraph) is prose that stops on a word or a
    /// comma: a sentence the page end interrupted.
    static func endsMidSentence(_ draft: Draft) -> Bool {
        switch draft {
        case .paragraph(let p):
            guard p.htmlHeadingLevel == nil, p.text.utf8.count >= minimumFirstHalfBytes else { return false }
            guard let last = p.text.unicodeScalars.last else { return false }
            return last == "," || last.properties.isAlphabetic || (last.isASCII && last.value >= 0x30 && last.value <= 0x39)
        case .listItem(_, _, let content):
            guard let last = content.last else { return false }
            return endsMidSentence(last)
        default:
            return false
        }
    }

    /// A second half opens with a lower-case letter: no sentence, heading or note does.
    static func startsMidSentence(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    static func joined(_ draft: Draft, _ rest: Paragraph) -> Draft {
        switch draft {
        case .paragraph(let p):
            return .paragraph(joined(p, rest))
        case .listItem(let ordered, let depth, var content):
            content[content.count - 1] = joined(content[content.count - 1], rest)
            return .listItem(ordered: ordered, depth: depth, content: content)
        default:
            return draft
        }
    }

    static func joined(_ first: Paragraph, _ rest: Paragraph) -> Paragraph {
        var p = first
        p.inlines.appendText(" ")
        for (k, inline) in rest.inlines.enumerated() {
            if k == 0, case .text(let t) = inline { p.inlines.appendText(t) } else { p.inlines.append(inline) }
        }
        p.text += " " + rest.text
        // How it looks is what most of its text looks like.
        let a = Float(first.text.utf8.count), b = Float(rest.text.utf8.count)
        p.look.boldShare = (first.look.boldShare * a + rest.look.boldShare * b) / (a + b)
        p.look.italicShare = (first.look.italicShare * a + rest.look.italicShare * b) / (a + b)
        p.look.allLink = first.look.allLink && rest.look.allLink
        if let s = first.source, let r = rest.source { p.source = s.lowerBound..<max(s.upperBound, r.upperBound) }
        return p
    }
}
