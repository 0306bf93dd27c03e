/// Pass 3: a paragraph drawn with characters (`_______`, `-----`, `* * *`) is a rule.
enum SeparatorPass: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        for i in drafts.indices {
            if case .paragraph(let p) = drafts[i], isSeparatorLine(p.text) { drafts[i] = .rule }
        }
    }

    /// `_______`, `-----`, `* * *`: a line drawn with characters, not words.
    static func isSeparatorLine(_ text: String) -> Bool {
        var marks = 0
        for c in text.unicodeScalars {
            switch c {
            case "_", "-", "=", "*", "\u{2013}", "\u{2014}", "\u{2500}", "\u{2501}", "\u{2550}": marks += 1
            case " ": continue
            default: return false
            }
        }
        return marks >= 3
    }
}
