/// Recognises the tokens financial tables split across cells: currency signs, closing
/// parentheses, percent signs, footnote markers, and numbers.
enum CellText {
    static func isCurrency(_ s: String) -> Bool {
        guard s.utf8.count <= 4, !s.isEmpty else { return false }
        switch s {
        case "$", "€", "£", "¥", "$(", "($", "€(", "£(", "US$", "C$", "A$", "R$", "HK$", "S$", "Ps.", "RMB", "¥(": return true
        default: return false
        }
    }

    /// A token that closes the value to its left.
    static func isSuffix(_ s: String) -> Bool {
        guard s.utf8.count <= 4, !s.isEmpty else { return false }
        switch s {
        case ")", "%", "%)", ")%", "pts", "bps", "x", "pp", ")(", "*", "**", "***", "†", "‡", "§": return true
        default:
            // Footnote markers: "(a)", "(b)", "(1)" as separate superscript cells.
            let u = Array(s.utf8)
            if u.count == 3, u[0] == UInt8(ascii: "("), u[2] == UInt8(ascii: ")"),
               (u[1] >= UInt8(ascii: "a") && u[1] <= UInt8(ascii: "z")) { return true }
            return false
        }
    }

    /// A value a reader reads as a number: `391,035`, `$(565)`, `(3)%`, `12.5x`, `—`.
    static func isNumeric(_ s: String) -> Bool {
        var digits = 0
        var other = 0
        for u in s.unicodeScalars {
            switch u {
            case "0"..."9": digits += 1
            case ",", ".", "(", ")", "%", "$", "€", "£", "¥", "-", "+", " ", "x": break
            case "\u{2014}", "\u{2013}": break
            default: other += 1
            }
        }
        if digits == 0 { return isDash(s) }
        return other == 0
    }

    static func isDash(_ s: String) -> Bool {
        switch s {
        case "-", "—", "–", "$—", "$-", "$–", "--", "---", "— %", "—%", "-%": return true
        default: return false
        }
    }

    static func isYearOrDate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        if u.count == 4, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let y = Int(s)!
            return y >= 1900 && y <= 2100
        }
        return s.contains(where: { $0.isLetter })
    }

    /// Tightens a numeric cell the way a reader writes it: `$ 391,035` → `$391,035`,
    /// `( 565 )` → `(565)`, `2 %` → `2%`. Cells with letters are left as they are.
    static func tighten(_ s: String) -> String {
        guard s.utf8.contains(0x20), !s.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }),
              !s.contains(where: { $0.isLetter }), s.contains(where: { $0.isNumber || $0 == "—" }) else { return s }
        var out: [Character] = []
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            if c == " " {
                let prev = out.last
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                if let p = prev, "$€£¥(".contains(p) { continue }
                if let n = next, ")%".contains(n) { continue }
                if prev == " " { continue }
            }
            out.append(c)
        }
        return String(out)
    }
}
