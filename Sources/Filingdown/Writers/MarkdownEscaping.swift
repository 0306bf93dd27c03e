/// Backslash-escapes only the characters a GFM parser would otherwise read as markup,
/// so `Apple Inc.` and `per-share` stay as they are. Works on UTF-8 bytes: every
/// character that matters is ASCII, and most text has none of them.
///
/// Dollar signs: renderers with `$…$` math (GitHub, many notebooks) pair two dollar
/// signs in one inline context. Where a paragraph or cell holds two or more `$`, each is
/// written `\$`; a lone `$391,035` stays readable and greppable.
enum MarkdownEscaping {
    struct Context {
        var inTable = false
        var escapeDollars = false
        var escapeTildes = false
    }

    static func context(for text: String, inTable: Bool) -> Context {
        var dollars = 0, tildes = 0
        for u in text.utf8 {
            if u == UInt8(ascii: "$") { dollars += 1 } else if u == UInt8(ascii: "~") { tildes += 1 }
        }
        return Context(inTable: inTable, escapeDollars: dollars >= 2, escapeTildes: tildes >= 2)
    }

    /// Escapes one text run. `lineStart`: the run begins a line of a block (block-start rules apply).
    /// `previous`, the character before the run, is read only for a run that needs escaping:
    /// finding a String's last Character costs a grapheme break.
    static func escape(_ text: String, lineStart: Bool, context: Context, previous: @autoclosure () -> Character?) -> String {
        var text = text
        let plain = text.withUTF8 { buf in
            !buf.contains(where: isSpecial) && !(lineStart && buf.first.map(startsLineMarkup) ?? false)
        }
        if plain { return text }
        let u = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count + 8)
        var atLineStart = lineStart
        let prevByte: UInt8? = previous().map { $0.isASCII ? $0.asciiValue! : 0x80 }
        // Where the last `[`'s search for its `]` stopped: a `[` before that point stops there
        // too, so a line of 200,000 `[` is searched once, not once per bracket.
        var bracketSearchEnd = -1
        var i = 0
        while i < u.count {
            let c = u[i]
            // Bytes that are never markup, most of a run, go over at once, not one append each.
            if !atLineStart, !isSpecial(c) {
                var end = i + 1
                while end < u.count, !isSpecial(u[end]) { end += 1 }
                out.append(contentsOf: u[i..<end])
                i = end
                continue
            }
            let prev: UInt8? = i > 0 ? u[i - 1] : prevByte
            let next: UInt8? = i + 1 < u.count ? u[i + 1] : nil
            if atLineStart {
                atLineStart = false
                if let end = lineStartMarkup(u, at: i) {
                    // Everything before `end - 1` is literal; the byte at end - 1 gets the backslash.
                    out.append(contentsOf: u[i..<(end - 1)])
                    out.append(UInt8(ascii: "\\"))
                    out.append(u[end - 1])
                    i = end
                    continue
                }
            }
            switch c {
            case UInt8(ascii: "\\"):
                out.append(c)
                if next.map(isASCIIPunctuation) ?? true { out.append(c) }
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                // A run of the same delimiter with white space (or nothing) on both sides can
                // neither open nor close emphasis: `from ____ to ____` stays as written.
                var end = i
                while end < u.count, u[end] == c { end += 1 }
                let before: UInt8? = i > 0 ? u[i - 1] : prevByte
                let after: UInt8? = end < u.count ? u[end] : nil
                if (before.map(isSpace) ?? true) && (after.map(isSpace) ?? true) {
                    out.append(contentsOf: u[i..<end])
                    i = end
                    continue
                }
                if end - i > 1 {
                    // Every delimiter of a longer run is escaped; do the run at once (one at a
                    // time rescans the rest of the run for each, quadratic in its length).
                    for k in i..<end { out.append(UInt8(ascii: "\\")); out.append(u[k]) }
                    i = end
                    continue
                }
                let intraword = c == UInt8(ascii: "_") && (prev.map(isWordByte) ?? false) && (next.map(isWordByte) ?? false)
                if !intraword { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            case UInt8(ascii: "`"):
                out.append(UInt8(ascii: "\\")); out.append(c)
            case UInt8(ascii: "["):
                if linkLike(u, from: i, searchEnd: &bracketSearchEnd) { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            case UInt8(ascii: "<"):
                if let n = next, isASCIILetter(n) || n == UInt8(ascii: "/") || n == UInt8(ascii: "!") || n == UInt8(ascii: "?") {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(c)
            case UInt8(ascii: "&"):
                if entityLike(u, from: i) { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            case UInt8(ascii: "|"):
                if context.inTable { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            case UInt8(ascii: "$"):
                if context.escapeDollars { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            case UInt8(ascii: "~"):
                if context.escapeTildes { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            case 0x0A:
                if context.inTable {
                    out.append(UInt8(ascii: " "))
                } else {
                    out.append(UInt8(ascii: "\\")); out.append(c)
                    atLineStart = true
                }
            default:
                out.append(c)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A byte that can start a block at the beginning of a line (`#>-+*=~` and digits).
    private static func startsLineMarkup(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"),
             UInt8(ascii: "="), UInt8(ascii: "~"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return false
        }
    }

    /// A byte that can be markup anywhere in a line. A switch, not a table: a `static let`
    /// table costs a `swift_once` check on every byte.
    private static func isSpecial(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["),
             UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "$"), UInt8(ascii: "~"), 0x0A: return true
        default: return false
        }
    }

    /// Block-start markup at the beginning of a line (`#`, `>`, list markers, `1.`, thematic
    /// breaks, setext underlines, fences): the index just past the byte to escape.
    private static func lineStartMarkup(_ u: [UInt8], at i: Int) -> Int? {
        let c = u[i]
        let next: UInt8? = i + 1 < u.count ? u[i + 1] : nil
        switch c {
        case UInt8(ascii: "#"):
            var j = i
            while j < u.count, u[j] == c { j += 1 }
            if j - i <= 6, j == u.count || u[j] == 0x20 || u[j] == 0x09 { return i + 1 }
        case UInt8(ascii: ">"):
            return i + 1
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"):
            if next == nil || next == 0x20 || next == 0x09 { return i + 1 }
            if c != UInt8(ascii: "+"), isRuleLine(u, from: i, marker: c, minimum: 3) { return i + 1 }
        case UInt8(ascii: "="):
            if isRuleLine(u, from: i, marker: c, minimum: 1) { return i + 1 }
        case UInt8(ascii: "~"):
            if next == c { return i + 1 }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var j = i
            while j < u.count, u[j] >= 0x30, u[j] <= 0x39 { j += 1 }
            if j - i <= 9, j < u.count, u[j] == UInt8(ascii: ".") || u[j] == UInt8(ascii: ")") {
                if j + 1 == u.count || u[j + 1] == 0x20 || u[j + 1] == 0x09 { return j + 1 }
            }
        default:
            break
        }
        return nil
    }

    private static func isRuleLine(_ u: [UInt8], from i: Int, marker: UInt8, minimum: Int) -> Bool {
        var n = 0
        var j = i
        while j < u.count, u[j] != 0x0A {
            if u[j] == marker { n += 1 } else if u[j] != 0x20 && u[j] != 0x09 { return false }
            j += 1
        }
        return n >= minimum
    }

    /// `[text](`, `[text][`, `[label]:`, or a `[` opening a line would start a link.
    private static func linkLike(_ u: [UInt8], from i: Int, searchEnd: inout Int) -> Bool {
        var j = i + 1
        if searchEnd > i {
            j = searchEnd
        } else {
            while j < u.count, u[j] != UInt8(ascii: "]"), u[j] != 0x0A { j += 1 }
            searchEnd = j
        }
        guard j < u.count, u[j] == UInt8(ascii: "]") else { return false }
        guard j + 1 < u.count else { return i == 0 }
        let after = u[j + 1]
        return after == UInt8(ascii: "(") || after == UInt8(ascii: "[") || after == UInt8(ascii: ":") || i == 0
    }

    private static func entityLike(_ u: [UInt8], from i: Int) -> Bool {
        var j = i + 1
        if j < u.count, u[j] == UInt8(ascii: "#") { j += 1 }
        let start = j
        while j < u.count, j - start < 32, isASCIILetter(u[j]) || (u[j] >= 0x30 && u[j] <= 0x39) { j += 1 }
        return j > start && j < u.count && u[j] == UInt8(ascii: ";")
    }

    @inline(__always) static func isASCIIPunctuation(_ a: UInt8) -> Bool {
        (a >= 0x21 && a <= 0x2F) || (a >= 0x3A && a <= 0x40) || (a >= 0x5B && a <= 0x60) || (a >= 0x7B && a <= 0x7E)
    }

    static func isASCIIPunctuation(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return isASCIIPunctuation(a)
    }

    @inline(__always) private static func isASCIILetter(_ a: UInt8) -> Bool { (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A }
    @inline(__always) private static func isSpace(_ a: UInt8) -> Bool { a == 0x20 || a == 0x09 || a == 0x0A }
    /// Letters, digits and any non-ASCII byte (part of a letter, in practice).
    @inline(__always) private static func isWordByte(_ a: UInt8) -> Bool { a >= 0x80 || isASCIILetter(a) || (a >= 0x30 && a <= 0x39) }

    /// A URL for `[text](url)`: in angle brackets when it has spaces or parentheses.
    static func destination(_ url: String) -> String {
        if url.utf8.contains(where: { $0 == 0x20 || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) {
            return "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: " ", with: "%20") + ">"
        }
        return url
    }
}
