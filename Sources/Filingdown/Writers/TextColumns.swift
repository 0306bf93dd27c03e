/// Columns as the plain-text writer counts them: one per `Character` (grapheme cluster).
/// Counting Characters walks grapheme boundaries and was the text writer's largest cost,
/// so text whose scalars are each a Character of their own, whatever their neighbours, is
/// counted on UTF-8 bytes instead: a column is a byte that is not a continuation byte.
///
/// Such scalars are ASCII but CR (which joins a following LF into one Character), Latin-1,
/// the Latin extensions and IPA, Greek and Cyrillic, and the punctuation and symbol blocks
/// U+2000–U+2BFF (curly quotes, dashes, `•`, `€`, `™`, `☐`), less the joiners U+200C–U+200D
/// and the combining marks for symbols. Anything else (combining marks, Hangul jamo,
/// Indic scripts, emoji and their modifiers, variation selectors, East Asian text) takes
/// the Character path, which stays the reference.
enum TextColumns {
    /// Whether every scalar of `u` is a Character of its own (so scalars = Characters).
    static func scalarsAreCharacters(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = u.count
        while i < n {
            let b = u[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
                continue
            }
            switch b {
            case 0xC2...0xCB, 0xCE...0xD1:
                // U+0080–U+02FF and U+0380–U+047F: letters and symbols, no marks.
                i += 2
            case 0xE2:
                // U+2000–U+2BFF: String is valid UTF-8, so both continuation bytes are there.
                let b1 = u[i + 1], b2 = u[i + 2]
                switch b1 {
                case 0x80: if b2 == 0x8C || b2 == 0x8D { return false }  // ZWNJ, ZWJ
                case 0x83: if b2 >= 0x90 { return false }  // U+20D0–U+20FF combining marks for symbols
                case 0x81, 0x82, 0x84...0xAF: break
                default: return false
                }
                i += 3
            default:
                return false
            }
        }
        return true
    }

    /// A byte that continues a scalar rather than starting one.
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// Scalars in `u[start..<end]`, which is the Character count where `scalarsAreCharacters`.
    @inline(__always) static func scalarCount(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var n = 0
        for k in start..<end where !isContinuation(u[k]) { n += 1 }
        return n
    }

    /// `s.count`, computed on bytes when that gives the same number.
    static func count(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { u in scalarsAreCharacters(u) ? scalarCount(u, 0, u.count) : nil } ?? s.count
    }
}
