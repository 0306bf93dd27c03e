/// How every writer shows a footnote marker: in Unicode superscript, closing the word or value
/// it annotates as it did in the filing (`Net Income Per Share¹`, `(287)³`, `Fair Value¹,²`,
/// `Charges⁽ᵃ⁾`), never as a digit glued to it (`Share1`, `2.481`). A marker that opens a note
/// is set apart from the note's first word (`¹ Bottling partners`). NFKC folds the marker back
/// to the filing's text; `*`, `†` and `‡` stay as they are.
enum FootnoteMarkers {
    /// The superscript form of a marker's text, as printed (parentheses and inner spaces kept).
    static func superscripted(_ marker: String) -> String {
        var out = ""
        for ch in marker.drop(while: { $0 == " " }) {
            out.append(superscript[ch] ?? superscript[Character(ch.lowercased())] ?? ch)
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    private static let superscript: [Character: Character] = {
        var map: [Character: Character] = ["(": "⁽", ")": "⁾", "+": "⁺", "-": "⁻"]
        for (d, s) in zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹") { map[d] = s }
        for (l, s) in zip("abcdefghijklmnopqrstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖ𐞥ʳˢᵗᵘᵛʷˣʸᶻ") { map[l] = s }
        return map
    }()

    /// The marker of a superscript inline, in superscript, or nil when it is no marker.
    /// A space the filer typed before the marker (`Profit ¹`, caterpillar-8k-2022) is kept.
    static func rendered(_ inline: Inline) -> String? {
        guard inline.footnoteMarker != nil else { return nil }
        let text = inline.plainText
        return (text.first == " " ? " " : "") + superscripted(text)
    }

    /// The plain text of `inlines` with each footnote marker in superscript.
    static func readingText(_ inlines: [Inline]) -> String {
        var hasMarker = false
        inlines.forEachInline { if $0.footnoteMarker != nil { hasMarker = true } }
        guard hasMarker else { return inlines.plainText }
        var out = ""
        var afterMarker = false
        append(inlines, to: &out, afterMarker: &afterMarker)
        return out
    }

    private static func append(_ inlines: [Inline], to out: inout String, afterMarker: inout Bool) {
        for inline in inlines {
            if var m = rendered(inline) {
                if m.first == " ", out.last == " " || out.isEmpty { m.removeFirst() }
                out += m
                afterMarker = true
                continue
            }
            switch inline {
            case .text(let s):
                if afterMarker, let f = s.first, f.isLetter || f.isNumber { out += " " }
                out += s
                afterMarker = false
            case .lineBreak:
                out += "\n"
                afterMarker = false
            default: append(inline.children, to: &out, afterMarker: &afterMarker)
            }
        }
    }
}
