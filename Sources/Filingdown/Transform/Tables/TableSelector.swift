/// Decides what a `<table>` really is. EDGAR uses tables for layout far more often than for
/// data: cover-page captions, checkbox lists, bullets, signatures, footnotes. Those become
/// text; the rest become one cleaned `TableGrid`.
enum TableSelector {
    static func resolve(_ table: TableDraft) -> [Draft] {
        let rows = table.rows.filter { row in row.contains { !isEmptyContent($0.content) } }
        guard !rows.isEmpty else { return [] }

        // Cells that hold structure (a nested table, a list, a page break) make a layout table.
        if rows.contains(where: { $0.contains { hasStructure($0.content) } }) {
            return expand(rows)
        }
        if rows.count == 1 { return expand(rows) }
        // One read of each cell: its text for the rules, and a lone paragraph's inlines for the grid.
        var texts: [[String]] = []
        var paragraphInlines: [[[Inline]?]] = []
        var nonEmptyCellsPerRow: [[String]] = []
        texts.reserveCapacity(rows.count)
        paragraphInlines.reserveCapacity(rows.count)
        nonEmptyCellsPerRow.reserveCapacity(rows.count)
        for row in rows {
            var rowTexts: [String] = []
            var rowInlines: [[Inline]?] = []
            var nonEmpty: [String] = []
            rowTexts.reserveCapacity(row.count)
            rowInlines.reserveCapacity(row.count)
            nonEmpty.reserveCapacity(row.count)
            for cell in row {
                let text: String
                if cell.content.count == 1, case .paragraph(let p) = cell.content[0] {
                    text = spacingLineBreaks(p.text)
                    rowInlines.append(p.inlines)
                } else {
                    text = flatText(cell.content)
                    rowInlines.append(nil)
                }
                if !text.isEmpty { nonEmpty.append(text) }
                rowTexts.append(text)
            }
            texts.append(rowTexts)
            paragraphInlines.append(rowInlines)
            nonEmptyCellsPerRow.append(nonEmpty)
        }
        if isBulletTable(nonEmptyCellsPerRow) { return bulletList(rows) }
        if isCheckboxTable(nonEmptyCellsPerRow) || isSignatureTable(nonEmptyCellsPerRow) || isProseTable(nonEmptyCellsPerRow) {
            return expand(rows)
        }

        guard var grid = GridBuilder.build(rowCount: rows.count, cellCount: { rows[$0].count }, facts: table.facts, cell: { r, k in
            let text = texts[r][k]
            let inlines = text.isEmpty ? [] : paragraphInlines[r][k].map(cellInlines) ?? flatInlines(rows[r][k].content)
            return (text, inlines, rows[r][k].colspan, rows[r][k].rowspan, rows[r][k].isHeader, rows[r][k].facts)
        }) else { return expand(rows) }
        CellCleanup.clean(&grid)
        if grid.rows.count <= 1 || grid.width <= 1 { return expand(rows) }
        let notes = FootnoteRows.split(&grid)
        var result = HeaderFusion.fuse(grid)
        result.notes = notes
        return [.settled(Block(.table(result), source: table.source.map(SourceSpan.init)))]
    }

    // MARK: classification

    private static func isEmptyContent(_ content: [Draft]) -> Bool {
        content.allSatisfy { d in
            if case .paragraph(let p) = d { return p.text.utf8.isEmpty }
            if case .table(let t) = d { return t.rows.allSatisfy { $0.allSatisfy { isEmptyContent($0.content) } } }
            return false
        }
    }

    private static func hasStructure(_ content: [Draft]) -> Bool {
        content.contains { d in
            switch d {
            case .paragraph, .image, .rule: return false
            default: return true
            }
        }
    }

