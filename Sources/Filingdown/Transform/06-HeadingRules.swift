/// Decides which paragraphs are headings from how the filing looks (bold, larger, all
/// capitals and centred), with a content floor, and gives them consistent levels:
/// Parts are level 2 and Items level 3 wherever they appear in the body; every other
/// heading style gets a level from a ranking of the styles between two captions (`rankStyles`).
enum HeadingRules: DraftPass {
    static let partLevel = 2
    static let itemLevel = 3
    static let firstStyleLevel = 4

    /// The fewest Part/Item captions in a row (nothing but furniture between) that may be a
    /// table of contents, each entry one when the body repeats it later: two in a row are a
    /// Part and its first Item.
    static let contentsRunLength = 3
    /// A Part or Item line at least this bold is a caption whatever its case and length.
    static let captionBoldShare: Float = 0.5
    /// A styled heading is bold or italic throughout, save a stray space or marker.
    static let styledShare: Float = 0.9
    /// A heading's size is larger than the body's by this ratio: 12pt in a 10pt body, not 11pt.
    static let largerRatio: Float = 1.15
    /// And by a point at least: in small print the ratio alone would take a half-point step
    /// for a heading.
    static let largerPoints: Float = 1
    /// The most words of a styled heading: a bold line longer than this is a lead-in sentence.
    static let headingMaxWords = 16
    /// A bold line ending in `.`, `:`, `;` or `,` is a heading up to this many words
    /// (`Overview.`, `Risks Related to Our Business:`); longer, it is an emphasised sentence.
    static let punctuatedHeadingMaxWords = 8

    enum Caption { case part, item }

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        joinSplitItemTitles(&drafts)
        let bodySize = bodyFontSize(drafts)
        // Captions first: Part/Item lines, except runs of them with nothing between (a contents list).
        var captions: [(index: Int, kind: Caption)] = []
        for (i, d) in drafts.enumerated() {
            guard case .paragraph(let p) = d, let kind = caption(p, bodySize: bodySize) else { continue }
            captions.append((i, kind))
        }
        var captionKinds = Dictionary(uniqueKeysWithValues: captions.map { ($0.index, $0.kind) })
        // A contents list names captions the body repeats later; three captions in a row in
        // the body itself (`Item 4. Reserved`, `PART II`, `Item 5.`) are not repeated.
        let keys = captions.map { c -> String in
            if case .paragraph(let p) = drafts[c.index] { return captionKey(p.text) }
            return ""
        }
        var contents = Set<Int>()
        var run: [Int] = []
        func closeRun() {
            defer { run = [] }
            guard run.count >= contentsRunLength else { return }
            // Each entry of the run is a contents line when the body repeats it later.
            for index in run {
                guard let k = captions.firstIndex(where: { $0.index == index }) else { continue }
                if keys[(k + 1)...].contains(keys[k]) { contents.insert(index) }
            }
        }
        for (k, c) in captions.enumerated() {
            if let prev = run.last, !onlyFurnitureBetween(prev, c.index, drafts) { closeRun() }
            run.append(c.index)
            if k == captions.count - 1 { closeRun() }
        }

        // Schedule 13G prints `Item 1(a). Name of Issuer:` and no `Item 1`: the first
        // sub-designation of an Item with no caption of its own opens that Item.
        let captioned = Set(captions.filter { !contents.contains($0.index) }.compactMap { c -> String? in
            guard case .paragraph(let p) = drafts[c.index] else { return nil }
            return ItemLabel.role(p.text)?.number
        })
        var opened = Set<String>()
        for (i, d) in drafts.enumerated() where captionKinds[i] == nil {
            guard case .paragraph(let p) = d, ItemLabel.opensWithPartOrItem(p.text.utf8), p.text.count <= 250, !p.look.allLink,
                  p.look.boldShare >= captionBoldShare || p.htmlHeadingLevel != nil || isAllCapitals(p.text),
                  let sub = ItemLabel.firstSubdesignation(p.text), !captioned.contains(sub.number), !opened.contains(sub.number)
            else { continue }
            opened.insert(sub.number)
            captions.append((i, .item))
            captionKinds[i] = .item
        }
        captions.sort { $0.index < $1.index }

