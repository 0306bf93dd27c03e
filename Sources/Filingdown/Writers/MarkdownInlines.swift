/// Renders inlines as Markdown text: escapes text, and writes a mark only where a GFM
/// parser will read it back as that mark (spaces moved outside `**`, no `**` glued to a
/// word on the side where the delimiter could not open or close).
enum MarkdownInlines {
    /// Where the rendered text goes decides what must be escaped: at the start of a paragraph
    /// or a list item (`1. `, `# `, `- ` would start a list or a heading), in a table cell
    /// (`|`, line breaks as `<br>`), or in a heading (one line, no block markup after `#`).
    enum Place {
        case paragraph, heading, listItem, tableCell
    }

    static func render(_ inlines: [Inline], in place: Place) -> String {
        // A bold label or total in a table cell, the commonest marked cell: the general
        // renderer's result, without its per-character bookkeeping.
        if place == .tableCell, inlines.count == 1, case .strong(let c) = inlines[0], c.count == 1, case .text(let s) = c[0] {
            return strongText(s)
        }
        switch place {
        case .paragraph, .listItem: return render(inlines, inTable: false, lineStart: true)
        case .heading: return render(inlines, inTable: false, lineStart: false)
        case .tableCell: return render(inlines, inTable: true, lineStart: false)
        }
    }

    private static func render(_ inlines: [Inline], inTable: Bool, lineStart: Bool) -> String {
        var context = MarkdownEscaping.Context(inTable: inTable)
        var dollars = 0, tildes = 0
        countMarks(inlines, dollars: &dollars, tildes: &tildes)
        context.escapeDollars = dollars >= 2
        context.escapeTildes = tildes >= 2
        var out = ""
        var state = State(context: context, lineStart: lineStart)
        render(inlines, next: nil, into: &out, state: &state)
        return out
    }

    /// Dollar signs and tildes across the whole block: math and strike-through pair across runs.
    private static func countMarks(_ inlines: [Inline], dollars: inout Int, tildes: inout Int) {
        for inline in inlines {
            switch inline {
            case .text(var s):
                s.withUTF8 { buf in
                    for u in buf where u == UInt8(ascii: "$") || u == UInt8(ascii: "~") {
                        if u == UInt8(ascii: "$") { dollars += 1 } else { tildes += 1 }
                    }
                }
            case .strong(let c), .emphasis(let c), .superscript(let c), .link(_, let c):
                countMarks(c, dollars: &dollars, tildes: &tildes)
            case .lineBreak:
                break
            }
        }
    }

    private struct State {
        var context: MarkdownEscaping.Context
        var lineStart: Bool
        /// The character just before the buffer being rendered into: a mark's content is
        /// rendered into a buffer of its own, whose neighbours are still the paragraph's.
        var before: Character? = nil
    }

    private static func render(_ inlines: [Inline], next following: Character?, into out: inout String, state: inout State) {
        for (i, inline) in inlines.enumerated() {
            // What follows a mark decides whether it can close; only marks ask.
            var after: Character? {
                i + 1 < inlines.count ? firstCharacter(inlines[(i + 1)...]) ?? following : following
            }
            switch inline {
            case .text(let s):
                let escaped = MarkdownEscaping.escape(s, lineStart: state.lineStart && (out.isEmpty || endsLine(out)),
                                                      context: state.context, previous: out.last)
                out += escaped
                state.lineStart = state.lineStart && out.isEmpty || endsLine(out)
            case .lineBreak:
                if state.context.inTable { out += "<br>" } else if !out.isEmpty, !endsLine(out) {
                    out += "\\\n"
                    state.lineStart = true
                }
            case .strong(let c): wrap(c, "**", next: after, into: &out, state: &state)
            case .emphasis(let c): wrap(c, "*", next: after, into: &out, state: &state)
            case .superscript(let c):
                guard var marker = FootnoteMarkers.rendered(inline) else {
                    render(c, next: after, into: &out, state: &state)
                    continue
                }
                if marker.first == " ", out.last == " " || out.isEmpty { marker.removeFirst() }
                let escaped = MarkdownEscaping.escape(marker, lineStart: state.lineStart && out.isEmpty, context: state.context,
                                                      previous: out.last)
                out += escaped
                // A marker that opens a note stays apart from the note's first word.
                if let a = after, a.isLetter || a.isNumber { out += " " }
                state.lineStart = false
            case .link(let url, let c):
                var inner = ""
                var innerState = State(context: state.context, lineStart: false)
                render(c, next: nil, into: &inner, state: &innerState)
                let trimmed = inner.trimmingASCIISpaces()
                guard !trimmed.isEmpty else { out += inner; continue }
                if inner.first == " " { out += " " }
                out += "[" + trimmed + "](" + MarkdownEscaping.destination(url) + ")"
                if inner.last == " " { out += " " }
                state.lineStart = false
            }
        }
    }

