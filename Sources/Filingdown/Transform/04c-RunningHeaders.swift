/// Running headers and footers: the same short text (digits aside) at many page edges,
/// marked as furniture. A footer that ends in the page number gives its label to the break.
/// Page numbers marked before are not keys: "17" and "18" would be one key, digits aside.
enum RunningHeaders: DraftPass {
    /// A line counts as running when it appears at a quarter of the page edges or more: a
    /// header printed on every page of one part of the filing (a financial-statements header)
    /// reaches that share, a title the filer repeats on two or three pages does not.
    static let boundaryShare = 0.25
    /// Never fewer edges than three: on a short document two alike can be chance (a heading
    /// repeated on a continued page), three are a pattern.
    static let minimumBoundaries = 3

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        guard let edges = PageFurniture.Edges(drafts) else { return }
        var seenAt: [String: Set<Int>] = [:]
        var positions: [String: [Int]] = [:]
        var keyAt: [Int: String] = [:]
        for (n, b) in edges.boundaries.enumerated() {
            var near = PageFurniture.paragraphsBefore(b, in: drafts)
            if b < drafts.count { near += PageFurniture.paragraphsAfter(b, in: drafts) }
            for i in near where !context.furniture.contains(i) {
                guard let key = keyAt[i] ?? PageFurniture.furnitureKey(PageFurniture.text(drafts[i])) else { continue }
                keyAt[i] = key
                seenAt[key, default: []].insert(n)
                positions[key, default: []].append(i)
            }
        }
        let needed = max(minimumBoundaries, Int((Double(edges.boundaries.count) * boundaryShare).rounded(.up)))
        var running = Set<Int>()
        for (key, at) in seenAt where at.count >= needed { running.formUnion(positions[key]!) }
        markRunningLogos(drafts, edges, needed: needed, &context)
        for i in keepingMostOfEachPage(running, in: drafts) { context.furniture.mark(i, in: drafts) }
        // A repeated block keeps its first appearance and a continuation line says nothing of
        // its own: both go even where the page is short.
        for i in repeatedPageTops(drafts, edges, excluding: running, context).union(continuationLines(drafts, edges)) {
            context.furniture.mark(i, in: drafts)
        }
        for i in sectionRunningLines(drafts, edges, excluding: running, context)
            .union(itemLabelsAboveCaptions(drafts, edges, context)).union(itemLabelsRepeated(drafts, edges, context)) {
            context.furniture.mark(i, in: drafts)
        }
        for (key, at) in seenAt where at.count >= needed {
            // A footer such as "Acme Corp. | 2024 Form 10-K | 17" carries the page number.
            for b in edges.breaks {
                guard case .pageBreak(var pb) = drafts[b], pb.number == nil else { continue }
                for i in PageFurniture.paragraphsBefore(b, in: drafts) where keyAt[i] == key {
                    if let last = PageFurniture.text(drafts[i]).split(separator: " ").last,
                       let label = PageFurniture.pageLabel(String(last)) {
                        pb.number = label
                        drafts[b] = .pageBreak(pb)
                    }
                    break
                }
            }
        }
    }

    /// The same image at page edges as often as a running line: a logo in the header or
    /// footer, printed on every page (homedepot-10k-2024's, 83 times).
    private static func markRunningLogos(_ drafts: [Draft], _ edges: PageFurniture.Edges, needed: Int,
                                         _ context: inout PassContext) {
        var pagesOf: [String: Set<Int>] = [:]
        var at: [String: [Int]] = [:]
        for (n, b) in edges.boundaries.enumerated() {
            for i in PageFurniture.imagesNear(b, in: drafts) {
                guard case .image(_, let source) = drafts[i], !source.isEmpty else { continue }
                pagesOf[source, default: []].insert(n)
                at[source, default: []].append(i)
            }
        }
        for (source, pages) in pagesOf where pages.count >= needed {
            for i in at[source]! { context.furniture.mark(i, in: drafts) }
        }
    }

    /// The most lines of a running header block at the top of a page.
    static let blockMaxLines = 3
    /// A block of two or more lines is running from its third appearance at a page top.
    static let blockMinimumPages = 3

    /// A header of several lines printed at the top of every page of one part of the filing
    /// (Loncor's 20-F for 2015: `Loncor Resources Inc.` / `NOTES TO CONSOLIDATED FINANCIAL
    /// STATEMENTS` / `As at and for the years ended …` on each of 22 pages; apple-corresp-2024's
    /// letter date and confidentiality legend), too few pages for a quarter of the edges: the
    /// first appearance stays as the part's title, the repeats are furniture. Lines compare
    /// whole, digits included (`NOTE 5` is not `NOTE 6`); the longest block that repeats wins.
    private static func repeatedPageTops(_ drafts: [Draft], _ edges: PageFurniture.Edges, excluding running: Set<Int>,
                                         _ context: PassContext) -> Set<Int> {
        var marks = Set<Int>()
        var tops: [[Int]] = []
        for b in edges.breaks {
            let lines = PageFurniture.paragraphsAfter(b, in: drafts, limit: blockMaxLines)
                .filter { !context.furniture.contains($0) && !running.contains($0) }
            guard lines.count >= 2, lines.allSatisfy({ PageFurniture.furnitureKey(PageFurniture.text(drafts[$0])) != nil }) else { continue }
            tops.append(lines)
        }
        guard tops.count >= blockMinimumPages else { return marks }
        func key(_ lines: ArraySlice<Int>) -> String {
            lines.map { PageFurniture.text(drafts[$0]).lowercased() }.joined(separator: "\n")
        }
        var done = Set<Int>()
        for size in stride(from: blockMaxLines, through: 2, by: -1) {
            var pagesOf: [String: [Int]] = [:]
            for (t, lines) in tops.enumerated() where lines.count >= size && !done.contains(t) {
                pagesOf[key(lines.prefix(size)), default: []].append(t)
            }
            for (_, pages) in pagesOf where pages.count >= blockMinimumPages {
                for t in pages.dropFirst() {
                    marks.formUnion(tops[t].prefix(size))
                }
                done.formUnion(pages)
            }
        }
        return marks
    }

    /// The fewest pages in a row with the same top line for it to be one section's running header.
    static let sectionRunMinimumPages = 3

    /// One section's running header: the same line atop every page of one section, in a row,
    /// too few pages of the filing for a quarter of the edges. Mastercard's 10-K for 2024 prints
    /// `ITEM 1. BUSINESS` atop the 20 pages of Item 1 and `ITEM 8. FINANCIAL STATEMENTS AND
    /// SUPPLEMENTARY DATA - NOTES TO CONSOLIDATED FINANCIAL STATEMENTS` atop each page of its
    /// notes: 47 more Item headings. The first stays as the section's title, unless the
    /// section's own caption follows it (`ITEM 1. BUSINESS` above `Item 1. Business`).
    private static func sectionRunningLines(_ drafts: [Draft], _ edges: PageFurniture.Edges, excluding running: Set<Int>,
                                            _ context: PassContext) -> Set<Int> {
        var marks = Set<Int>()
        var run: [Int] = []
        var runText = ""
        func close() {
            defer { run = [] }
            guard run.count >= sectionRunMinimumPages, let first = run.first else { return }
            marks.formUnion(run.dropFirst())
            if let role = ItemLabel.role(runText), let next = nextParagraph(after: first, in: drafts),
               ItemLabel.role(PageFurniture.text(drafts[next])) == role {
                marks.insert(first)
            }
        }
        for b in edges.breaks {
            // Below what is already furniture: Mastercard's `PART I` above `ITEM 1. BUSINESS`.
            guard let top = PageFurniture.paragraphsAfter(b, in: drafts, limit: blockMaxLines)
                .first(where: { !context.furniture.contains($0) && !running.contains($0) }) else { close(); continue }
            let text = PageFurniture.text(drafts[top])
            // A numbered field opens each repeated cover page of a Schedule 13D or TO
            // (`1 NAME OF REPORTING PERSON`, cvrenergy-sctota-2025): the form, not a header.
            // Longer than other running lines may be: `ITEM 7. MANAGEMENT’S DISCUSSION AND ANALYSIS OF
            // FINANCIAL CONDITION AND RESULTS OF OPERATIONS` is 14 words.
            guard text.utf8.count <= PageFurniture.runningLineMaxBytes, !text.utf8.contains(0x0A) || !text.contains("\n"),
                  !(text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? true) else {
                close(); continue
            }
            if !run.isEmpty, !sameIgnoringCase(text, runText) { close() }
            if run.isEmpty { runText = text }
            run.append(top)
        }
        close()
        return marks
    }

    /// `a.lowercased() == b.lowercased()`, read on bytes as far as they decide it: the lines
    /// compared are each page's top line, and lowercasing two copies of each cost more than
    /// the pass. Bytes the same but for ASCII case lowercase the same; two ASCII bytes apart
    /// after such a prefix lowercase apart; anything else is left to `lowercased`.
    private static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        var x = a.utf8.makeIterator(), y = b.utf8.makeIterator()
        while true {
            switch (x.next(), y.next()) {
            case (nil, nil): return true
            case let (p?, q?) where lower(p) == lower(q): continue
            case let (p?, q?) where p < 0x80 && q < 0x80: return false
            default: return a.lowercased() == b.lowercased()
            }
        }
    }

    /// An Item's running label atop a page, right above that Item's own caption: Mastercard's
    /// `ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK` over `Item 7A.
    /// Quantitative and qualitative disclosures about market risk`, on a page too short a run for
    /// `sectionRunningLines`. The caption stays; the label would be a second Item 7A heading.
    private static func itemLabelsAboveCaptions(_ drafts: [Draft], _ edges: PageFurniture.Edges,
                                               _ context: PassContext) -> Set<Int> {
        var marks = Set<Int>()
        for b in edges.breaks {
            for i in PageFurniture.paragraphsAfter(b, in: drafts, limit: blockMaxLines) where !context.furniture.contains(i) {
                let text = PageFurniture.text(drafts[i])
                guard text.utf8.count <= PageFurniture.runningLineMaxBytes, case .item(let number)? = ItemLabel.role(text),
                      let next = nextParagraph(after: i, in: drafts),
                      case .item(number)? = ItemLabel.role(PageFurniture.text(drafts[next])) else { continue }
                marks.insert(i)
            }
        }
        return marks
    }

    /// A paragraph or table at least this long between two labels of one Item shows the Item's
    /// text began: the second label atop a page is the Item's running label, not a caption.
    static let itemTextMinBytes = 200

    /// An Item's label atop a page of that Item, after its caption and some of its text:
    /// Mastercard's `ITEM 1C. CYBERSECURITY` atop the second and third pages of Item 1C, and
    /// `ITEM 8. … - NOTES TO CONSOLIDATED FINANCIAL STATEMENTS` atop every page of its notes.
    /// A contents list and a one-Item amendment's body have no text between their labels.
    private static func itemLabelsRepeated(_ drafts: [Draft], _ edges: PageFurniture.Edges,
                                           _ context: PassContext) -> Set<Int> {
        var pageTops = Set<Int>()
        for b in edges.breaks { pageTops.formUnion(PageFurniture.paragraphsAfter(b, in: drafts, limit: blockMaxLines)) }
        var marks = Set<Int>()
        var openItem: String?
        var textSinceLabel = false
        for (i, d) in drafts.enumerated() where !context.furniture.contains(i) {
            switch d {
            case .paragraph(let p):
                let text = p.text
                if text.utf8.count <= PageFurniture.runningLineMaxBytes, case .item(let number)? = ItemLabel.role(text) {
                    if pageTops.contains(i), number == openItem, textSinceLabel {
                        marks.insert(i)
                    } else {
                        openItem = number
                        textSinceLabel = false
                    }
                } else if text.utf8.count >= itemTextMinBytes {
                    textSinceLabel = true
                }
            case .table, .listItem, .preformatted:
                textSinceLabel = true
            case .settled(let block):
                if case .table = block.content { textSinceLabel = true }
            default:
                break
            }
        }
        return marks
    }

    /// The next paragraph after `i`, past rules and images; nil at anything else.
    private static func nextParagraph(after i: Int, in drafts: [Draft]) -> Int? {
        var j = i + 1
        while j < drafts.count {
            switch drafts[j] {
            case .paragraph: return j
            case .rule, .image: j += 1
            default: return nil
            }
        }
        return nil
    }

    /// What a page that goes on with the section above prints at its top to say so:
    /// `**Executive Compensation** (continued)` (cabot-def14a-2024), `(con’d.)`
    /// (roanokeelectricsteel-10k-2003), `NOTES TO FINANCIAL STATEMENTS — Continued`.
    static let continuationMarks = ["(continued", "(cont’d", "(cont'd", "(con’d", "(con'd", "(cont.)", "— continued",
                                    "– continued", "- continued"]
    /// Longer lines are sentences that happen to say "continued".
    static let continuationLineMaxBytes = 120

    private static func continuationLines(_ drafts: [Draft], _ edges: PageFurniture.Edges) -> Set<Int> {
        var marks = Set<Int>()
        for b in edges.breaks {
            for i in PageFurniture.paragraphsAfter(b, in: drafts, limit: blockMaxLines) {
                let text = PageFurniture.text(drafts[i])
                guard text.utf8.count <= continuationLineMaxBytes, spellsCon(text.utf8) else { continue }
                let lower = text.lowercased()
                if continuationMarks.contains(where: { lower.containsBytes($0) }) || lower == "continued" { marks.insert(i) }
            }
        }
        return marks
    }

    /// Every continuation mark, and `continued`, spells `con`: lowercasing makes these ASCII
    /// letters of no other character, so a line without them in any case is none.
    private static func spellsCon(_ u: String.UTF8View) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0
        for byte in u {
            let c = byte | 0x20
            if a == UInt8(ascii: "c") && b == UInt8(ascii: "o") && c == UInt8(ascii: "n") { return true }
            a = b
            b = c
        }
        return false
    }

    /// The running lines to mark, less those of any page where they carry most of the text,
    /// in lines and in bytes: a document of short, repeating pages is its repeated lines.
    private static func keepingMostOfEachPage(_ running: Set<Int>, in drafts: [Draft]) -> Set<Int> {
        guard !running.isEmpty else { return running }
        var pageOf = [Int](repeating: 0, count: drafts.count)
        var backLink = [Bool](repeating: false, count: drafts.count)
        var total: [(lines: Int, bytes: Int)] = [(0, 0)]
        for (i, d) in drafts.enumerated() {
            switch d {
            case .pageBreak: total.append((0, 0))
            case .rule: break
            // Back-links go in any case, so they weigh nothing either way.
            case .paragraph(let p):
                backLink[i] = PageFurniture.isBackLink(d)
                guard !backLink[i] else { break }
                total[total.count - 1].lines += 1
                total[total.count - 1].bytes += p.text.utf8.count
            default:
                // A table, list or image outweighs any running line.
                total[total.count - 1].lines += 1
                total[total.count - 1].bytes += PageFurniture.runningLineMaxBytes + 1
            }
            pageOf[i] = total.count - 1
        }
        var furniture = [(lines: Int, bytes: Int)](repeating: (0, 0), count: total.count)
        for i in running where !backLink[i] {
            furniture[pageOf[i]].lines += 1
            furniture[pageOf[i]].bytes += PageFurniture.text(drafts[i]).utf8.count
        }
        return running.filter {
            let page = pageOf[$0]
            return furniture[page].lines * 2 <= total[page].lines || furniture[page].bytes * 2 <= total[page].bytes
        }
    }
}
