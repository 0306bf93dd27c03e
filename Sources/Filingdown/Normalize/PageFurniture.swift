/// Removes what the printer put on every page rather than what the filer wrote: page
/// numbers (kept on the page-break block instead), running headers and footers, and
/// "Table of Contents" back-links next to page breaks. Nothing else is touched.
enum PageFurniture: DraftPass {
    static let before = 3
    /// A running header is one line; the second line of a page is already content.
    static let after = 1

    static func apply(_ drafts: inout [Draft]) {
        ruledPageEnds(&drafts)
        let breaks = drafts.indices.filter { if case .pageBreak = drafts[$0] { return true }; return false }
        guard !breaks.isEmpty else { return }
        var remove = Set<Int>()
        // Boundaries: every page break, plus the end of the document (the last page's footer).
        let boundaries = breaks + [drafts.count]

        // Page numbers: just before a boundary (carried on the break), or just after one.
        for (n, b) in boundaries.enumerated() {
            for i in paragraphsBefore(b, in: drafts) where isPageNumber(text(drafts[i])) {
                remove.insert(i)
                if n < breaks.count, case .pageBreak(var pb) = drafts[b], pb.number == nil {
                    pb.number = pageLabel(text(drafts[i]))
                    drafts[b] = .pageBreak(pb)
                }
                break
            }
            if b < drafts.count {
                // A letter's page header puts "Page 2" under the logo, the addressee and the date;
                // a bare number counts only in the first two lines.
                for (k, i) in paragraphsAfter(b, in: drafts, limit: 5).enumerated() where isPageNumber(text(drafts[i])) {
                    if k < 2 || text(drafts[i]).lowercased().hasPrefix("page") { remove.insert(i) }
                }
            }
        }

        // Running headers and footers: the same short text (digits aside) at many boundaries.
        var seenAt: [String: Set<Int>] = [:]
        var positions: [String: [Int]] = [:]
        var keyAt: [Int: String] = [:]
        for (n, b) in boundaries.enumerated() {
            var near = paragraphsBefore(b, in: drafts)
            if b < drafts.count { near += paragraphsAfter(b, in: drafts) }
            for i in near where !remove.contains(i) {
                guard let key = keyAt[i] ?? furnitureKey(text(drafts[i])) else { continue }
                keyAt[i] = key
                seenAt[key, default: []].insert(n)
                positions[key, default: []].append(i)
            }
        }
        let needed = max(3, Int((Double(boundaries.count) * 0.25).rounded(.up)))
        for (key, at) in seenAt where at.count >= needed {
            remove.formUnion(positions[key]!)
            // A footer such as "Acme Corp. | 2024 Form 10-K | 17" carries the page number.
            for (n, b) in breaks.enumerated() {
                guard case .pageBreak(var pb) = drafts[b], pb.number == nil else { continue }
                for i in paragraphsBefore(b, in: drafts) where keyAt[i] == key {
                    if let last = text(drafts[i]).split(separator: " ").last, let label = pageLabel(String(last)) {
                        pb.number = label
                        drafts[b] = .pageBreak(pb)
                    }
                    break
                }
                _ = n
            }
        }
        // Rules drawn at a page edge: the page break is the marker.
        for b in breaks {
            var i = b - 1
            while i >= 0, case .rule = drafts[i] { remove.insert(i); i -= 1 }
            i = b + 1
            while i < drafts.count, case .rule = drafts[i] { remove.insert(i); i += 1 }
        }
        // Back-links to the table of contents next to page breaks and at the top.
        // Navigation links may stack at a page top (`Table of Contents`, `Index to Financial Statements`).
        for i in paragraphsAfter(-1, in: drafts, limit: 3) where isBackLink(drafts[i]) { remove.insert(i) }
        for b in boundaries {
            var near = paragraphsBefore(b, in: drafts)
            if b < drafts.count { near += paragraphsAfter(b, in: drafts, limit: 3) }
            for i in near where isBackLink(drafts[i]) { remove.insert(i) }
        }
        guard !remove.isEmpty else { return }
        drafts = drafts.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
    }

