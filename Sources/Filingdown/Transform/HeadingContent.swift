/// What a styled line says that makes it no heading however it looks: the fields of a cover
/// page, an address, a date, the column captions of a signature table, a statement's
/// continuation or footer line, a units caption. `HeadingRules` asks only about lines that
/// already look like headings (short, bold, larger or centred capitals), so the checks here
/// may work on words.
enum HeadingContent {
    enum Rejection: String, Equatable {
        case address, date, signatureRow, continuation, accompanyingNotes, coverField, unitsCaption, contact
    }

    static func rejection(_ text: String) -> Rejection? {
        var lower = text.lowercased()
        if lower.utf8.contains(0xE2) { lower = lower.replacingOccurrences(of: "’", with: "'") }
        guard !isBlank(lower.utf8) else { return nil }
        // The checks on words run only past a byte test each: a heading (`Risk Factors`) names no
        // number, and most start with no letter a signature row, an address or a date starts with.
        var line = LineWords(lower: lower)
        let numeric = lower.utf8.contains { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }
        let lead = firstSignificantByte(lower.utf8)
        if isCoverField(lower) { return .coverField }
        // Every form of a continuation spells `cont`; nearly no line does.
        if lower.containsBytes("cont"), isContinuation(lower, line.bare) { return .continuation }
        if lower.hasPrefix("see accompanying") || lower.hasPrefix("see the accompanying") || lower.hasPrefix("the accompanying notes")
            || lower.hasPrefix("see notes to") || lower.hasPrefix("see note ") && line.bare.count <= 4 { return .accompanyingNotes }
        if isUnitsCaption(lower) { return .unitsCaption }
        // A signature row's first word is one of `signatureRowWords`.
        if lead.map({ $0 >= 0x80 || "sntcpda/|".utf8.contains($0) }) ?? false, isSignatureRow(line.bare) { return .signatureRow }
        // A date has a year or a day in digits.
        if numeric, isDate(line.bare) { return .date }
        // An address has a ZIP code or a street number in digits, or starts `P.O. Box`,
        // `Washington` or a number in words.
        if numeric || lead.map({ "pwotfsen".utf8.contains($0) }) ?? false, isAddress(line.bare, lower, words: line.words) { return .address }
        if numeric || lower.utf8.contains(UInt8(ascii: "@")) || lower.containsBytes("www.") || lower.containsBytes("http"),
           isContact(line.bare) { return .contact }
        return nil
    }

    /// A line's words (between spaces, line feeds and no-break spaces) and its words bare of
    /// the punctuation around them, each split only when a check asks for it.
    private struct LineWords {
        let lower: String
        lazy var words: [Substring] = lower.words(splitAt: " \n", noBreakSpaces: true)
        lazy var bare: [String] = words.map { $0.trimmingCharacters(in: ".,;:()[]+*†") }.filter { !$0.isEmpty }
    }

    /// No word at all: only spaces, line feeds and no-break spaces.
    private static func isBlank(_ u: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for b in u {
            if b == 0x20 || b == 0x0A || (previous == 0xC2 && b == 0xA0) {
                previous = 0
                continue
            }
            if b != 0xC2 { return false }
            previous = b
        }
        return previous != 0xC2
    }

    /// The first byte of the first bare word: past separators and the punctuation `bare`
    /// trims. A non-ASCII byte stops the walk (a no-break space or `†` may come first).
    private static func firstSignificantByte(_ u: String.UTF8View) -> UInt8? {
        u.first { !(" \n.,;:()[]+*".utf8.contains($0)) }
    }

    // MARK: cover page

    /// The captions printed under or beside the fields of Form 10-K, 10-Q and 8-K cover pages.
    private static let coverCaptions = [
        "exact name of registrant", "exact name of the registrant", "state or other jurisdiction", "i.r.s. employer",
        "irs employer", "address of principal executive", "registrant's telephone number", "commission file number",
        "commission file no", "former name or former address", "title of each class", "name of each exchange",
        "trading symbol", "transition period from", "(zip code)", "securities registered pursuant to section",
    ]

    private static let reportPeriods = ["for the fiscal year ended", "for the year ended", "for the quarterly period ended",
                                        "for the quarter ended"]

