/// A run of text inside a block. Marks nest, the way pandoc's inlines do, so a writer
/// can open and close them without looking back at the HTML.
public enum Inline: Hashable, Sendable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    case superscript([Inline])
    case link(url: String, [Inline])
    case lineBreak
}

extension Inline {
    /// The visible characters, marks dropped; a line break reads as a newline.
    public var plainText: String {
        var out = ""
        Inline.appendPlainText(of: [self], to: &out)
        return out
    }

    static func appendPlainText(of inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s): out += s
            case .strong(let c), .emphasis(let c), .superscript(let c), .link(_, let c):
                appendPlainText(of: c, to: &out)
            case .lineBreak: out += "\n"
            }
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String {
        var out = ""
        Inline.appendPlainText(of: self, to: &out)
        return out
    }
}