        // Levels come from a ranking of the heading styles within each stretch between Part
        // and Item captions (the cover page, each Item): the most prominent style there is
        // level 4, the styles it holds 5, and so on. One style has one level within a stretch.
        var looks = [StyleKey?](repeating: nil, count: drafts.count)
        var numberings = [Numbering](repeating: .none, count: drafts.count)
        for i in drafts.indices {
            guard case .paragraph(let p) = drafts[i], captionKinds[i] == nil, let key = styleKey(p, bodySize: bodySize) else { continue }
            looks[i] = key
            numberings[i] = numbering(p.text)
        }
        var levels = [Int](repeating: firstStyleLevel, count: drafts.count)
        var stretchStart = 0
        for boundary in captions.map(\.index).filter({ !contents.contains($0) }) + [drafts.count] {
            rankStyles(looks, numberings, in: stretchStart..<boundary, into: &levels)
            stretchStart = boundary + 1
        }
        for i in drafts.indices {
            guard case .paragraph(let p) = drafts[i] else { continue }
            if let kind = captionKinds[i] {
                if contents.contains(i) { continue }
                drafts[i] = .settled(Block(.heading(Heading(level: kind == .part ? partLevel : itemLevel,
                                                            inlines: headingInlines(p.inlines), role: role(p.text))),
                                           source: p.source.map(SourceSpan.init)))
                continue
            }
            guard looks[i] != nil else { continue }
            let role: HeadingRole = ItemLabel.isSignatures(p.text) ? .signatures : .section
            drafts[i] = .settled(Block(.heading(Heading(level: levels[i], inlines: headingInlines(p.inlines), role: role)),
                                       source: p.source.map(SourceSpan.init)))
        }
    }

    /// Levels from 4 down for the styled headings of one stretch. The stretch's styles are ranked,
    /// most prominent first: larger type, then capitals, centring, bold, no italics. A numbered
    /// series with headings that look the same between its entries (`5. Retirement Plans`,
    /// then `Expense` styled the same inside it: unionpacific-10q-2025q2) is a style of its
    /// own, ranked above them. A style's level is one
    /// below the deepest more prominent style it ever follows (a style that only ever follows
    /// Items is level 4 however many styles outrank it), so one style has one level and a
    /// heading never sits above one it follows.
    static func rankStyles(_ looks: [StyleKey?], _ numberings: [Numbering], in stretch: Range<Int>, into levels: inout [Int]) {
        guard !stretch.isEmpty else { return }
        struct Style: Hashable { var look: StyleKey; var numbering: Numbering }
        // A numbered series is a style of its own when headings that look the same but carry
        // no number sit between its first and last member: they are inside its entries.
        var series: [Style: (count: Int, first: Int, last: Int)] = [:]
        for i in stretch {
            guard let look = looks[i], numberings[i] != .none else { continue }
            let style = Style(look: look, numbering: numberings[i])
            let s = series[style] ?? (0, i, i)
            series[style] = (s.count + 1, s.first, i)
        }
        for (style, s) in series where style.numbering != .note {
            let inside = s.count >= 2 && (s.first..<s.last).contains { looks[$0] == style.look && numberings[$0] == .none }
            if !inside { series[style] = nil }
        }
        var firstUse: [Style: Int] = [:]
        var styles: [(index: Int, style: Style)] = []
        for i in stretch {
            guard let look = looks[i] else { continue }
            var style = Style(look: look, numbering: numberings[i])
            if series[style] == nil { style.numbering = .none }
            styles.append((i, style))
            if firstUse[style] == nil { firstUse[style] = i }
        }
        guard !styles.isEmpty else { return }
        let ranked = firstUse.keys.sorted { a, b in
            let pa = a.look.prominence, pb = b.look.prominence
            if pa != pb { return pa > pb }
            if (a.numbering == .none) != (b.numbering == .none) { return b.numbering == .none }
            return firstUse[a]! < firstUse[b]!
        }
        var rank: [Style: Int] = [:]
        for (r, style) in ranked.enumerated() { rank[style] = r }
        // Which more prominent style each style follows: the innermost one still open.
        var parents = [[Int]](repeating: [], count: ranked.count)
        var open: [Int] = []
        for (_, style) in styles {
            let r = rank[style]!
            while let last = open.last, last >= r { open.removeLast() }
            if let parent = open.last, !parents[r].contains(parent) { parents[r].append(parent) }
            // Notes (`Note 5 – Leases`) hold their sub-headings one level down in `NoteLevels`:
            // held here too, the headings after the last note styled like those sub-headings
            // (the auditor's report) would go a level down with them.
            if style.numbering != .note { open.append(r) }
        }
        var depth = [Int](repeating: 0, count: ranked.count)
        for r in ranked.indices {
            depth[r] = parents[r].map { depth[$0] + 1 }.max() ?? 0
        }
        // Deeper than 6 for now: `StretchLevels` closes the gaps the back matter leaves and
        // caps the levels at 6 once the stretches are final.
        for (i, style) in styles { levels[i] = firstStyleLevel + depth[rank[style]!] }
    }

    /// How a heading's number is written, when it opens with one: `1.`, `(a)`, `IV.`, `Note 5`.
    enum Numbering: Hashable { case none, arabic, letter, roman, note }

    static func numbering(_ text: String) -> Numbering {
        let u = Array(text.utf8.prefix(12))
        guard let first = u.first else { return .none }
        if first | 0x20 == UInt8(ascii: "n"), NoteLevels.noteNumber(text) != nil { return .note }
        var k = first == UInt8(ascii: "(") ? 1 : 0
        let start = k
        while k < u.count, k - start < 4, isASCIILetterOrDigit(u[k]) { k += 1 }
        guard k > start, k < u.count, u[k] == UInt8(ascii: ".") || u[k] == UInt8(ascii: ")"),
              k + 1 < u.count, u[k + 1] == 0x20 || u[k + 1] == 0xC2 else { return .none }
        let label = u[start..<k]
        if label.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return label.count <= 2 ? .arabic : .none }
        if label.allSatisfy({ "IVXivx".utf8.contains($0) }) && (label.count > 1 || start == 1) { return .roman }
        return label.count == 1 && isASCIILetterOrDigit(label.first!) ? .letter : .none
    }

    private static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// The most characters of an Item's title printed as a paragraph of its own after the label.
    static let splitTitleMaxCharacters = 160

    /// `Item 14.` alone, then its title as the next paragraph (the label and the title in
    /// separate blocks of the source): one caption, `Item 14. Principal Accountant Fees and
    /// Services`. The title must look like the label (bold, or capitals) and be no caption itself.
    static func joinSplitItemTitles(_ drafts: inout [Draft]) {
        var i = 0
        while i + 1 < drafts.count {
            defer { i += 1 }
            guard case .paragraph(var p) = drafts[i], case .paragraph(let q) = drafts[i + 1],
                  p.text.utf8.count <= 16, caption(p) == .item, let parsed = ItemLabel.parse(p.text), parsed.title.isEmpty,
                  q.text.count <= splitTitleMaxCharacters, !q.text.contains("\n"), caption(q) == nil,
                  q.look.boldShare >= captionBoldShare || isAllCapitals(q.text) || q.htmlHeadingLevel != nil,
                  p.look.boldShare >= captionBoldShare || p.htmlHeadingLevel != nil || p.text == p.text.uppercased(),
                  !q.text.hasSuffix(","), !q.text.hasSuffix(";")
            else { continue }
            p.inlines += [.text(" ")] + q.inlines
            p.text += " " + q.text
            if let a = p.source, let b = q.source { p.source = a.lowerBound..<max(a.upperBound, b.upperBound) }
            drafts.remove(at: i + 1)
            // A title broken over more lines (`Principal Accountant Fees` / `and Services`)
            // goes on while the next line carries on the phrase.
            while i + 1 < drafts.count, case .paragraph(let r) = drafts[i + 1], caption(r) == nil, !r.text.contains("\n"),
                  r.look.boldShare >= captionBoldShare || isAllCapitals(r.text),
                  p.text.count + r.text.count < splitTitleMaxCharacters, continuesTitle(p.text, with: r.text) {
                p.inlines += [.text(" ")] + r.inlines
                p.text += " " + r.text
                if let a = p.source, let b = r.source { p.source = a.lowerBound..<max(a.upperBound, b.upperBound) }
                drafts.remove(at: i + 1)
            }
            drafts[i] = .paragraph(p)
        }
    }

    /// Words that never end a title: a line ending in one runs on to the next.
    static let runOnWords: Set<String> = ["and", "of", "the", "for", "to", "in", "on", "or", "with", "from", "by", "&", "a", "an"]

    /// Whether `next` carries on the title `title`: it opens in lower case, or the title
    /// stops on a word that cannot end it, a comma or a dash.
    static func continuesTitle(_ title: String, with next: String) -> Bool {
        if let f = next.unicodeScalars.first, f.properties.isLowercase { return true }
        if let l = title.last, ",-–—".contains(l) { return true }
        let lastWord = title.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return runOnWords.contains(lastWord)
    }

    /// The role a Part or Item caption's text names; a caption whose label the grammar cannot
    /// read (`Item A`) keeps its level but names no section.
    private static func role(_ text: String) -> HeadingRole {
        if let role = ItemLabel.role(text) { return role }
        if let sub = ItemLabel.firstSubdesignation(text) { return .item(sub.number) }
        return .section
    }

    /// `ITEM 1A.` and `Item 1A Risk Factors` are one key: the first two words, letters and digits only.
    private static func captionKey(_ text: String) -> String {
        text.uppercased().split(separator: " ").prefix(2).map { $0.filter { $0.isLetter || $0.isNumber } }.joined(separator: " ")
    }

    private static func onlyFurnitureBetween(_ a: Int, _ b: Int, _ drafts: [Draft]) -> Bool {
        guard b > a + 1 else { return true }
        for d in drafts[(a + 1)..<b] {
            if case .pageBreak = d { continue }
            return false
        }
        return true
    }

    // MARK: captions

    /// `bodySize`: the body text's font size, when known; a caption set larger stands alone.
    static func caption(_ p: Paragraph, bodySize: Float = 0) -> Caption? {
        let text = p.text
        // Cheap byte test first: nearly every paragraph starts with neither word.
        guard ItemLabel.opensWithPartOrItem(text.utf8) else { return nil }
        // Bytes first: no more Characters than bytes, and no line feed without a 0x0A byte.
        guard text.utf8.count <= 400, text.utf8.count <= 250 || text.count <= 250, !p.look.allLink,
              !text.utf8.contains(0x0A) || !text.contains("\n") || text.count <= 160 else { return nil }
        let words = whitespaceWords(text)
        guard let first = words.first else { return nil }
        let head = first.lowercased()
        if head == "part", words.count >= 2, words.count <= 14 {
            // "PART I", "Part II.", "PART I—FINANCIAL INFORMATION", "PART 1"
            let numeral = words[1].uppercased().prefix { "IVX1234".contains($0) }
            let rest = words[1].dropFirst(numeral.count)
            guard ["I", "II", "III", "IV", "1", "2", "3", "4"].contains(numeral),
                  rest.first.map({ !$0.isLetter && !$0.isNumber }) ?? true else { return nil }
            if words.count > 2 && endsWithPageNumber(words) { return nil }
            return looksStandalone(p, words: words, bodySize: bodySize) ? .part : nil
        }
        if head == "item" || head.hasPrefix("item") && head.count > 4 && head.dropFirst(4).first!.isNumber {
            guard words.count <= 30 else { return nil }
            let labelWord = head == "item" ? (words.count > 1 ? String(words[1]) : "") : String(head.dropFirst(4))
            guard let firstChar = labelWord.first, firstChar.isNumber else { return nil }
            // `Item 14(a)(1)` is a sub-designation and `Item 1112(b) of Regulation AB` a rule's
            // item: neither is one of the form's Items.
            guard ItemLabel.role(text) != nil else { return nil }
            if endsWithPageNumber(words) && words.count > 2 { return nil }
            if text.hasSuffix(",") || text.hasSuffix(";") { return nil }
            return looksStandalone(p, words: words, bodySize: bodySize) ? .item : nil
        }
        return nil
    }

    /// `split(whereSeparator: \.isWhitespace)`, on bytes for ASCII text without a carriage
    /// return: there each byte is a Character and the white space is these five.
    private static func whitespaceWords(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return text.split(whereSeparator: { $0.isWhitespace }) }
        return text.words(splitAt: " \t\n\u{0B}\u{0C}")
    }

    private static func looksStandalone(_ p: Paragraph, words: [Substring], bodySize: Float) -> Bool {
        if p.look.boldShare >= captionBoldShare || p.htmlHeadingLevel != nil { return true }
        // Mastercard's 10-K for 2024 sets its Item captions in 18-point plain type over 9-point text.
        if bodySize > 0, p.look.fontSize >= bodySize * largerRatio, p.look.fontSize >= bodySize + largerPoints { return true }
        if words.first.map({ $0 == $0.uppercased() }) ?? false { return true }
        return words.count <= 12 && !p.text.hasSuffix(".") || words.count <= 6 || hasTitleCaseTitle(words)
    }

    /// The most words a caption in plain type may have when its title is in title case.
    static let titleCaseCaptionMaxWords = 24

    /// `Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer
    /// Purchases of Equity Securities.` in plain type is still the Item's caption: P&G's 10-K for
    /// 2025 prints every Item so, only the title underlined. A sentence after a label (`Item 7.
    /// The information required by this item is incorporated …`) is not in title case.
    static func hasTitleCaseTitle(_ words: [Substring]) -> Bool {
        guard words.count <= titleCaseCaptionMaxWords else { return false }
        var significant = 0, capitalized = 0
        for word in words.dropFirst(2) {
            let letters = word.drop { !$0.isLetter }
            // Short words (`of`, `and`, `for`, `the`) are lower case in a title too.
            guard let first = letters.first, letters.count >= 4 else { continue }
            significant += 1
            if first.isUppercase { capitalized += 1 }
        }
        return significant >= 2 && capitalized * 5 >= significant * 4
    }

    private static func endsWithPageNumber(_ words: [Substring]) -> Bool {
        guard let last = words.last else { return false }
        return PageFurniture.isPageNumber(String(last)) && !(last.contains("."))
    }

    // MARK: styled headings

    struct StyleKey: Hashable {
        var bold: Bool
        var italic: Bool
        var capitals: Bool
        var centered: Bool
        var sizeStep: Int

        /// What makes a heading stand out, most telling first: larger type, capitals,
        /// centring, bold, then upright over italic.
        /// A tuple, compared element by element: an array here was allocated at every comparison of the sort.
        var prominence: (Int, Int, Int, Int, Int) { (sizeStep, capitals ? 1 : 0, centered ? 1 : 0, bold ? 1 : 0, italic ? 0 : 1) }
    }

    private static func styleKey(_ p: Paragraph, bodySize: Float) -> StyleKey? {
        let text = p.text
        guard text.utf8.count <= 480, text.utf8.count >= 2, !p.look.allLink else { return nil }
        // How the paragraph looks decides first; only candidates pay for the text checks.
        let bigger = p.look.fontSize >= bodySize * largerRatio && p.look.fontSize >= bodySize + largerPoints
        let bold = p.look.boldShare >= styledShare || boldPastNumber(p)
        // `SIGNATURES` alone on its line opens the signature page however it is set
        // (tgfin-10k-2010: indented with spaces in the body's Courier).
        let signatures = text.utf8.count <= 12 && ItemLabel.isSignatures(text) && isAllCapitals(text)
        guard bold || bigger || p.look.centered || p.htmlHeadingLevel != nil || signatures else { return nil }
        // No more characters than bytes: only a longer text pays for counting Characters.
        guard text.utf8.count <= 160 || text.count <= 160 else { return nil }
        let words = wordShape(text)
        guard words.count <= headingMaxWords else { return nil }
        // An address block or a name with its title is several lines, not a heading.
        guard words.lineFeeds < 2 else { return nil }
        guard passesContentFloor(text, longestWordLetters: words.longestLetters) else { return nil }
        let capitals = isAllCapitals(text)
        if let level = p.htmlHeadingLevel, level > 0 {
            guard HeadingContent.rejection(text) == nil else { return nil }
            return StyleKey(bold: true, italic: false, capitals: capitals, centered: p.look.centered, sizeStep: 10 - level)
        }
        guard bold || bigger || (capitals && p.look.centered) || signatures else { return nil }
        // A bold sentence is emphasis, not a heading.
        if words.count > punctuatedHeadingMaxWords, endsWithPunctuation(text) { return nil }
        if text.hasSuffix(",") || text.hasSuffix(";") { return nil }
        // What the line says is read last: it costs the most, and few lines get this far.
        guard HeadingContent.rejection(text) == nil else { return nil }
        let step = Int(((p.look.fontSize - bodySize) / 2).rounded())
        return StyleKey(bold: bold, italic: p.look.italicShare >= styledShare, capitals: capitals,
                        centered: p.look.centered, sizeStep: step)
    }

    /// Whether the last Character is `.`, `:`, `;` or `,`: the last byte decides when the scalar
    /// before it is ASCII too (then the two are not one Character).
    private static func endsWithPunctuation(_ text: String) -> Bool {
        let u = text.utf8
        guard let last = u.last else { return false }
        let before = u.dropLast().last
        if before == nil || before! < 0x80 { return ".:;,".utf8.contains(last) }
        return text.last.map { ".:;,".contains($0) } ?? false
    }

    /// A title in bold after a number in the body's weight (`3.` then `EXHIBITS` in bold:
    /// wellsfargo-10k-2024's Item 15) is as bold as the titles whose number is bold too.
    private static func boldPastNumber(_ p: Paragraph) -> Bool {
        guard p.look.boldShare > 0.5, p.inlines.count == 2, case .text(let label) = p.inlines[0], label.utf8.count <= 6,
              case .strong = p.inlines[1] else { return false }
        return numbering(label.split(separator: " ").joined() + " x") != .none
    }

    /// Four or more letters and no lower-case one; ASCII decided byte by byte.
    static func isAllCapitals(_ text: String) -> Bool {
        var letters = 0
        for u in text.unicodeScalars {
            if u.isASCII {
                let v = u.value
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { letters += 1 }
            } else if u.properties.isLowercase {
                return false
            } else if u.properties.isAlphabetic {
                letters += 1
            }
        }
        return letters >= 4
    }

    /// No heading without a real word: not `•`, `(a)`, `or`, `SM`, `(Mark One)`, `2024`. What
    /// a heading never says (`HeadingContent`) is checked by the caller, last.
    /// `longestWordLetters`: the letters of the line's longest word (`wordShape`).
    static func passesContentFloor(_ text: String, longestWordLetters: Int) -> Bool {
        guard longestWordLetters >= 3 else { return false }
        if let f = text.first, TableSelector.isBullet(String(f)) { return false }
        if text.hasPrefix("("), text.hasSuffix(")") { return false }
        if text.hasPrefix("*") || text.hasPrefix("/s/") { return false }
        if let f = text.unicodeScalars.first, "☐☒☑□■þýx¨".unicodeScalars.contains(f), text.unicodeScalars.dropFirst().first == " " || f != "x" { return false }
        guard text.utf8.count <= fillerMaxBytes else { return true }
        return !fillers.contains(text.lowercased())
    }

    /// The words of a line between spaces and line feeds (those `words(splitAt: " \n")` gives),
    /// counted, with the letters of the longest, and its line feeds: one pass over its scalars,
    /// no word made.
    static func wordShape(_ text: String) -> (count: Int, longestLetters: Int, lineFeeds: Int) {
        var count = 0, letters = 0, longest = 0, lineFeeds = 0, inWord = false
        for u in text.unicodeScalars {
            if u == " " || u == "\n" {
                if u == "\n" { lineFeeds += 1 }
                inWord = false
                continue
            }
            if !inWord {
                count += 1
                inWord = true
                letters = 0
            }
            if u.isASCII ? ((u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A) : u.properties.isAlphabetic {
                letters += 1
                longest = max(longest, letters)
            }
        }
        return (count, longest, lineFeeds)
    }

    /// Lines that are no heading whatever their look, in lower case.
    private static let fillers: Set<String> = ["and", "or", "the", "table of contents", "index", "inc.", "inc", "corp.", "llc", "ltd.", "l.p.", "plc"]
    /// Longer lines skip lowercasing: a character lowercases to no fewer than a third of its bytes (`K`, the Kelvin sign, to `k`).
    private static let fillerMaxBytes = 3 * "table of contents".utf8.count

    static func bodyFontSize(_ drafts: [Draft]) -> Float {
        var weights: [Int: Int] = [:]
        for d in drafts {
            if case .paragraph(let p) = d { weights[Int((p.look.fontSize * 2).rounded()), default: 0] += p.text.utf8.count }
        }
        guard let best = weights.max(by: { $0.value < $1.value }) else { return 10 }
        return Float(best.key) / 2
    }

    /// Headings are one line and already bold: drop strong marks and line breaks.
    static func headingInlines(_ inlines: [Inline]) -> [Inline] {
        inlines.removingStrong().spacingLineBreaks()
    }
}
