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
    /// The inlines inside a mark; empty for text and line breaks.
    public var children: [Inline] {
        switch self {
        case .strong(let c), .emphasis(let c), .superscript(let c), .link(_, let c): return c
        case .text, .lineBreak: return []
        }
    }

    /// The same mark around other inlines; text and line breaks are returned as they are.
    public func withChildren(_ children: [Inline]) -> Inline {
        switch self {
        case .strong: return .strong(children)
        case .emphasis: return .emphasis(children)
        case .superscript: return .superscript(children)
        case .link(let url, _): return .link(url: url, children)
        case .text, .lineBreak: return self
        }
    }

    /// The visible characters, marks dropped; a line break reads as a newline.
    public var plainText: String { [self].plainText }

    /// For a superscript that is a footnote marker (`1`, `1,2`, `(a)`, `*`, `†`), the marker
    /// without its parentheses; nil for any other inline (`st` of `1st`, `®`).
    public var footnoteMarker: String? {
        switch self {
        case .superscript(let c): return Inline.marker(in: c.plainText)
        // A bold or italic marker (a marker in a bold total row) is still a marker.
        case .strong(let c), .emphasis(let c): return c.count == 1 ? c[0].footnoteMarker : nil
        default: return nil
        }
    }

    /// A footnote marker, or the space set before one.
    var isMarkerOrSpace: Bool {
        if case .text(let s) = self { return s.utf8.allSatisfy { $0 == 0x20 } }
        return footnoteMarker != nil
    }

    /// `s` as a footnote marker, without its parentheses, or nil.
    static func marker(in s: String) -> String? {
        var u = Array(s.utf8)
        while let f = u.first, f == 0x20 { u.removeFirst() }
        while let l = u.last, l == 0x20 { u.removeLast() }
        if u.count >= 3, u.first == UInt8(ascii: "("), u.last == UInt8(ascii: ")") {
            u = Array(u.dropFirst().dropLast())
            // Several markers each in its parentheses (loncor-20f-2016's `(1)(2)`) read as `1,2`.
            if u.contains(UInt8(ascii: ")")) {
                let groups = String(decoding: u, as: UTF8.self).components(separatedBy: ")(")
                guard groups.count <= 4, groups.allSatisfy({ marker(in: $0) != nil && !$0.contains("(") && !$0.contains(")") }) else { return nil }
                return groups.joined(separator: ",")
            }
        }
        guard !u.isEmpty, u.count <= 8 else { return nil }
        let text = String(decoding: u, as: UTF8.self)
        if u.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ",") || $0 == 0x20 }) {
            let groups = u.split(separator: UInt8(ascii: ","))
            return groups.allSatisfy({ g in
                let digits = g.filter { $0 != 0x20 }
                return !digits.isEmpty && digits.count <= 2 && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            }) ? text : nil
        }
        if u.count == 1, (u[0] | 0x20) >= UInt8(ascii: "a"), (u[0] | 0x20) <= UInt8(ascii: "z") { return text }
        if u.count <= 4, u.allSatisfy({ "ivx".utf8.contains($0) }), s.utf8.first == UInt8(ascii: "(") { return text }
        if text.count <= 3, text.allSatisfy({ "*†‡§#".contains($0) }) { return text }
        return nil
    }
}

extension Inline {
    fileprivate static func sameMark(_ a: Inline, _ b: Inline) -> Bool {
        switch (a, b) {
        case (.strong, .strong), (.emphasis, .emphasis): return true
        default: return false
        }
    }
}

extension Array where Element == Inline {
    /// Visits every inline depth first, in reading order: the one walk every consumer of
    /// inlines shares.
    public func forEachInline(_ visit: (Inline) -> Void) {
        for inline in self {
            visit(inline)
            inline.children.forEachInline(visit)
        }
    }

