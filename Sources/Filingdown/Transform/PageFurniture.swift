/// What the printer put on every page rather than what the filer wrote: page numbers (kept on
/// the page-break block instead), running headers and footers, rules at page edges and
/// "Table of Contents" back-links next to page breaks. Each is a pass of its own (`RuledPageEnds`,
/// `PageNumbers`, `RunningHeaders`, `PageEdgeRules`, `BackLinks`); they mark, `FurnitureSweep`
/// removes, so every rule reads the page as printed. This namespace holds what they share: the
/// page edges, the windows of paragraphs around them and the tests for labels and links.
enum PageFurniture {
    /// A page's footer is at most three short lines (a company line, a form line, the page
    /// number); a fourth line up is the page's own text.
    static let linesBeforeBoundary = 3
    /// A running header is one line; the second line of a page is already content.
    static let linesAfterBoundary = 1

    /// The page edges of a document: every page break, plus the end of the document (the last
    /// page's footer). `nil` when no page break was found: a document of one page has no edge
    /// to repeat anything at, and its first and last lines are the filer's.
    struct Edges {
        let breaks: [Int]
        /// `breaks` and `drafts.count`.
        let boundaries: [Int]

        init?(_ drafts: [Draft]) {
            breaks = drafts.indices.filter { if case .pageBreak = drafts[$0] { return true }; return false }
            guard !breaks.isEmpty else { return nil }
            boundaries = breaks + [drafts.count]
        }
    }

    /// A paragraph's text; empty for any other draft.
    static func text(_ d: Draft) -> String {
        if case .paragraph(let p) = d { return p.text }
        return ""
    }

    /// Paragraphs among the last drafts of a page (rules and images, such as a logo in the
    /// footer, looked past: homedepot-10k-2024 ends each page `Fiscal 2024 Form 10-K | ii | logo`).
    static func paragraphsBefore(_ b: Int, in drafts: [Draft]) -> [Int] {
        var out: [Int] = []
        var i = b - 1
        while i >= 0, out.count < linesBeforeBoundary {
            switch drafts[i] {
            case .paragraph: out.append(i)
            case .rule, .image: break
            default: return out
            }
            i -= 1
        }
        return out
    }

    /// Images right at a page edge: the last drafts of the page before it and the first of the
    /// page after, paragraphs and rules looked past as the windows above do.
    static func imagesNear(_ b: Int, in drafts: [Draft]) -> [Int] {
        var out: [Int] = []
        var i = b - 1
        var lines = 0
        while i >= 0, lines <= linesBeforeBoundary {
            switch drafts[i] {
            case .image: out.append(i)
            case .paragraph: lines += 1
            case .rule: break
            default: lines = linesBeforeBoundary + 1
            }
            i -= 1
        }
        i = b + 1
        lines = 0
        while i < drafts.count, lines <= linesAfterBoundary {
            switch drafts[i] {
            case .image: out.append(i)
            case .paragraph: lines += 1
            case .rule: break
            default: lines = linesAfterBoundary + 1
            }
            i += 1
        }
        return out
    }

    /// Paragraphs among the first drafts of a page (rules and images, such as a logo, looked past).
    static func paragraphsAfter(_ b: Int, in drafts: [Draft], limit: Int = linesAfterBoundary) -> [Int] {
        var out: [Int] = []
        var i = b + 1
        while i < drafts.count, out.count < limit {
            switch drafts[i] {
            case .paragraph: out.append(i)
            case .rule, .image: break
            default: return out
            }
            i += 1
        }
        return out
    }

    /// The longest page label in bytes, "Page" and dashes around it included: the byte test
    /// that spares a paragraph of running text the Character checks.
    static let labelMaxBytes = 40
    /// The longest page label in characters: `Page F-123 of F-140` fits, a sentence does not.
    static let labelMaxCharacters = 24
    /// Digits of a plain page number: a four-digit paragraph at a page edge is a year or an
    /// amount more often than a page.
    static let labelMaxDigits = 3
    /// Letters of a section prefix in `F-12`, `A-1`, `FS-2`; `Note-3` is not a page label.
    static let labelPrefixLetters = 1...2
    /// Digits after the prefix in `F-12`.
    static let labelPrefixedDigits = 1...3

    /// The longest running header or footer in bytes (the text with digits, before its key).
    static let runningLineMaxBytes = 240
    /// The most words of a running header or footer: a line, not a sentence of the body.
    static let runningLineMaxWords = 12
    /// The longest running header or footer in characters.
    static let runningLineMaxCharacters = 120

