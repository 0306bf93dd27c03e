/// The one grammar of Part and Item captions (`PART II`, `Item 1A. Risk Factors`,
/// `ITEM 5.02`): the caption pass sets heading roles with it, the outline reads captions
/// of plain-text filings with it, and `--section` parses what the user asks for with it.
public enum ItemLabel {
    /// The role a caption's text names and its title without the label; nil when the text
    /// starts with neither a Part nor an Item label.
    public static func parse(_ text: String) -> (role: HeadingRole, title: String)? {
        guard let labelled = label(text) else { return nil }
        var joined = ""
        for (k, word) in labelled.titleWords.enumerated() {
            if k > 0 { joined.append(" ") }
            joined.append(contentsOf: word)
        }
        return (labelled.role, Substring(joined).trimmingCharacters(in: " .:-—–"))
    }

    /// The role alone: the rules that ask only which Part or Item a line names skip
    /// joining and trimming its title.
    static func role(_ text: String) -> HeadingRole? {
        label(text)?.role
    }

    /// The role and the words after the label.
    private static func label(_ text: String) -> (role: HeadingRole, titleWords: ArraySlice<Substring>)? {
        // Nearly no paragraph starts with either word: decided on bytes before any word is split.
        guard startsWithPartOrItem(text) else { return nil }
        // A caption set on two lines (`Item 14:`, a line break, its title) reads as one line.
        let words = text.words(splitAt: " \t\n", noBreakSpaces: true)
        guard let first = words.first else { return nil }
        let head = first.uppercased()
        if head == "PART", words.count >= 2, let number = partNumber(String(words[1])) {
            return (.part(number), words.dropFirst(2))
        }
        var labelWord: Substring?
        var rest = words.dropFirst()
        if head == "ITEM" {
            // `Item - 5.02`, `Item: 7`
            if let f = rest.first, f.allSatisfy({ "-—–:".contains($0) }) { rest = rest.dropFirst() }
            labelWord = rest.first
            rest = rest.dropFirst()
        }
        else if head.hasPrefix("ITEM"), head.count > 4 { labelWord = first.dropFirst(4) }
        guard let raw = labelWord, let number = itemNumber(String(raw)) else { return nil }
        return (.item(number), rest)
    }

    /// `part` or `item` in any case first, after white space and no-break spaces.
    private static func startsWithPartOrItem(_ text: String) -> Bool {
        var u = text.utf8[...]
        while let b = u.first {
            if b == 0x20 || b == 0x09 || b == 0x0A { u = u.dropFirst(); continue }
            if b == 0xC2, u.dropFirst().first == 0xA0 { u = u.dropFirst(2); continue }
            break
        }
        return opensWithPartOrItem(u)
    }

    /// Whether the first four bytes spell `part` or `item` in any case (no array: the heading
    /// and furniture rules ask this of nearly every paragraph).
    static func opensWithPartOrItem<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var head: UInt32 = 0, n = 0
        for b in bytes {
            head = head << 8 | UInt32(b | 0x20)
            n += 1
            if n == 4 { break }
        }
        // `part` and `item` as four ASCII bytes, first byte highest.
        return n == 4 && (head == 0x7061_7274 || head == 0x6974_656D)
    }

    /// `Item 1(a). Name of Issuer:` → Item `1` and its title `Name of Issuer`: the first
    /// sub-designation of an Item, which opens the Item where a form prints no caption for the
    /// Item itself (Schedule 13G's Items 1 and 2). Nil for any other text, `Item 14(a)(1)`
    /// (a sub-designation deeper down) and `Item 1(b)` among them.
    public static func firstSubdesignation(_ text: String) -> (number: String, title: String)? {
        let words = text.words(splitAt: " \t\n", noBreakSpaces: true)
        guard words.count >= 2, words[0].uppercased() == "ITEM" else { return nil }
        var label = Substring(words[1].uppercased())
        while let l = label.last, ".:-—–".contains(l) { label = label.dropLast() }
        guard label.hasSuffix("(A)"), let number = itemNumber(String(label.dropLast(3))) else { return nil }
        let title = Substring(words.dropFirst(2).joined(separator: " ")).trimmingCharacters(in: " .:-—–")
        return (number, title)
    }

    /// `SIGNATURES`, `Signature`: the page that closes the last Item.
    public static func isSignatures(_ text: String) -> Bool {
        // Nearly every heading fails on its length or first letter, before any Unicode work.
        guard text.utf8.count <= 40, let first = text.utf8.first(where: { $0 > 0x20 }), first | 0x20 == UInt8(ascii: "s") else {
            return false
        }
        let t = text.uppercased().filter(\.isLetter)
        return t == "SIGNATURE" || t == "SIGNATURES"
    }

    /// `1A.`, `1a`, `5.02`, `7:`, `15` → `1A`, `5.02`, `7`, `15`; nil for anything else.
    public static func itemNumber(_ raw: String) -> String? {
        // `9A(T)` is Item 9A; `16.A` is Item 16A.
        var s = Substring(raw.uppercased().replacingOccurrences(of: "(T)", with: ""))
        if s.count >= 3, let dot = s.firstIndex(of: "."), s[s.index(after: dot)...].first?.isLetter == true,
           s[..<dot].allSatisfy({ $0.isNumber }) {
            s = s[..<dot] + s[s.index(after: dot)...]
        }
        while let l = s.last, ".:-—–)".contains(l) { s = s.dropLast() }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        var rest = s.dropFirst(digits.count)
        var out = String(digits)
        if let f = rest.first, f.isASCII, f.isLetter, rest.count == 1 { out.append(f); rest = rest.dropFirst() }
        if rest.first == ".", rest.count == 3, rest.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            out += rest
            rest = rest.dropFirst(3)
        }
        return rest.isEmpty ? out : nil
    }

    /// `I`, `II.`, `III`, `IV`, `1`…`4` → the roman numeral.
    public static func partNumber(_ raw: String) -> String? {
        var s = Substring(raw.uppercased())
        while let l = s.last, !(l.isLetter || l.isNumber) { s = s.dropLast() }
        let numeral = s.prefix { "IVX1234".contains($0) }
        let roman = ["1": "I", "2": "II", "3": "III", "4": "IV"][String(numeral)] ?? String(numeral)
        guard ["I", "II", "III", "IV"].contains(roman) else { return nil }
        let rest = s.dropFirst(numeral.count)
        guard rest.isEmpty || !(rest.first!.isLetter || rest.first!.isNumber) else { return nil }
        return roman
    }
}