    private static let bullets: Set<String> = ["•", "●", "·", "§", "Ø", "▪", "■", "◦", "○", "o", "-", "–", "—", "♦", "❖", "➢", "►", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{F076}", "Ÿ", "ü", "Ø"]

    static func isBullet(_ s: String) -> Bool { bullets.contains(s) }

    private static func isBulletTable(_ rows: [[String]]) -> Bool {
        rows.allSatisfy { $0.count >= 2 && $0[0].utf8.count <= 4 && isBullet($0[0]) }
    }

    private static func isCheckboxTable(_ rows: [[String]]) -> Bool {
        rows.contains { row in row.contains(where: isCheckbox) }
            && rows.allSatisfy { $0.count <= 4 } && !rows.contains { $0.count >= 2 && $0.dropFirst().allSatisfy { CellText.isNumeric($0) } }
    }

    /// `☐`, `☒`, `þ`, `x` alone in a cell (most cells fail on their first byte; a dash, `—`,
    /// on the bytes every box sign holds: `x`, the lead bytes of `¨`, `þ`, `ý`, the accent of a
    /// decomposed `ý`, the second byte of `☐☒☑` and `□■`).
    private static func isCheckbox(_ cell: String) -> Bool {
        guard let first = cell.utf8.first, first >= 0xC2 || first == UInt8(ascii: "x"), cell.utf8.count <= 8,
              cell.utf8.contains(where: { $0 == UInt8(ascii: "x") || $0 == 0xC2 || $0 == 0xC3 || $0 == 0xCC || $0 == 0x98 || $0 == 0x96 })
        else { return false }
        return cell.count <= 2 && cell.contains { "☐☒☑□■þýx¨".contains($0) }
    }

    private static func isSignatureTable(_ rows: [[String]]) -> Bool {
        rows.contains { $0.contains(where: isSigned) }
            && !rows.contains { $0.count >= 3 && $0.dropFirst().filter { CellText.isNumeric($0) }.count >= 2 }
    }

    /// `By:` opening the cell or `/s/` in it, on the bytes.
    private static func isSigned(_ cell: String) -> Bool {
        var cell = cell
        return cell.withUTF8 { u in
            guard u.count >= 3 else { return false }
            if u[0] == UInt8(ascii: "B"), u[1] == UInt8(ascii: "y"), u[2] == UInt8(ascii: ":") { return true }
            for i in 0..<(u.count - 2) where u[i] == UInt8(ascii: "/") && u[i + 1] == UInt8(ascii: "s") && u[i + 2] == UInt8(ascii: "/") {
                return true
            }
            return false
        }
    }

    /// Footnote and note tables: a marker column and long text, no figures.
    private static func isProseTable(_ rows: [[String]]) -> Bool {
        guard rows.allSatisfy({ $0.count <= 3 }) else { return false }
        let long = rows.contains { $0.contains { $0.utf8.count > 250 } }
        let numeric = rows.contains { $0.dropFirst().contains { CellText.isNumeric($0) && !$0.isEmpty } }
        return long && !numeric
    }

    // MARK: text

    static func flatText(_ content: [Draft]) -> String {
        // Most cells hold one paragraph: its text is the cell's text.
        if content.isEmpty { return "" }
        if content.count == 1, case .paragraph(let p) = content[0] { return spacingLineBreaks(p.text) }
        var parts: [String] = []
        for d in content {
            switch d {
            case .paragraph(let p): parts.append(p.text)
            case .table(let t):
                for row in t.rows {
                    let line = row.map { flatText($0.content) }.filter { !$0.isEmpty }.joined(separator: " ")
                    if !line.isEmpty { parts.append(line) }
                }
            case .listItem(_, _, let c): parts.append(flatText(c))
            case .preformatted(let s, _): parts.append(s)
            case .image(let alt, _): if !alt.isEmpty { parts.append(alt) }
            default: break
            }
        }
        return spacingLineBreaks(parts.joined(separator: " "))
    }

    /// `flatText` with the marks kept: what a data table's cell shows. Paragraphs the filer set
    /// one under the other in a cell stay apart, a `.lineBreak` between them (apple-10k-2024's
    /// cover lists its securities one `<div>` each in one cell); a `<br>` inside a paragraph is
    /// the column's width and reads as a space.
    static func flatInlines(_ content: [Draft]) -> [Inline] {
        if content.count == 1, case .paragraph(let p) = content[0] { return cellInlines(p.inlines) }
        var parts: [[Inline]] = []
        var stacked: [Bool] = []
        for d in content {
            switch d {
            case .paragraph(let p):
                guard p.text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A }) else { continue }
                parts.append(p.inlines.spacingLineBreaks())
                stacked.append(true)
                continue
            case .table, .preformatted, .image:
                let text = flatText([d])
                if !text.isEmpty { parts.append([.text(text)]) }
            case .listItem(_, _, let c): parts.append(flatInlines(c).spacingLineBreaks())
            default: break
            }
            if parts.count > stacked.count { stacked.append(false) }
        }
        // Stacked only on evidence: a part that opens on a figure or a sign, or one after a part
        // that closes a sentence; without it, paragraphs in a cell are one label wrapped.
        let stacks = parts.indices.dropFirst().contains { k in stacked[k - 1] && stacked[k] && isStackBoundary(parts[k - 1], parts[k]) }
        var out: [Inline] = []
        for (k, part) in parts.enumerated() {
            if k > 0 {
                if stacks && stacked[k - 1] && stacked[k] && !continuesLine(part) && !runsOn(parts[k - 1]) { out.append(.lineBreak) } else { out.appendText(" ") }
            }
            for inline in part { if case .text(let t) = inline { out.appendText(t) } else { out.append(inline) } }
        }
        return out.mergingAdjacentMarks()
    }

    /// A cell's lone paragraph as the cell shows it.
    private static func cellInlines(_ paragraph: [Inline]) -> [Inline] {
        paragraph.spacingLineBreaks().mergingAdjacentMarks()
    }

    /// A paragraph that opens lower case, after an opening parenthesis or not, is the line above
    /// wrapped into a paragraph of its own (cocacola-10k-2023's `Divestitures, deconsolidations` /
    /// `and other`, `Amortization of net actuarial loss` / `(gain)`), not a value stacked under it.
    private static func continuesLine(_ part: [Inline]) -> Bool {
        for scalar in part.plainText.unicodeScalars where scalar != "(" && scalar != " " {
            return scalar.properties.isLowercase
        }
        return false
    }

    /// `Common Stock, $0.00001 par value per share` over `0.000% Notes due 2025`, `25,595 PSUs` over
    /// `21,939 TSUs`, `… to present;` over `Chief Financial Officer …`: values one under the other.
    private static func isStackBoundary(_ above: [Inline], _ below: [Inline]) -> Bool {
        let top = above.plainText
        if let end = top.unicodeScalars.last(where: { $0 != " " }), end == "." || end == ";" || end == ":" { return true }
        let text = below.plainText
        var scalars = text.unicodeScalars.drop { $0 == " " }
        if scalars.first == "(" { scalars = scalars.dropFirst() }
        guard let first = scalars.first else { return false }
        return !first.properties.isAlphabetic && first != "*" && first != "\"" && first != "“"
    }

    /// A paragraph that leaves a parenthesis open (`(Commission` / `File Number)`) or stops on a
    /// word that leads into the next (carboceramics-10k-2017's `… translation gain to` / `Net Loss
    /// upon …`) runs on into the paragraph under it.
    private static func runsOn(_ part: [Inline]) -> Bool {
        let text = part.plainText
        var depth = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "(") { depth += 1 } else if b == UInt8(ascii: ")") { depth -= 1 }
        }
        if depth > 0 || text.utf8.last == UInt8(ascii: ",") { return true }
        let last = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["to", "of", "and", "or", "the", "for", "in", "on", "by", "with", "from", "a", "an", "at", "as"].contains(last)
    }

    /// A line break inside a cell is the column's width, not the filer's meaning.
    private static func spacingLineBreaks(_ text: String) -> String {
        var bytes = text
        guard bytes.withUTF8({ ByteSearch.index(of: 0x0A, in: UnsafeRawBufferPointer($0), from: 0, to: $0.count) != nil }) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }

    // MARK: layout → text

    /// Reads a layout table row by row: a row of short single-paragraph cells becomes one
    /// paragraph (`ITEM 7.01 REGULATION FD DISCLOSURE`); richer cells keep their blocks.
    private static func expand(_ rows: [[CellDraft]]) -> [Draft] {
        var out: [Draft] = []
        for row in rows {
            let cells = row.filter { !isEmptyContent($0.content) }
            let simple = cells.allSatisfy { cell in
                cell.content.count == 1 && { if case .paragraph = cell.content[0] { return true }; return false }()
            }
            if simple, cells.count > 1 {
                let paragraphs = cells.compactMap { c -> Paragraph? in
                    if case .paragraph(let p) = c.content[0] { return p }
                    return nil
                }
                out.append(.paragraph(join(paragraphs)))
            } else {
                for cell in cells {
                    for d in cell.content {
                        if case .table(let nested) = d { out.append(contentsOf: resolve(nested)) } else { out.append(d) }
                    }
                }
            }
        }
        return out
    }

    private static func bulletList(_ rows: [[CellDraft]]) -> [Draft] {
        var out: [Draft] = []
        for row in rows {
            let cells = row.filter { !isEmptyContent($0.content) }.dropFirst()
            var content: [Draft] = []
            let paragraphs = cells.flatMap { c in c.content.compactMap { d -> Paragraph? in
                if case .paragraph(let p) = d { return p }
                return nil
            } }
            if !paragraphs.isEmpty { content.append(.paragraph(join(paragraphs))) }
            for c in cells { for d in c.content { if case .paragraph = d {} else { content.append(d) } } }
            out.append(.listItem(ordered: false, depth: 0, content: content))
        }
        return out
    }

    static func join(_ paragraphs: [Paragraph]) -> Paragraph {
        guard var result = paragraphs.first else {
            return Paragraph(inlines: [], text: "", look: .init(boldShare: 0, italicShare: 0, centered: false, fontSize: 10, allLink: false), htmlHeadingLevel: nil)
        }
        var weight = Float(characterCount(result.text))
        var bold = result.look.boldShare * weight
        var italic = result.look.italicShare * weight
        var size = result.look.fontSize * weight
        for p in paragraphs.dropFirst() {
            result.inlines.append(.text(" "))
            result.inlines.append(contentsOf: p.inlines)
            result.text += " " + p.text
            let w = Float(characterCount(p.text))
            weight += w
            bold += p.look.boldShare * w
            italic += p.look.italicShare * w
            size += p.look.fontSize * w
            result.look.allLink = result.look.allLink && p.look.allLink
            if let span = p.source {
                result.source = result.source.map { min($0.lowerBound, span.lowerBound)..<max($0.upperBound, span.upperBound) } ?? span
            }
            result.look.centered = result.look.centered || p.look.centered
        }
        if weight > 0 {
            result.look.boldShare = bold / weight
            result.look.italicShare = italic / weight
            result.look.fontSize = size / weight
        }
        return result
    }

    /// `s.count`, from the bytes when they are ASCII without a CR (one Character each): the
    /// texts joined here are whole paragraphs, long for grapheme breaking.
    private static func characterCount(_ s: String) -> Int {
        var bytes = s
        let ascii = bytes.withUTF8 { u in !u.contains { $0 >= 0x80 || $0 == 0x0D } }
        return ascii ? s.utf8.count : s.count
    }
}