    private static func text(_ d: Draft) -> String {
        if case .paragraph(let p) = d { return p.text }
        return ""
    }

    /// Paragraphs among the last drafts of a page (rules between them are looked past).
    private static func paragraphsBefore(_ b: Int, in drafts: [Draft]) -> [Int] {
        var out: [Int] = []
        var i = b - 1
        while i >= 0, out.count < before {
            switch drafts[i] {
            case .paragraph: out.append(i)
            case .rule: break
            default: return out
            }
            i -= 1
        }
        return out
    }

    private static func paragraphsAfter(_ b: Int, in drafts: [Draft], limit: Int = after) -> [Int] {
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

    /// Filings made before CSS page breaks end each page with its number and an `<hr>`.
    private static func ruledPageEnds(_ drafts: inout [Draft]) {
        for i in drafts.indices {
            guard case .rule = drafts[i], i > 0, case .paragraph(let p) = drafts[i - 1], isPageNumber(p.text) else { continue }
            drafts[i] = .pageBreak(PageBreak())
        }
    }

    /// `17`, `iv`, `F-12`, `A-3`, `Page 3`, `Page 3 of 40`, `- 3 -`.
    static func isPageNumber(_ raw: String) -> Bool {
        pageLabel(raw) != nil
    }

    static func pageLabel(_ raw: String) -> String? {
        guard raw.utf8.count <= 40, mayBeLabel(raw.utf8) else { return nil }
        var s = Substring(raw.trimmingASCIISpaces())
        guard !s.isEmpty, s.count <= 24 else { return nil }
        if s.lowercased().hasPrefix("page") { s = s.dropFirst(4).drop { $0 == " " } }
        s = s.drop { "-–— ".contains($0) }
        while let l = s.last, "-–— ".contains(l) { s = s.dropLast() }
        let words = s.split(separator: " ")
        if words.count == 3, words[1].lowercased() == "of" {
            guard words[2].allSatisfy({ $0.isNumber }) || pageLabel(String(words[2])) != nil else { return nil }
            s = words[0]
        }
        guard !s.isEmpty else { return nil }
        if s.count <= 3, s.allSatisfy({ $0.isASCII && $0.isNumber }) { return String(s) }
        if s.count <= 7, s.allSatisfy({ "ivxlcIVXLC".contains($0) }), isRoman(s.lowercased()) { return String(s) }
        // F-12, A-1, S-3, FS-2
        if let dash = s.firstIndex(where: { $0 == "-" || $0 == "–" }) {
            let prefix = s[..<dash].trimmingCharacters(in: " ")
            let number = s[s.index(after: dash)...].trimmingCharacters(in: " ")
            if (1...2).contains(prefix.count), prefix.allSatisfy({ $0.isASCII && $0.isLetter }),
               (1...3).contains(number.count), number.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return prefix + "-" + number
            }
        }
        return nil
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
        guard text.utf8.count <= 240 else { return nil }
        var words = 0
        var inWord = false
        var key: [UInt8] = []
        var letters = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A { inWord = false; continue }
            if !inWord { words += 1; inWord = true }
            if b >= 0x30 && b <= 0x39 { continue }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || lower >= 0x80 { letters = true }
            key.append(lower)
        }
        guard words > 0, words <= 12, text.count <= 120, letters else { return nil }
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
        guard p.text.utf8.count <= 80, mentionsNavigation(p.text.utf8) else { return false }
        if isBackLink(p.text) { return true }
        guard p.look.allLink else { return false }
        let t = p.text.lowercased()
        return t.count <= 60 && (t.contains("contents") || t.contains("index") || t.contains("top"))
    }

    static func isBackLink(_ text: String) -> Bool {
        guard text.utf8.count <= 80, mentionsNavigation(text.utf8) else { return false }
        let t = text.lowercased().filter { $0.isLetter || $0 == " " }.trimmingASCIISpaces()
        switch t {
        case "table of contents", "back to table of contents", "return to table of contents", "back to contents",
             "back to top", "toc", "index", "table of contents back", "return to index", "back to index",
             "go to table of contents", "click here to return to table of contents":
            return true
        default:
            return false
        }
    }
}
