/// Recognises the tokens financial tables split across cells: currency signs, closing
/// parentheses, percent signs, footnote markers, and numbers.
enum CellText {
    static func isCurrency(_ s: String) -> Bool {
        guard let key = packed(s) else { return false }
        return currencyTokens.contains(key)
    }

    /// A token that closes the value to its left.
    static func isSuffix(_ s: String) -> Bool {
        guard let key = packed(s) else { return false }
        if suffixTokens.contains(key) { return true }
        // Footnote markers: "(a)", "(b)", "(1)" as separate superscript cells.
        let b0 = UInt8(truncatingIfNeeded: key), b1 = UInt8(truncatingIfNeeded: key >> 8)
        let b2 = UInt8(truncatingIfNeeded: key >> 16), b3 = UInt8(truncatingIfNeeded: key >> 24)
        return b0 == UInt8(ascii: "(") && b2 == UInt8(ascii: ")") && b3 == 0
            && b1 >= UInt8(ascii: "a") && b1 <= UInt8(ascii: "z")
    }

    // Arrays, not sets: a handful of integers compared beats hashing the key.
    private static let currencyTokens: [UInt32] = ["$", "€", "£", "¥", "$(", "($", "€(", "£(", "US$", "C$", "A$", "R$", "HK$", "S$",
                                                   "Ps.", "RMB", "¥("].compactMap(packed)
    private static let suffixTokens: [UInt32] = [")", "%", "%)", ")%", "pts", "bps", "x", "pp", ")(", "*", "**", "***", "†", "‡",
                                                 "§"].compactMap(packed)

    /// The UTF-8 bytes of a string of one to four bytes in one integer (nil otherwise), so
    /// a cell is matched against token lists without String's Unicode-aware comparison.
    private static func packed(_ s: String) -> UInt32? {
        let u = s.utf8
        guard !u.isEmpty, u.count <= 4 else { return nil }
        var key: UInt32 = 0
        var shift: UInt32 = 0
        for b in u {
            key |= UInt32(b) << shift
            shift += 8
        }
        return key
    }

    /// A value a reader reads as a number: `391,035`, `$(565)`, `(3)%`, `12.5x`, `—`.
    static func isNumeric(_ s: String) -> Bool {
        // On the UTF-8 bytes: the table rules ask this of every cell, several times. Any other
        // character decides at once, since no dash form holds one either.
        var digits = 0
        var s = s
        let allowed = s.withUTF8 { u -> Bool in
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                if b < 0x80 {
                    if b >= 0x30 && b <= 0x39 { digits += 1 } else if !numericPunctuation(b) { return false }
                    i += 1
                } else if b == 0xC2, i + 1 < n, u[i + 1] == 0xA3 || u[i + 1] == 0xA5 {   // £ ¥
                    i += 2
                } else if b == 0xE2, i + 2 < n,
                          (u[i + 1] == 0x82 && u[i + 2] == 0xAC) || (u[i + 1] == 0x80 && (u[i + 2] == 0x94 || u[i + 2] == 0x93)) {   // € — –
                    i += 3
                } else {
                    return false
                }
            }
            return true
        }
        guard allowed else { return false }
        return digits > 0 || isDash(s)
    }

    @inline(__always) private static func numericPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "%"), UInt8(ascii: "$"),
             UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: " "), UInt8(ascii: "x"): return true
        default: return false
        }
    }

    static func isDash(_ s: String) -> Bool {
        switch s {
        case "-", "—", "–", "$—", "$-", "$–", "--", "---", "— %", "—%", "-%": return true
        default: return false
        }
    }

    /// The units line of a financial table: `(In millions, except per share amounts)`,
    /// `($ in thousands)`, `(Millions of dollars)`, `Dollars in millions`.
    static func isUnitsCaption(_ s: String) -> Bool {
        let u = s.utf8
        guard u.count >= 8, u.count <= 90, u.contains(0x20), u.contains(where: { ($0 | 0x20) == UInt8(ascii: "s") }) else { return false }
        // ASCII (nearly every caption) is one Character a byte, none of the words holds a CR or
        // LF, and its lower case is the bytes': the same test on bytes, with no lowercased()
        // and no Character matching (tens of thousands of instructions a caption).
        if u.allSatisfy({ $0 < 0x80 }) {
            var lower = Array(u)
            for i in lower.indices where lower[i] >= 0x41 && lower[i] <= 0x5A { lower[i] |= 0x20 }
            return lower.withUnsafeBytes { l in
                guard unitWords.contains(where: { w in w.withUTF8Buffer { ByteSearch.contains(UnsafeRawBufferPointer($0), in: l) } }) else {
                    return false
                }
                let core = UnsafeRawBufferPointer(rebasing: l.drop { $0 == UInt8(ascii: "(") || $0 == 0x20 })
                return unitPrefixes.contains { p in p.withUTF8Buffer { core.starts(with: $0) } }
            }
        }
        let lower = s.lowercased()
        guard unitWords.contains(where: { lower.contains($0.description) }) else { return false }
        let core = lower.drop { $0 == "(" || $0 == " " }
        return unitPrefixes.contains { core.hasPrefix($0.description) }
    }

    private static let unitWords: [StaticString] = ["thousand", "million", "billion", "$000"]
    private static let unitPrefixes: [StaticString] = ["in ", "$ in ", "dollars in ", "amounts in ", "thousands", "millions", "billions", "us$ in "]

    static func isYearOrDate(_ s: String) -> Bool {
        let u = s.utf8
        if u.count == 4, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let y = Int(s)!
            return y >= 1900 && y <= 2100
        }
        // ASCII is one Character a byte (a CR aside), and its letters are the ASCII ones.
        if u.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return u.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } }
        return s.contains(where: { $0.isLetter })
    }

    /// A year from 1900 to 2100 as a word of its own: `2025`, `Fiscal 2024`, `June 30, 2025`.
    static func namesYear(_ s: String) -> Bool {
        var digits = 0
        var value = 0
        for b in s.utf8 + [0x20] {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                value = value * 10 + Int(b - 0x30)
                continue
            }
            if digits == 4, value >= 1900, value <= 2100 { return true }
            digits = 0
            value = 0
        }
        return false
    }

    /// Tightens a numeric cell the way a reader writes it: `$ 391,035` → `$391,035`,
    /// `( 565 )` → `(565)`, `2 %` → `2%`. Cells with letters are left as they are.
    static func tighten(_ s: String) -> String {
        var bytes = s
        let (space, letter, digit, plainASCII) = bytes.withUTF8 { u in
            var space = false, letter = false, digit = false, plainASCII = true
            for b in u {
                if b == 0x20 { space = true } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { letter = true }
                else if b >= 0x30 && b <= 0x39 { digit = true } else if b >= 0x80 || b == 0x0D { plainASCII = false }
            }
            return (space, letter, digit, plainASCII)
        }
        guard space, !letter else { return s }
        // ASCII without a CR is one Character a byte, and its only letters and digits are the
        // ASCII ones: the bytes decide, with no grapheme breaking.
        if plainASCII { return digit ? tightenASCII(s) : s }
        guard !s.contains(where: { $0.isLetter }), s.contains(where: { $0.isNumber || $0 == "—" }) else { return s }
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

    private static func tightenASCII(_ s: String) -> String {
        let u = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        for (i, b) in u.enumerated() {
            if b == 0x20 {
                if let p = out.last, p == UInt8(ascii: "$") || p == UInt8(ascii: "(") || p == 0x20 { continue }
                if i + 1 < u.count, u[i + 1] == UInt8(ascii: ")") || u[i + 1] == UInt8(ascii: "%") { continue }
            }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