    /// The longest back-link in bytes: a link name, never a paragraph that mentions the index.
    static let backLinkMaxBytes = 80
    /// The longest paragraph that is a back-link because it is all link and names the contents.
    static let backLinkMaxCharacters = 60

    /// `17`, `iv`, `F-12`, `A-3`, `Page 3`, `Page 3 of 40`, `- 3 -`.
    static func isPageNumber(_ raw: String) -> Bool {
        pageLabel(raw) != nil
    }

    /// The label a page number prints (`Page 3 of 40` → `3`, `- F-2 -` → `F-2`), or `nil`.
    static func pageLabel(_ raw: String) -> String? {
        guard raw.utf8.count <= labelMaxBytes, mayBeLabel(raw.utf8) else { return nil }
        // A bare number, the label most pages print, needs no Character work.
        if !raw.isEmpty, raw.utf8.count <= labelMaxDigits, raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return raw }
        if let length = asciiTrimmedLength(raw.utf8), length > labelMaxCharacters { return nil }
        var s = Substring(raw.trimmingASCIISpaces())
        guard !s.isEmpty, s.count <= labelMaxCharacters else { return nil }
        if s.lowercased().hasPrefix("page") { s = s.dropFirst(4).drop { $0 == " " } }
        s = s.drop { "-–— ".contains($0) }
        while let l = s.last, "-–— ".contains(l) { s = s.dropLast() }
        // `3 of 40`: only a label that spells `of` is split into words.
        if spellsOf(s.utf8) {
            let words = s.split(separator: " ")
            if words.count == 3, words[1].lowercased() == "of" {
                guard words[2].allSatisfy({ $0.isNumber }) || pageLabel(String(words[2])) != nil else { return nil }
                s = words[0]
            }
        }
        guard !s.isEmpty else { return nil }
        // ASCII digits and numeral letters are one Character a byte: both tests read bytes.
        if s.utf8.count <= labelMaxDigits, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return String(s) }
        if s.utf8.count <= 7 /* xxxviii, the longest in isRoman */, s.utf8.allSatisfy({ "ivxlcIVXLC".utf8.contains($0) }),
           isRoman(s.lowercased()) { return String(s) }
        // F-12, A-1, S-3, FS-2 (looked for only in a label with a hyphen's or an en dash's first byte)
        if s.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 }), let dash = s.firstIndex(where: { $0 == "-" || $0 == "–" }) {
            let prefix = s[..<dash].trimmingCharacters(in: " ")
            let number = s[s.index(after: dash)...].trimmingCharacters(in: " ")
            if labelPrefixLetters.contains(prefix.count), prefix.allSatisfy({ $0.isASCII && $0.isLetter }),
               labelPrefixedDigits.contains(number.count), number.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return prefix + "-" + number
            }
        }
        return nil
    }

    /// The length of ASCII text without a carriage return, white space trimmed: its Characters
    /// are its bytes, so the count needs no grapheme breaking. Nil for any other text.
    private static func asciiTrimmedLength(_ u: String.UTF8View) -> Int? {
        var first = -1, last = -1, n = 0
        for b in u {
            guard b < 0x80, b != 0x0D else { return nil }
            if b != 0x20 && !(0x09...0x0C).contains(b) {
                if first < 0 { first = n }
                last = n
            }
            n += 1
        }
        return first < 0 ? 0 : last - first + 1
    }

    /// `of` in any case: no other character lowercases to these ASCII letters.
    private static func spellsOf(_ u: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for b in u {
            if previous == UInt8(ascii: "o") && b | 0x20 == UInt8(ascii: "f") { return true }
            previous = b | 0x20
        }
        return false
    }

    /// A label holds a digit, or is a roman numeral (with "Page", "of" and dashes around it):
    /// most short paragraphs fail this byte test and never reach the Character checks.
    private static func mayBeLabel(_ u: String.UTF8View) -> Bool {
        var lettersOnly = true
        for b in u {
            if b >= 0x30 && b <= 0x39 { return true }
            switch b | 0x20 {
            case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"), UInt8(ascii: "c"),
                 UInt8(ascii: "p"), UInt8(ascii: "a"), UInt8(ascii: "g"), UInt8(ascii: "e"), UInt8(ascii: "o"),
                 UInt8(ascii: "f"), UInt8(ascii: " "), UInt8(ascii: "-"): continue
            default: if b < 0x80 { lettersOnly = false }
            }
        }
        return lettersOnly
    }

    private static func isRoman(_ s: String) -> Bool {
        // Accept well-formed small numerals only (i … xxxix, l, c…).
        let valid = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
                     "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii",
                     "xxviii", "xxix", "xxx", "xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xl", "l"]
        return valid.contains(s)
    }

    /// Short text with its digits removed, so "… Form 10-K | 17" and "… | 18" are one key.
    static func furnitureKey(_ text: String) -> String? {
        guard text.utf8.count <= runningLineMaxBytes else { return nil }
        var words = 0
        var inWord = false
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var letters = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A { inWord = false; continue }
            if !inWord { words += 1; inWord = true }
            if b >= 0x30 && b <= 0x39 { continue }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || lower >= 0x80 { letters = true }
            key.append(lower)
        }
        guard words > 0, words <= runningLineMaxWords, letters,
              text.utf8.count <= runningLineMaxCharacters || text.count <= runningLineMaxCharacters else { return nil }
        return String(decoding: key, as: UTF8.self)
    }

    /// Every back-link names contents, the index, the top or the TOC.
    private static func mentionsNavigation(_ u: String.UTF8View) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0
        for byte in u {
            let c = byte | 0x20
            if (a == UInt8(ascii: "o") && b == UInt8(ascii: "n") && c == UInt8(ascii: "t"))
                || (a == UInt8(ascii: "t") && b == UInt8(ascii: "o") && (c == UInt8(ascii: "p") || c == UInt8(ascii: "c")))
                || (a == UInt8(ascii: "i") && b == UInt8(ascii: "n") && c == UInt8(ascii: "d")) { return true }
            a = b
            b = c
        }
        return false
    }

    static func isBackLink(_ draft: Draft) -> Bool {
        guard case .paragraph(let p) = draft else { return false }
        guard p.text.utf8.count <= backLinkMaxBytes, mentionsNavigation(p.text.utf8) else { return false }
        if isBackLink(p.text) { return true }
        guard p.look.allLink else { return false }
        let t = p.text.lowercased()
        return t.count <= backLinkMaxCharacters && (t.contains("contents") || t.contains("index") || t.contains("top"))
    }

    static func isBackLink(_ text: String) -> Bool {
        guard text.utf8.count <= backLinkMaxBytes, mentionsNavigation(text.utf8) else { return false }
        switch lowercasedLettersAndSpaces(text) {
        case "table of contents", "back to table of contents", "return to table of contents", "back to contents",
             "back to top", "toc", "index", "table of contents back", "return to index", "back to index",
             "go to table of contents", "click here to return to table of contents":
            return true
        default:
            return false
        }
    }
}