    /// `**text**` as `wrap` writes it for a cell that is nothing else: no neighbours, so only
    /// the delimiters' own rules apply.
    private static func strongText(_ s: String) -> String {
        let inner = MarkdownEscaping.escape(s, lineStart: false, context: MarkdownEscaping.context(for: s, inTable: true), previous: nil)
        let leading = inner.prefix { $0 == " " }
        let trailing = inner.reversed().prefix { $0 == " " }.count
        let core = inner.dropFirst(leading.count).dropLast(trailing)
        var out = String(leading)
        if core.isEmpty || core.utf8.contains(0x0A) || !canWrap(core, before: leading.last, after: trailing == 0 ? nil : " ") {
            out.append(contentsOf: core)
        } else {
            out += "**"
            out.append(contentsOf: core)
            out += "**"
        }
        out.append(contentsOf: inner.suffix(trailing))
        return out
    }

    private static func wrap(_ content: [Inline], _ delimiter: String, next: Character?, into out: inout String, state: inout State) {
        var inner = ""
        var innerState = state
        innerState.lineStart = state.lineStart && (out.isEmpty || endsLine(out))
        innerState.before = out.last ?? state.before
        render(content, next: next, into: &inner, state: &innerState)
        // Spaces go outside the delimiters; a line break inside ends the mark at the break.
        let leading = inner.prefix { $0 == " " }
        let trailing = inner.reversed().prefix { $0 == " " }.count
        let core = inner.dropFirst(leading.count).dropLast(trailing)
        // `append(contentsOf:)` with Substrings, not `+=`: `+=` takes String's unspecialized
        // generic append, and its run-time type look-ups (nine conformance scans, for the
        // reversed slice above most of all) cost every run about 0.3 ms of start-up.
        out.append(contentsOf: leading)
        if core.isEmpty || core.utf8.contains(0x0A) || !canWrap(core, before: out.last ?? state.before, after: trailing == 0 ? next : " ") {
            out.append(contentsOf: core)
        } else {
            out += delimiter
            out.append(contentsOf: core)
            out += delimiter
        }
        out.append(contentsOf: inner.suffix(trailing))
        state.lineStart = endsLine(out)
    }

    /// Whether rendered text ends a line. A byte test: every line feed rendered follows a
    /// backslash (a table cell's become spaces), so none pairs with a carriage return into one
    /// Character, and `hasSuffix("\n")` compared Characters on every text run.
    private static func endsLine(_ rendered: String) -> Bool {
        rendered.utf8.last == 0x0A
    }

    /// CommonMark flanking rules for `*`: an opening run followed by punctuation needs
    /// white space or punctuation before it; a closing run after punctuation likewise after it.
    private static func canWrap(_ core: Substring, before: Character?, after: Character?) -> Bool {
        guard let first = core.first, let last = core.last else { return false }
        if first.isWhitespace || last.isWhitespace { return false }
        if isPunctuation(first), let b = before, !b.isWhitespace, !isPunctuation(b) { return false }
        if isPunctuation(last) && !core.hasSuffix("\\*"), let a = after, !a.isWhitespace, !isPunctuation(a) { return false }
        if core.hasPrefix("*") || core.hasSuffix("*") { return false }
        // Delimiters touching another mark's make one longer run that no parser reads as two
        // marks (galaxynextgen-10k-2021: `*…going concern*` then a bold-italic period gave
        // `concern**.*`).
        if before == "*" || after == "*" { return false }
        return true
    }

    private static func isPunctuation(_ c: Character) -> Bool {
        c.isPunctuation || c.isSymbol || MarkdownEscaping.isASCIIPunctuation(c)
    }

    /// A slice, not a copy: called for every inline with the rest of the paragraph.
    static func firstCharacter(_ inlines: ArraySlice<Inline>) -> Character? {
        for inline in inlines {
            switch inline {
            case .text(let s): if let f = s.first { return f }
            case .lineBreak: return "\n"
            case .strong(let c), .emphasis(let c), .superscript(let c), .link(_, let c):
                if let f = firstCharacter(c[...]) { return f }
            }
        }
        return nil
    }
}
