/// HTML5 named references that libxml2 2.9's HTML 4 parser leaves as literal text
/// (`&NegativeThickSpace;` in a 2025 tender offer). Invisible ones map to nothing.
enum HTML5Entities {
    static let table: [String: String] = [
        "NegativeThickSpace": "", "NegativeMediumSpace": "", "NegativeThinSpace": "", "NegativeVeryThinSpace": "",
        "ZeroWidthSpace": "", "NoBreak": "", "InvisibleTimes": "", "InvisibleComma": "", "ApplyFunction": "",
        "NonBreakingSpace": " ", "ThinSpace": " ", "MediumSpace": " ", "VeryThinSpace": " ", "hairsp": " ", "numsp": " ", "puncsp": " ",
        "apos": "'", "check": "✓", "checkmark": "✓", "cross": "✗", "bull": "•", "bullet": "•", "dash": "‐", "hyphen": "‐",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "nbsp": " ",
        "squ": "□", "square": "□", "EmptySmallSquare": "◻", "FilledSmallSquare": "◼", "xcirc": "◯", "starf": "★",
        "boxbox": "⧉", "nbhy": "‑", "shy": "",
    ]

    /// The replacement and the reference's length in bytes, when `p` starts a known reference.
    static func match(_ p: UnsafePointer<UInt8>) -> (String, Int)? {
        var n = 1
        while n < 40 {
            let c = p[n]
            if c == UInt8(ascii: ";") { break }
            guard (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A else { return nil }
            n += 1
        }
        guard n > 1, n < 40 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(start: p + 1, count: n - 1), as: UTF8.self)
        guard let replacement = table[name] else { return nil }
        return (replacement, n + 1)
    }
}
