/// A `Table` as aligned plain text in the manner of `w3m -dump`: columns padded with spaces,
/// figures right-aligned, the header over a dashed rule, fitted to the page width where it can be.
///
/// - Header rows stay rows, top to bottom. A label the model repeats over adjacent columns of one
///   header row (a spanning label, `Pension Plans` over `2023` and `2022`) is printed once,
///   centred over its span and underlined with dashes as filings print it; it spans only columns
///   that one label of the row above also spans. Header cells wrap to their column's width, the
///   width its body values need (at least the header's longest word), and sit on the rule.
/// - Every body row keeps all its figures on one line, so `grep` finds a row with its values.
///   A table wider than the page narrows only its text columns (left-aligned: row labels,
///   descriptions), widest first and never below `textColumnFloor`: such a cell starts on its
///   row's line and continues on the lines below, indented by `continuationIndent`. Figures and
///   right-aligned columns never wrap, so a table whose figures alone are wider than the page
///   stays wider rather than be cut.
/// - A cell of several paragraphs (`.lineBreak`, two securities in one cover-page cell) prints
///   them as stacked lines, its row taking as many lines.
/// - With no page width (`--columns 0`) nothing wraps: header cells and labels keep one line each.
///
/// The caption and the notes are the writer's, above and below the grid. Widths are Characters,
/// counted on bytes where `TextColumns` allows; lines are built straight into the output bytes.
enum TextTableLayout {
    static let gap = 2
    /// How far a wrapped text cell's continuation lines are indented, so they do not read as rows.
    static let continuationIndent = 2
    /// The narrowest a text column is made to fit the page: a row label wrapped narrower than
    /// this takes more lines than the columns it saves are worth.
    static let textColumnFloor = 20

    /// One line of a cell and its width in columns.
    private struct CellLine {
        var text: String
        var columns: Int
    }

    /// A cell's paragraphs, measured.
    private struct CellText {
        var paragraphs: [CellLine]
        var isEmpty: Bool { paragraphs.isEmpty }
    }

    /// A run of header cells printed as one: a single cell, or one label over several columns.
    private struct Segment {
        var first: Int
        var last: Int
        var text: CellText
        var spans: Bool { last > first }
    }