    /// Rebuilds the tree bottom up: `transform` receives each inline with its children already
    /// rewritten and returns what replaces it (nothing, one inline, or several).
    public func rewritten(_ transform: (Inline) -> [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(count)
        for inline in self {
            let rebuilt = inline.children.isEmpty ? inline : inline.withChildren(inline.children.rewritten(transform))
            for piece in transform(rebuilt) {
                if case .text(let s) = piece { out.appendText(s) } else { out.append(piece) }
            }
        }
        return out
    }

    /// Appends text, merging with a preceding text inline.
    mutating func appendText(_ s: String) {
        if case .text(let prev)? = last {
            self[count - 1] = .text(prev + s)
        } else {
            append(.text(s))
        }
    }

    /// The visible characters of the whole run, marks dropped; a line break reads as a newline.
    public var plainText: String {
        // Most paragraphs and cells are one run: its text, shared, not rebuilt.
        if count == 1, case .text(let s) = self[0] { return s }
        var out = ""
        forEachInline { inline in
            switch inline {
            case .text(let s): out += s
            case .lineBreak: out += "\n"
            default: break
            }
        }
        return out
    }

    /// Strong marks dropped, their text kept: a heading or a header row is bold already.
    func removingStrong() -> [Inline] {
        if count == 1, case .text = self[0] { return self }
        guard rewritingChanges(where: { if case .strong = $0 { return true }; return false }) else { return self }
        return rewritten { inline in
            if case .strong(let c) = inline { return c }
            return [inline]
        }
    }

    /// Line breaks read as spaces: a break inside a table cell is the column's width.
    func spacingLineBreaks() -> [Inline] {
        // Most cells and headings hold one text run: nothing to rebuild.
        if count == 1, case .text = self[0] { return self }
        guard rewritingChanges(where: { if case .lineBreak = $0 { return true }; return false }) else { return self }
        return rewritten { $0 == .lineBreak ? [.text(" ")] : [$0] }
    }

    /// Whether `rewritten` with a transform that replaces only the inlines `replaced` picks
    /// would change these: it also joins text runs side by side, at any depth. A bold cell with
    /// no line break is then left as it is, not rebuilt.
    private func rewritingChanges(where replaced: (Inline) -> Bool) -> Bool {
        var afterText = false
        for inline in self {
            if replaced(inline) { return true }
            if case .text = inline {
                if afterText { return true }
                afterText = true
                continue
            }
            afterText = false
            if inline.children.rewritingChanges(where: replaced) { return true }
        }
        return false
    }

    /// Neighbouring runs of the same mark joined, across a single space between them:
    /// `<b>Return After Taxes on</b><br><b>Distributions</b>` in a cell is one bold label.
    func mergingAdjacentMarks() -> [Inline] {
        if count <= 1 { return self }
        var out: [Inline] = []
        out.reserveCapacity(count)
        for inline in self {
            switch inline {
            case .strong, .emphasis:
                if let last = out.last, Inline.sameMark(last, inline) {
                    out[out.count - 1] = last.withChildren(last.children + inline.children)
                    continue
                }
                if out.count >= 2, out[out.count - 1] == .text(" "), Inline.sameMark(out[out.count - 2], inline) {
                    out.removeLast()
                    var joined = out[out.count - 1].children
                    joined.appendText(" ")
                    for c in inline.children { if case .text(let t) = c { joined.appendText(t) } else { joined.append(c) } }
                    out[out.count - 1] = out[out.count - 1].withChildren(joined)
                    continue
                }
                out.append(inline)
            case .text(let t):
                out.appendText(t)
            default:
                out.append(inline)
            }
        }
        return out
    }

    /// The footnote markers that close the last bold or italic run moved out after it, so that
    /// they close the run itself (meta-10k-2024's header `**2023 ⁽²⁾**` is the year `**2023**`
    /// and a marker); nil when the run ends in no marker.
    func hoistingTrailingMarkers() -> [Inline]? {
        guard let last = last else { return nil }
        switch last {
        case .strong, .emphasis: break
        default: return nil
        }
        let kids = last.children
        guard kids.count > 1, kids[kids.count - 1].footnoteMarker != nil else { return nil }
        var end = kids.count
        while end > 0, kids[end - 1].isMarkerOrSpace { end -= 1 }
        guard end > 0 else { return nil }
        var kept = Array(kids[..<end])
        var spaced = false
        if case .text(var t) = kept[end - 1], t.utf8.last == 0x20 {
            while t.utf8.last == 0x20 { t.removeLast() }
            spaced = true
            if t.isEmpty { kept.removeLast() } else { kept[end - 1] = .text(t) }
        }
        guard !kept.isEmpty else { return nil }
        var out = Array(dropLast())
        out.append(last.withChildren(kept))
        if spaced { out.append(.text(" ")) }
        for k in kids[end...] where !(spaced && k.isMarkerOrSpace && k.footnoteMarker == nil) { out.append(k) }
        return out
    }

    /// `text` in place of these inlines, inside the one mark that wraps them all, if any.
    func replacingText(with text: String) -> [Inline] {
        if count == 1, !self[0].children.isEmpty { return [self[0].withChildren(self[0].children.replacingText(with: text))] }
        return [.text(text)]
    }
}