extension PageFurniture {
    /// The text in lower case with only its letters and spaces, trimmed: ASCII text on bytes,
    /// with no Character to break.
    static func lowercasedLettersAndSpaces(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.lowercased().filter { $0.isLetter || $0 == " " }.trimmingASCIISpaces()
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(text.utf8.count)
        // A letter's `| 0x20` is its lower case; a space's is the space.
        for b in text.utf8 where b == 0x20 || (0x61...0x7A).contains(b | 0x20) { kept.append(b | 0x20) }
        guard let first = kept.firstIndex(where: { $0 != 0x20 }), let last = kept.lastIndex(where: { $0 != 0x20 }) else { return "" }
        return String(decoding: kept[first...last], as: UTF8.self)
    }
}

/// The drafts the furniture passes marked, by index. The passes replace drafts in place and
/// never remove one, so an index stays valid until `FurnitureSweep` removes them all.
struct PageFurnitureMarks {
    private(set) var indices = Set<Int>()
    /// The number of drafts when the first mark was made: a pass that inserted or removed a
    /// draft before the sweep would move marks onto the wrong drafts.
    private(set) var draftCount: Int?

    var isEmpty: Bool { indices.isEmpty }
    var count: Int { indices.count }

    func contains(_ i: Int) -> Bool { indices.contains(i) }

    mutating func mark(_ i: Int, in drafts: [Draft]) {
        assert(draftCount == nil || draftCount == drafts.count, "drafts inserted or removed between furniture passes")
        draftCount = drafts.count
        indices.insert(i)
    }
}