    /// Writes `table` laid out for a page `pageWidth` columns wide (`Int.max`: no wrapping).
    static func write(_ table: Table, pageWidth: Int = Int.max, into out: inout [UInt8]) {
        guard table.columnCount > 0 else { return }
        let wraps = pageWidth != Int.max
        var headerRows = table.headerRows.filter { !$0.allSatisfy(\.isEmpty) }
        var bodyRows = table.bodyRows
        if bodyRows.isEmpty {
            bodyRows = headerRows
            headerRows = []
        }
        // A column blank from top to bottom would print as a gap and a one-dash rule.
        var used = [Bool](repeating: false, count: table.columnCount)
        for row in headerRows { for (c, cell) in row.enumerated() where c < used.count && !cell.isEmpty { used[c] = true } }
        for row in bodyRows { for (c, cell) in row.enumerated() where c < used.count && !cell.isEmpty { used[c] = true } }
        let kept = used.indices.filter { used[$0] }
        let columnCount = kept.count
        guard columnCount > 0 else { return }
        // Trailing spaces can be cut as bytes only if every cell is one Character per scalar:
        // otherwise a space may belong to the Character before it.
        var bytesAreCharacters = true
        func measure(_ row: [TableCell]) -> [CellText] {
            kept.map { c in
                c < row.count && !row[c].isEmpty ? CellText(paragraphs: lines(of: FootnoteMarkers.readingText(row[c].inlines), bytesAreCharacters: &bytesAreCharacters)) : CellText(paragraphs: [])
            }
        }
        let header = headerRows.map(measure)
        let body = bodyRows.map(measure)
        let segments = headerSegments(header)
        let rightAligned = kept.map { $0 < table.alignments.count && table.alignments[$0] == .right }

        // Widths for one choice of the cells that run over blank columns to their right, and
        // whether the table, unwrapped, is wider than the page.
        func fittedWidths(_ spans: [[Int]]) -> (widths: [Int], overflows: Bool) {
            // What the body needs, then what the single-column header cells need. A figure never
            // wraps, so the widest figure of a column is the least it can be given.
            var widths = [Int](repeating: 0, count: columnCount)
            var figureWidths = widths, longestBodyWord = widths
            var spanNeeds: [(first: Int, last: Int, need: Int)] = []
            for (r, row) in body.enumerated() {
                for (c, cell) in row.enumerated() {
                    if spans[r][c] > c {
                        spanNeeds.append((c, spans[r][c], cell.paragraphs.map { longestWord($0) + continuationIndent }.max() ?? 0))
                        continue
                    }
                    for p in cell.paragraphs {
                        widths[c] = max(widths[c], p.columns)
                        if !wraps { continue }
                        if isWrappable(p, rightAligned: rightAligned[c]) {
                            longestBodyWord[c] = max(longestBodyWord[c], longestWord(p))
                        } else {
                            figureWidths[c] = max(figureWidths[c], p.columns)
                        }
                    }
                }
            }
            var headerNeed = [Int](repeating: 0, count: columnCount)
            var headerNatural = headerNeed
            for row in segments {
                for segment in row where !segment.spans {
                    for p in segment.text.paragraphs {
                        headerNeed[segment.first] = max(headerNeed[segment.first], wraps ? longestWord(p) : p.columns)
                        headerNatural[segment.first] = max(headerNatural[segment.first], p.columns)
                    }
                }
            }
            let blankBody = widths.map { $0 == 0 }
            for c in 0..<columnCount { widths[c] = max(widths[c], headerNeed[c]) }
            let overflows = wraps && widths.reduce(gap * (columnCount - 1), +) > pageWidth
            if wraps {
                // Words in a column of figures wrap down to its figures; a text column keeps its longest
                // word and, while the page has room for it, `textColumnFloor` or its share of what the
                // figures leave (six columns of prose in delaware-485bpos-2024's trustee table).
                var floors = (0..<columnCount).map { c in max(figureWidths[c], headerNeed[c], rightAligned[c] ? longestBodyWord[c] : 0) }
                let textColumns = rightAligned.filter { !$0 }.count
                if textColumns > 0 {
                    let left = pageWidth - gap * (columnCount - 1) - (0..<columnCount).reduce(0) { $0 + (rightAligned[$1] ? floors[$1] : 0) }
                    let share = min(textColumnFloor, max(0, left / textColumns))
                    for c in 0..<columnCount where !rightAligned[c] {
                        // Row labels keep the whole floor: beside ten columns of figures (jnj-10k-2024's
                        // hedging table) a narrower label takes six lines a row.
                        floors[c] = min(widths[c], max(floors[c], longestBodyWord[c] + continuationIndent, c == 0 ? textColumnFloor : share))
                    }
                }
                narrow(&widths, toFit: pageWidth, floors: floors)
                // A header over a blank column has no values to wrap to (loncor-20f-2016's `U.S. GAAP [ ]`
                // check box): it keeps its line while the page has room.
                var room = pageWidth - widths.reduce(gap * (columnCount - 1), +)
                for c in 0..<columnCount where blankBody[c] && headerNatural[c] > widths[c] && room > 0 {
                    let added = min(room, headerNatural[c] - widths[c])
                    widths[c] += added
                    room -= added
                }
            }
            // A spanning label at least as wide as its longest word (its whole text, unwrapped), and
            // a text cell running over blank columns as wide as its longest word.
            for row in segments {
                for segment in row where segment.spans {
                    spanNeeds.append((segment.first, segment.last, segment.text.paragraphs.map { wraps ? longestWord($0) : $0.columns }.max() ?? 0))
                }
            }
            for span in spanNeeds {
                let have = spanWidth(span.first, span.last, widths)
                if span.need > have { widths[span.last] += span.need - have }
            }
            return (widths, overflows)
        }

        /// The body's cells, each over the columns `spans` gives it, wrapped to `widths`.
        func laidOut(_ row: [CellText], spans: [Int], widths: [Int]) -> [(first: Int, last: Int, lines: [CellLine])] {
            var pieces: [(first: Int, last: Int, lines: [CellLine])] = []
            var c = 0
            while c < columnCount {
                let last = spans[c]
                let width = spanWidth(c, last, widths)
                let paragraphs = row[c].paragraphs
                let lines = !wraps ? paragraphs : paragraphs.flatMap { p in
                    p.columns > width && isWrappable(p, rightAligned: rightAligned[c])
                        ? wrap(p.text, width: width, indent: rightAligned[c] ? 0 : continuationIndent) : [p]
                }
                pieces.append((c, last, lines))
                c = last + 1
            }
            return pieces
        }

        var spans: [[Int]] = body.map { Array($0.indices) }
        var (widths, overflows) = fittedWidths(spans)
        // In a table too wide for the page, a text cell with nothing to its right (a section label)
        // may run over the blank columns after it rather than widen its own column, and one before
        // blank text columns only (a TOC title whose filing cell spanned the page column). Of the
        // three, the table takes the one of least area, lines times width (on a tie, the one that
        // runs more cells over blank columns): Coca-Cola's cover page keeps its columns, loncor's
        // table of contents runs its titles over the blank column.
        if overflows {
            func area(_ spans: [[Int]], _ widths: [Int]) -> Int {
                let lines = body.indices.reduce(0) { $0 + max(1, laidOut(body[$1], spans: spans[$1], widths: widths).map { $0.lines.count }.max() ?? 1) }
                return lines * widths.reduce(gap * (columnCount - 1), +)
            }
            var best = area(spans, widths)
            var tried = spans
            for overBlankText in [false, true] {
                let candidate = body.map { spillEnds($0, rightAligned: rightAligned, overBlankText: overBlankText) }
                if candidate == tried { continue }
                tried = candidate
                let candidateWidths = fittedWidths(candidate).widths
                let candidateArea = area(candidate, candidateWidths)
                if candidateArea <= best { (best, spans, widths) = (candidateArea, candidate, candidateWidths) }
            }
        }

        for row in segments {
            writeHeaderRow(row, widths: widths, rightAligned: rightAligned, wraps: wraps, bytesAreCharacters: bytesAreCharacters, into: &out)
        }
        if !segments.isEmpty {
            for (c, w) in widths.enumerated() {
                if c > 0 { appendSpaces(gap, to: &out) }
                out.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: max(1, w)))
            }
            out.append(UInt8(ascii: "\n"))
        }
        for (r, row) in body.enumerated() {
            let pieces = laidOut(row, spans: spans[r], widths: widths)
            let height = max(1, pieces.map { $0.lines.count }.max() ?? 1)
            for k in 0..<height {
                let lineStart = out.count
                for (n, piece) in pieces.enumerated() {
                    if n > 0 { appendSpaces(gap, to: &out) }
                    let line = k < piece.lines.count ? piece.lines[k] : CellLine(text: "", columns: 0)
                    append(line, width: spanWidth(piece.first, piece.last, widths), alignment: rightAligned[piece.first] ? .right : .left, to: &out)
                }
                trimTrailingSpaces(from: lineStart, of: &out, bytesAreCharacters: bytesAreCharacters)
                out.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// Per cell of a body row, the last column it may run over: itself, or for a text cell,
    /// every blank column after it when nothing follows, and with `overBlankText` the blank
    /// text columns after it (never a blank figure column before a figure: that blank is a
    /// value the filing left out).
    private static func spillEnds(_ row: [CellText], rightAligned: [Bool], overBlankText: Bool) -> [Int] {
        var ends = Array(row.indices)
        guard let lastFilled = row.lastIndex(where: { !$0.isEmpty }) else { return ends }
        for c in row.indices where !row[c].isEmpty && !rightAligned[c] && c + 1 < row.count && row[c + 1].isEmpty {
            if c == lastFilled {
                ends[c] = row.count - 1
            } else if overBlankText {
                var end = c
                while end + 1 < row.count, row[end + 1].isEmpty, !rightAligned[end + 1] { end += 1 }
                ends[c] = end
            }
        }
        return ends
    }

    // MARK: Header

    /// Per header row, its cells as segments: adjacent cells of the same label are one segment,
    /// unless the row above splits them (`2023 | 2023` under `Pension | Other` stays two).
    private static func headerSegments(_ rows: [[CellText]]) -> [[Segment]] {
        var result: [[Segment]] = []
        var splitAbove: [Bool] = []  // splitAbove[c]: the row above separates columns c and c + 1
        for row in rows {
            var segments: [Segment] = []
            var split = [Bool](repeating: false, count: max(0, row.count - 1))
            for (c, cell) in row.enumerated() {
                if c > 0 {
                    let previous = row[c - 1]
                    let same = previous.paragraphs.map(\.text) == cell.paragraphs.map(\.text)
                    split[c - 1] = !same || (c - 1 < splitAbove.count && splitAbove[c - 1])
                    if !cell.isEmpty, same, !split[c - 1], var last = segments.popLast() {
                        last.last = c
                        segments.append(last)
                        continue
                    }
                }
                segments.append(Segment(first: c, last: c, text: cell))
            }
            splitAbove = split
            result.append(segments)
        }
        return result
    }

    private enum Alignment { case left, right, center }

    /// One header row, bottom-aligned on the rule; spanning labels centred and underlined.
    private static func writeHeaderRow(_ row: [Segment], widths: [Int], rightAligned: [Bool], wraps: Bool,
                                       bytesAreCharacters: Bool, into out: inout [UInt8]) {
        let cellLines: [[CellLine]] = row.map { segment in
            let width = spanWidth(segment, widths)
            guard wraps else { return segment.text.paragraphs }
            return segment.text.paragraphs.flatMap { $0.columns > width ? wrap($0.text, width: width, indent: 0) : [$0] }
        }
        let height = cellLines.map { $0.count }.max() ?? 0
        for k in 0..<height {
            let lineStart = out.count
            for (s, segment) in row.enumerated() {
                if s > 0 { appendSpaces(gap, to: &out) }
                let lines = cellLines[s]
                let index = k - (height - lines.count)
                let line = index >= 0 ? lines[index] : CellLine(text: "", columns: 0)
                let alignment: Alignment = segment.spans ? .center : rightAligned[segment.first] ? .right : .left
                append(line, width: spanWidth(segment, widths), alignment: alignment, to: &out)
            }
            trimTrailingSpaces(from: lineStart, of: &out, bytesAreCharacters: bytesAreCharacters)
            out.append(UInt8(ascii: "\n"))
        }
        guard row.contains(where: { $0.spans && !$0.text.isEmpty }) else { return }
        let lineStart = out.count
        for (s, segment) in row.enumerated() {
            if s > 0 { appendSpaces(gap, to: &out) }
            let width = spanWidth(segment, widths)
            if segment.spans && !segment.text.isEmpty {
                out.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: width))
            } else {
                appendSpaces(width, to: &out)
            }
        }
        trimTrailingSpaces(from: lineStart, of: &out, bytesAreCharacters: true)
        out.append(UInt8(ascii: "\n"))
    }

    private static func spanWidth(_ segment: Segment, _ widths: [Int]) -> Int {
        spanWidth(segment.first, segment.last, widths)
    }

    private static func spanWidth(_ first: Int, _ last: Int, _ widths: [Int]) -> Int {
        var width = gap * (last - first)
        for c in first...last { width += widths[c] }
        return width
    }

    // MARK: Fitting

    /// Narrows the widest columns to a common cap until the table fits `pageWidth` or every
    /// column is at its floor.
    private static func narrow(_ widths: inout [Int], toFit pageWidth: Int, floors: [Int]) {
        let gaps = gap * (widths.count - 1)
        guard widths.reduce(gaps, +) > pageWidth else { return }
        func width(cappedAt cap: Int) -> Int {
            widths.indices.reduce(gaps) { $0 + max(floors[$1], min(widths[$1], cap)) }
        }
        // The widest cap that fits; 0 (every column at its floor) when none does.
        var low = 0, high = widths.max() ?? 0
        while low < high {
            let mid = (low + high + 1) / 2
            if width(cappedAt: mid) <= pageWidth { low = mid } else { high = mid - 1 }
        }
        for c in widths.indices { widths[c] = max(floors[c], min(widths[c], low)) }
    }

    /// Whether a body paragraph may wrap: any text in a text column; in a column of figures,
    /// only words (a letter and a space: `Not applicable`, a header row the filing put in the
    /// body), never a figure (`$ 45,754`, `(1)%`, `NA`).
    private static func isWrappable(_ paragraph: CellLine, rightAligned: Bool) -> Bool {
        guard rightAligned else { return true }
        var space = false, letter = false
        for b in paragraph.text.utf8 {
            if b == UInt8(ascii: " ") { space = true } else if (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") { letter = true }
            if space && letter { return true }
        }
        return false
    }

    // MARK: Lines

    /// Greedy word wrap of one paragraph: the first line `width` wide, the others indented by
    /// `indent`. A word longer than its line stands alone on it.
    private static func wrap(_ text: String, width: Int, indent: Int) -> [CellLine] {
        var lines: [CellLine] = []
        var line = ""
        var columns = 0
        func finishLine() {
            if lines.isEmpty || indent == 0 {
                lines.append(CellLine(text: line, columns: columns))
            } else {
                lines.append(CellLine(text: String(repeating: " ", count: indent) + line, columns: indent + columns))
            }
            line = ""
            columns = 0
        }
        for word in text.split(separator: " ") {
            let wordColumns = TextColumns.count(String(word))
            let room = lines.isEmpty ? width : width - indent
            if columns > 0, columns + 1 + wordColumns > room { finishLine() }
            if columns > 0 {
                line += " "
                columns += 1
            }
            line += word
            columns += wordColumns
        }
        if columns > 0 || lines.isEmpty { finishLine() }
        return lines
    }

    /// The widest space-separated word of a paragraph, in columns.
    private static func longestWord(_ line: CellLine) -> Int {
        guard line.text.utf8.contains(UInt8(ascii: " ")) else { return line.columns }
        // On bytes where every scalar is a Character: a space byte is then a space Character.
        var text = line.text
        let counted = text.withUTF8 { u -> Int? in
            guard TextColumns.scalarsAreCharacters(u) else { return nil }
            var longest = 0, word = 0
            for b in u {
                if b == UInt8(ascii: " ") {
                    longest = max(longest, word)
                    word = 0
                } else if !TextColumns.isContinuation(b) {
                    word += 1
                }
            }
            return max(longest, word)
        }
        return counted ?? line.text.split(separator: " ").map { TextColumns.count(String($0)) }.max() ?? 0
    }

    /// The lines of a cell (split at `\n` Characters) with their widths.
    private static func lines(of cell: String, bytesAreCharacters: inout Bool) -> [CellLine] {
        var bytes = cell
        let counted = bytes.withUTF8 { u -> [CellLine]? in
            guard TextColumns.scalarsAreCharacters(u) else { return nil }
            var lines: [CellLine] = []
            var start = 0
            while true {
                var end = start
                while end < u.count, u[end] != 0x0A { end += 1 }
                let text = start == 0 && end == u.count ? cell : String(decoding: UnsafeBufferPointer(rebasing: u[start..<end]), as: UTF8.self)
                lines.append(CellLine(text: text, columns: TextColumns.scalarCount(u, start, end)))
                if end == u.count { return lines }
                start = end + 1
            }
        }
        if let counted { return counted }
        bytesAreCharacters = false
        return cell.split(separator: "\n", omittingEmptySubsequences: false).map { CellLine(text: String($0), columns: $0.count) }
    }

    private static func append(_ line: CellLine, width: Int, alignment: Alignment, to out: inout [UInt8]) {
        let pad = max(0, width - line.columns)
        switch alignment {
        case .left:
            out.append(line.text)
            appendSpaces(pad, to: &out)
        case .right:
            appendSpaces(pad, to: &out)
            out.append(line.text)
        case .center:
            appendSpaces(pad / 2, to: &out)
            out.append(line.text)
            appendSpaces(pad - pad / 2, to: &out)
        }
    }

    private static func appendSpaces(_ n: Int, to out: inout [UInt8]) {
        if n > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n)) }
    }

    /// Drops the trailing space Characters of the line that starts at `lineStart`.
    private static func trimTrailingSpaces(from lineStart: Int, of out: inout [UInt8], bytesAreCharacters: Bool) {
        if bytesAreCharacters {
            while out.count > lineStart, out[out.count - 1] == UInt8(ascii: " ") { out.removeLast() }
            return
        }
        var line = String(decoding: out[lineStart...], as: UTF8.self)
        while line.hasSuffix(" ") { line.removeLast() }
        out.removeSubrange(lineStart...)
        out.append(line)
    }
}
