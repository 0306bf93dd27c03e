/// The notes to financial statements (`Note 1 – Summary of …`, `NOTE 5: HEDGING …`) as one
/// level right below the Items, with everything inside a note below it. Filers often style
/// a note's sub-headings exactly like the note (Apple's 10-K: both bold, same size) or
/// larger (Coca-Cola's 10-K: notes at the sixth style, their sub-headings at the fifth); the
/// numbering pattern is what tells them apart.
enum NoteLevels: DraftPass {
    static let noteLevel = HeadingRules.itemLevel + 1

    /// Headings that end the last note of a run though the filer styled them like its
    /// sub-headings: what follows the notes in Item 8 or after the Items.
    static let afterNotes = [
        "report of independent", "report of management", "management's report", "management’s report", "schedule ", "exhibit", "index to",
        "quarterly financial", "supplementary", "selected financial", "signature",
    ]

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        var headings: [(index: Int, heading: Heading)] = []
        for (i, d) in drafts.enumerated() {
            if case .settled(let b) = d, case .heading(let h) = b.content { headings.append((i, h)) }
        }
        let notes = headings.indices.filter { noteNumber(headings[$0].heading.inlines.plainText) != nil && headings[$0].heading.role == .section }
        guard notes.count >= 2 else { return }
        let noteSet = Set(notes)
        var newLevel: [Int: Int] = [:]
        // `Notes to Consolidated Financial Statements` just before the first note holds them.
        var noteLevel = Self.noteLevel
        if notes[0] > 0, headings[notes[0] - 1].heading.role == .section,
           headings[notes[0] - 1].heading.inlines.plainText.lowercased().hasPrefix("notes to") {
            newLevel[notes[0] - 1] = noteLevel
            noteLevel += 1
        }
        var allChildren: [Int] = []
        var afterLastNote: Int?
        for (n, k) in notes.enumerated() {
            let original = headings[k].heading.level
            newLevel[k] = noteLevel
            // The note's children: up to the next note, a Part or Item, or (after the last
            // note) a heading shallower than the note or one that names what follows notes.
            var children: [Int] = []
            var j = k + 1
            while j < headings.count {
                let h = headings[j].heading
                if noteSet.contains(j) || h.role != .section { break }
                if n == notes.count - 1 {
                    let text = h.inlines.plainText.lowercased()
                    if h.level < original || startsAfterNotes(text) { break }
                }
                children.append(j)
                j += 1
            }
            if n == notes.count - 1, j < headings.count, headings[j].heading.role == .section { afterLastNote = j }
            allChildren += children
        }
        // Children keep the order of their levels, from the level below the notes: one style,
        // one level, in every note (`StretchLevels` caps them at 6 later).
        let distinct = Set(allChildren.map { headings[$0].heading.level }).sorted()
        for c in allChildren {
            newLevel[c] = noteLevel + 1 + distinct.firstIndex(of: headings[c].heading.level)!
        }
        // What follows the notes in the Item (management's report, the auditor's report) is
        // outside them and outside `Notes to …`: each such report at the first level below the
        // Item, the headings up to the next report kept below it in their order.
        if let first = afterLastNote, startsAfterNotes(headings[first].heading.inlines.plainText) {
            let top = HeadingRules.firstStyleLevel
            var raise = 0
            var j = first
            while j < headings.count, headings[j].heading.role == .section, headings[j].heading.level > HeadingRules.itemLevel {
                let level = headings[j].heading.level
                if startsAfterNotes(headings[j].heading.inlines.plainText) {
                    raise = level - top
                    newLevel[j] = top
                } else {
                    newLevel[j] = max(top + 1, level - raise)
                }
                j += 1
            }
        }
        for (k, level) in newLevel {
            let i = headings[k].index
            guard case .settled(var b) = drafts[i], case .heading(var h) = b.content else { continue }
            h.level = level
            b.content = .heading(h)
            drafts[i] = .settled(b)
        }
    }

    /// A heading that names what follows the notes (`Report of Independent Registered…`).
    static func startsAfterNotes(_ text: String) -> Bool {
        let lower = text.lowercased()
        return afterNotes.contains { lower.hasPrefix($0) }
    }

    /// `Note 1`, `NOTE 12:`, `Note 3 – Leases`, `Note 4. Debt`: the note's number; nil for
    /// anything else (`Notes to Consolidated Financial Statements`, `Note 1.5 billion`).
    static func noteNumber(_ text: String) -> Int? {
        // Nearly no heading starts with the word: decided on bytes before any word is split.
        guard opensWithNote(text.utf8[...]) else { return nil }
        let words = text.words(splitAt: " \n", noBreakSpaces: true)
        guard words.count >= 2, words[0].lowercased() == "note" else { return nil }
        let w = words[1]
        let digits = w.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let n = Int(digits) else { return nil }
        let rest = w.dropFirst(digits.count)
        guard rest.isEmpty || rest.count == 1 && "-–—:.)".contains(rest.first!) else { return nil }
        return n
    }

    /// `note` in any case first, after spaces, line breaks and no-break spaces (what `words`
    /// skips); no other character lowercases to these ASCII letters.
    private static func opensWithNote(_ u: Substring.UTF8View) -> Bool {
        var u = u
        while let b = u.first {
            if b == 0x20 || b == 0x0A { u = u.dropFirst(); continue }
            if b == 0xC2, u.dropFirst().first == 0xA0 { u = u.dropFirst(2); continue }
            break
        }
        var head: UInt32 = 0, n = 0
        for b in u.prefix(4) {
            head = head << 8 | UInt32(b | 0x20)
            n += 1
        }
        // `note` as four ASCII bytes, first byte highest.
        return n == 4 && head == 0x6E6F_7465
    }
}
