/// Backslash-escapes only the characters a GFM parser would otherwise read as markup,
/// so `Apple Inc.` and `per-share` stay as they are.
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
    static func escape(_ text: String, lineStart: Bool, context: Context, previous: Character?) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var atLineStart = lineStart
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let prev: Character? = i > 0 ? chars[i - 1] : previous
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if atLineStart {
                atLineStart = false
                if let escaped = escapeLineStart(chars, at: i) {
                    out += escaped.prefix
                    i = escaped.next
                    continue
                }
            }
            switch c {
            case "\\":
                out += (next.map(isASCIIPunctuation) ?? true) ? "\\\\" : "\\"
            case "*":
                let spaced = (prev.map { $0.isWhitespace } ?? true) && (next.map { $0.isWhitespace } ?? true)
                out += spaced ? "*" : "\\*"
            case "_":
                let intraword = (prev.map(isAlphanumeric) ?? false) && (next.map(isAlphanumeric) ?? false)
                out += intraword ? "_" : "\\_"
            case "`":
                out += "\\`"
            case "[":
                out += linkLike(chars, from: i) ? "\\[" : "["
            case "]":
                out += "]"
            case "<":
                if let n = next, n.isLetter || n == "/" || n == "!" || n == "?" { out += "\\<" } else { out += "<" }
            case "&":
                out += entityLike(chars, from: i) ? "\\&" : "&"
            case "|":
                out += context.inTable ? "\\|" : "|"
            case "$":
                out += context.escapeDollars ? "\\$" : "$"
            case "~":
                out += context.escapeTildes ? "\\~" : "~"
            case "\n":
                out += context.inTable ? "<br>" : "\\\n"
                atLineStart = !context.inTable
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// Block-start markup at the beginning of a line: `#`, `>`, list markers, `1.`,
    /// thematic breaks, setext underlines, code fences.
    private static func escapeLineStart(_ chars: [Character], at i: Int) -> (prefix: String, next: Int)? {
        let c = chars[i]
        let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        switch c {
        case "#":
            var j = i
            while j < chars.count, chars[j] == "#" { j += 1 }
            if j - i <= 6, j == chars.count || chars[j] == " " || chars[j] == "\t" { return ("\\#", i + 1) }
        case ">":
            return ("\\>", i + 1)
        case "-", "+":
            if next == nil || next == " " || next == "\t" { return ("\\" + String(c), i + 1) }
            if c == "-", isRuleLine(chars, from: i, marker: "-") { return ("\\-", i + 1) }
        case "=":
            if isRuleLine(chars, from: i, marker: "=") { return ("\\=", i + 1) }
        case "*":
            if next == nil || next == " " || next == "\t" { return ("\\*", i + 1) }
        case "~":
            if next == "~" { return ("\\~", i + 1) }
        case "`":
            return nil
        case "0"..."9":
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber, j - i < 10 { j += 1 }
            if j - i <= 9, j < chars.count, chars[j] == "." || chars[j] == ")" {
                let after: Character? = j + 1 < chars.count ? chars[j + 1] : nil
                if after == nil || after == " " || after == "\t" {
                    return (String(chars[i..<j]) + "\\" + String(chars[j]), j + 1)
                }
            }
        default:
            break
        }
        return nil
    }

    private static func isRuleLine(_ chars: [Character], from i: Int, marker: Character) -> Bool {
        var n = 0
        var j = i
        while j < chars.count, chars[j] != "\n" {
            if chars[j] == marker { n += 1 } else if chars[j] != " " && chars[j] != "\t" { return false }
            j += 1
        }
        return marker == "=" ? n >= 1 : n >= 3 || n >= 1 && marker == "="
    }

    /// `[text](`, `[text][`, or `[label]:` at a line start would be a link.
    private static func linkLike(_ chars: [Character], from i: Int) -> Bool {
        var j = i + 1
        while j < chars.count, chars[j] != "]", chars[j] != "\n" { j += 1 }
        guard j < chars.count, chars[j] == "]" else { return false }
        guard j + 1 < chars.count else { return i == 0 }
        let after = chars[j + 1]
        return after == "(" || after == "[" || after == ":" || i == 0
    }

    private static func entityLike(_ chars: [Character], from i: Int) -> Bool {
        var j = i + 1
        if j < chars.count, chars[j] == "#" { j += 1 }
        let start = j
        while j < chars.count, j - start < 32, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber { j += 1 }
        return j > start && j < chars.count && chars[j] == ";"
    }

    static func isASCIIPunctuation(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return (a >= 0x21 && a <= 0x2F) || (a >= 0x3A && a <= 0x40) || (a >= 0x5B && a <= 0x60) || (a >= 0x7B && a <= 0x7E)
    }

    static func isAlphanumeric(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// A URL for `[text](url)`: in angle brackets when it has spaces or parentheses.
    static func destination(_ url: String) -> String {
        if url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) {
            return "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
        }
        return url
    }
}