    private static let coverCaptionMinBytes = coverCaptions.map(\.utf8.count).min()!

    private static func isCoverField(_ lower: String) -> Bool {
        if lower.utf8.count >= coverCaptionMinBytes, coverCaptions.contains(where: { lower.containsBytes($0) }) { return true }
        // `For the fiscal year ended December 31, 2024`, `For the quarterly period ended …`: the report's period.
        for prefix in reportPeriods where lower.hasPrefix(prefix) { return true }
        // `File No. 333-12345`, `001-35551`: short, so longer lines skip the copies below.
        guard lower.utf8.count <= 64, lower.utf8.contains(UInt8(ascii: "-")) else { return false }
        let stripped = lower.replacingOccurrences(of: "file no.", with: "").replacingOccurrences(of: "file number", with: "")
            .trimmingASCIISpaces()
        if let dash = stripped.firstIndex(of: "-"), stripped.count <= 12,
           stripped[..<dash].allSatisfy(\.isNumber), stripped[stripped.index(after: dash)...].allSatisfy(\.isNumber),
           stripped[stripped.index(after: dash)...].count >= 4 { return true }
        return false
    }

    // MARK: continuation, notes, units

    /// `(Continued)`, `- continued -`, `NOTES TO THE FINANCIAL STATEMENTS (Continued)`: the
    /// heading of a page that goes on with the section above, never a new one.
    /// Asked only of lines that spell `cont`.
    private static func isContinuation(_ lower: String, _ bare: [String]) -> Bool {
        let letters = lower.filter(\.isLetter)
        if letters == "continued" || letters == "contd" { return true }
        if bare.last == "continued" || bare.last == "cont'd" {
            return lower.hasSuffix(")") || lower.hasSuffix("continued") || lower.hasSuffix("continued.")
        }
        return letters.hasPrefix("continuedfrom") || letters.hasPrefix("continuedon")
    }

