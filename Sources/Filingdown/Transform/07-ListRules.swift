/// Gathers list items, from `<ul>/<ol>` or from paragraphs that start with a bullet glyph,
/// into list blocks.
enum ListRules: DraftPass {
    /// None is ASCII: a text that starts with an ASCII byte starts with no bullet.
    static let bulletGlyphs: Set<Character> = ["•", "●", "▪", "■", "◦", "♦", "➢", "►", "❖", "\u{F0B7}", "\u{F0A7}", "·"]

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) { drafts = lists(drafts) }

    static func lists(_ drafts: [Draft]) -> [Draft] {
        var out: [Draft] = []
        out.reserveCapacity(drafts.count)
        var items: [[Inline]] = []
        var ordered = true
        var trailing: [Draft] = []
        var source: Range<Int>?
        func cover(_ span: Range<Int>?) {
            guard let span else { return }
            source = source.map { min($0.lowerBound, span.lowerBound)..<max($0.upperBound, span.upperBound) } ?? span
        }
        func close() {
            if !items.isEmpty { out.append(.settled(Block(.list(ListBlock(ordered: ordered, items: items)), source: source.map(SourceSpan.init)))) }
            out.append(contentsOf: trailing)
            items = []
            ordered = true
            trailing = []
            source = nil
        }
        var pendingBullet = false
        for d in drafts {
            if pendingBullet {
                pendingBullet = false
                if case .paragraph(let p) = d {
                    if !items.isEmpty && ordered { close() }
                    items.append(p.inlines)
                    cover(p.source)
                    ordered = false
                    continue
                }
            }
            switch d {
            case .paragraph(let p) where isBulletOnly(p.text):
                // A floated bullet in its own block, the item's text in the next one.
                pendingBullet = true
            case .listItem(let o, _, let content):
                // An ordered list after a bulleted one (or the reverse) is a new list.
                if !items.isEmpty && o != ordered { close() }
                var inlines: [Inline] = []
                for c in content {
                    switch c {
                    case .paragraph(let p):
                        if !inlines.isEmpty { inlines.append(.lineBreak) }
                        inlines.append(contentsOf: stripBullet(p.inlines))
                        cover(p.source)
                    case .listItem:
                        break
                    default:
                        trailing.append(c)
                    }
                }
                if !inlines.isEmpty { items.append(inlines); ordered = ordered && o }
                // Nested items follow their parent in the same list.
                for c in content {
                    if case .listItem(let no, _, let nc) = c {
                        let nested = lists([.listItem(ordered: no, depth: 0, content: nc)])
                        for n in nested {
                            if case .settled(let b) = n, case .list(let l) = b.content {
                                items.append(contentsOf: l.items)
                                cover(b.source?.range)
                            } else {
                                trailing.append(n)
                            }
                        }
                    }
                }
            case .paragraph(let p) where startsWithBullet(p.text):
                if !items.isEmpty && ordered { close() }
                items.append(stripBullet(p.inlines))
                cover(p.source)
                ordered = false
            default:
                close()
                out.append(d)
            }
        }
        close()
        return out
    }

    static func isBulletOnly(_ text: String) -> Bool {
        text.utf8.count <= 4 && (text.utf8.first ?? 0) >= 0x80 && text.count == 1 && bulletGlyphs.contains(text.first!)
    }

    static func startsWithBullet(_ text: String) -> Bool {
        guard (text.utf8.first ?? 0) >= 0x80, let f = text.first, bulletGlyphs.contains(f) else { return false }
        // More than two Characters, counted no further than the third.
        return !text.dropFirst(2).isEmpty
    }

    /// Removes a leading bullet glyph and the space after it.
    static func stripBullet(_ inlines: [Inline]) -> [Inline] {
        guard let first = inlines.first else { return inlines }
        switch first {
        case .text(let s):
            // The rest is copied only for an item that starts with a bullet (no glyph is ASCII).
            guard (s.utf8.first ?? 0) >= 0x80, let f = s.first, bulletGlyphs.contains(f) else { return inlines }
            let rest = Array(inlines.dropFirst())
            let t = Substring(s).dropFirst().drop { $0 == " " }
            if t.isEmpty { return trimLeadingSpace(rest) }
            return [.text(String(t))] + rest
        case .strong(let c), .emphasis(let c):
            var rest = Array(inlines.dropFirst())
            // A bold bullet alone in its mark (jnj-10k-2024): the item starts with what follows it.
            let stripped = stripBullet(c)
            if stripped.plainText.isEmpty { return trimLeadingSpace(rest) }
            rest.insert(first.withChildren(stripped), at: 0); return rest
        case .superscript(let c):
            var rest = Array(inlines.dropFirst())
            let stripped = stripBullet(c)
            if stripped.plainText.isEmpty { return trimLeadingSpace(rest) }
            rest.insert(.superscript(stripped), at: 0); return rest
        default: return inlines
        }
    }

    private static func trimLeadingSpace(_ inlines: [Inline]) -> [Inline] {
        guard case .text(let s)? = inlines.first else { return inlines }
        let t = s.drop { $0 == " " }
        return t.isEmpty ? Array(inlines.dropFirst()) : [.text(String(t))] + inlines.dropFirst()
    }
}