    /// `In millions, except per share data`, `(Dollars in thousands)`, `(Unaudited)`.
    private static func isUnitsCaption(_ lower: String) -> Bool {
        // Each caption below starts with one of these letters after its parenthesis and spaces.
        guard let lead = lower.utf8.first(where: { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: " ") }),
              "idaeu".utf8.contains(lead) else { return false }
        let t = Substring(lower).trimmingCharacters(in: "() ")
        if t == "unaudited" { return true }
        for prefix in ["in millions", "in thousands", "in billions", "dollars in", "amounts in", "in u.s. dollars", "expressed in"]
        where t.hasPrefix(prefix) { return true }
        return false
    }

    // MARK: signature tables

    private static let signatureRowWords: Set<String> = [
        "signature", "signatures", "name", "names", "title", "titles", "capacity", "capacities", "position", "positions",
        "date", "dates", "and", "/", "|",
    ]

    /// `Signature Title Date`, `Name Position Date`, `SIGNATURE TITLE DATE`: the column captions
    /// of the signature table, not the signature page's heading (`SIGNATURES` alone).
    private static func isSignatureRow(_ bare: [String]) -> Bool {
        guard bare.count >= 2, bare.allSatisfy({ signatureRowWords.contains($0) }) else { return false }
        return bare.contains { $0.hasPrefix("date") || $0.hasPrefix("title") || $0.hasPrefix("capacit") || $0.hasPrefix("position") }
    }

    // MARK: dates

    private static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    private static func isYear(_ w: String) -> Bool { w.count == 4 && w.allSatisfy(\.isNumber) }

    private static func isDay(_ w: String) -> Bool {
        let d = w.hasSuffix("st") || w.hasSuffix("nd") || w.hasSuffix("rd") || w.hasSuffix("th") ? String(w.dropLast(2)) : w
        return (1...2).contains(d.count) && d.allSatisfy(\.isNumber)
    }

    /// `November 7, 2019`, `7 November 2019`, `Dated: March 1, 2024`, `11/07/2019`: a date alone.
    private static func isDate(_ bare: [String]) -> Bool {
        var w = bare
        if w.first == "dated" || w.first == "date" { w.removeFirst() }
        if w.count == 3 {
            if months.contains(w[0]), isDay(w[1]), isYear(w[2]) { return true }
            if isDay(w[0]), months.contains(w[1]), isYear(w[2]) { return true }
        }
        if w.count == 1 {
            let parts = w[0].split(separator: "/")
            if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { return true }
        }
        return false
    }

    // MARK: addresses

    private static let states: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "hampshire",
        "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "island",
        "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "rico", "d.c", "dc",
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me",
        "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",
        "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "pr", "calif", "mass", "conn", "fla", "ill",
        "tex", "penn",
    ]

    private static let streetWords: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "way", "lane", "ln", "parkway",
        "pkwy", "plaza", "place", "pl", "court", "ct", "highway", "hwy", "pike", "suite",
    ]

    private static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    private static func isZip(_ w: String) -> Bool {
        // Most words start with a letter: no split for them.
        guard let lead = w.utf8.first(where: { $0 != UInt8(ascii: "-") }), lead >= 0x80 || (lead >= 0x30 && lead <= 0x39) else {
            return false
        }
        let parts = w.split(separator: "-")
        guard let first = parts.first, first.count == 5, first.allSatisfy(\.isNumber) else { return false }
        return parts.count == 1 || parts.count == 2 && parts[1].count == 4 && parts[1].allSatisfy(\.isNumber)
    }

    /// `Washington, D.C. 20549`, `Montclair, NJ 07042`, `One Apple Park Way`, `7 N. Willow Street,
    /// Suite 4B`, `P.O. Box 534437, Pittsburgh, PA 15253-4437`.
    private static func isAddress(_ bare: [String], _ lower: String, words: [Substring]) -> Bool {
        // A state, then a ZIP code.
        for i in bare.indices.dropFirst() where isZip(bare[i]) && states.contains(bare[i - 1]) { return true }
        if lower.hasPrefix("p.o. box") || lower.hasPrefix("po box") || lower.hasPrefix("p. o. box") { return true }
        if bare.count == 2, bare[0] == "washington", bare[1] == "d.c" { return true }
        // A street number (not a year, and without the point of `12. Place of Business`), then
        // within six words a street word that ends the street: at the end of the line, before a
        // comma or a compass point (`410 Terry Avenue North`), or `Suite 300`.
        // A street number starts with a digit or spells one (`One`, `Two`, … `Ten`).
        guard let lead = words[0].utf8.first, lead >= 0x80 || (lead >= 0x30 && lead <= 0x39) || "otfsen".utf8.contains(lead) else {
            return false
        }
        let first = words[0].hasSuffix(",") ? words[0].dropLast() : words[0]
        let number = numberWords.contains(String(first))
            || first.first?.isNumber == true && first.count <= 6 && !(first.count == 4 && (first.hasPrefix("19") || first.hasPrefix("20")))
            && first.dropLast().allSatisfy({ $0.isNumber || $0 == "-" }) && (first.last!.isNumber || first.last!.isLetter)
        guard number, words.count >= 2 else { return false }
        for i in 1..<min(words.count, 7) {
            let w = words[i].trimmingCharacters(in: ".,")
            guard streetWords.contains(w) else { continue }
            if i == words.count - 1 || words[i].hasSuffix(",") { return true }
            let next = words[i + 1].trimmingCharacters(in: ".,")
            if ["north", "south", "east", "west", "n", "s", "e", "w", "nw", "ne", "sw", "se"].contains(next) { return true }
            if w == "suite", next.first?.isNumber == true { return true }
        }
        return false
    }

    /// A telephone number, e-mail address or web address alone.
    private static func isContact(_ bare: [String]) -> Bool {
        guard bare.count <= 3 else { return false }
        let joined = bare.joined(separator: " ")
        if bare.count == 1, joined.contains("@") || joined.hasPrefix("www.") || joined.hasPrefix("http") { return true }
        // Ten digits at least: count what could be one (ASCII digits, bytes of other scripts) first.
        guard joined.utf8.lazy.filter({ $0 >= 0x80 || ($0 >= 0x30 && $0 <= 0x39) }).count >= 10 else { return false }
        let digits = joined.filter(\.isNumber).count
        let other = joined.filter { !$0.isNumber && !" ()-.+".contains($0) }
        return digits >= 10 && digits <= 11 && (other.isEmpty || ["tel", "telephone", "phone", "fax"].contains(other))
    }
}
