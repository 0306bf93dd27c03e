/// The input bytes each chunk came from. A whole block brings its own span. A piece of a cut
/// block, and a block whose span it shares with others (the pages of a plain-text filing,
/// which only know their document), is found in the input by its words: the last word
/// before it and its first words, matched across the tags, entities and spaces between them,
/// searching forward from the piece before. A piece not found takes the span of its
/// neighbours, never less: a range always holds the words of its chunk.
struct SourceLocator {
    let input: UnsafeRawBufferPointer?

    /// Tags and entities between two words of a table can run long (a row of empty styled cells).
    private static let longestGap = 16_384
    /// How far past the piece before a piece's words are looked for: 2,000 characters of a
    /// styled iXBRL table take some 100 KB of markup.
    private static let searchWindow = 262_144

    func ranges(_ chunks: [[ChunkUnit]]) -> [[Range<Int>]] {
        var flat: [(chunk: Int, unit: ChunkUnit)] = []
        for (c, units) in chunks.enumerated() { for u in units { flat.append((c, u)) } }
        var found = [[Range<Int>]](repeating: [], count: flat.count)
        let shared = sharedSpans(flat.map(\.unit))
        var i = 0
        while i < flat.count {
            let unit = flat[i].unit
            guard let span = unit.block.source, !unit.isPageBreak, !span.range.isEmpty else { i += 1; continue }
            let coarse = shared[i]
            guard coarse || unit.isPiece, input != nil else {
                found[i] = [span.range]
                i += 1
                continue
            }
            // The run of units sharing this span, page breaks between them left out.
            var group: [Int] = [i]
            var j = i + 1
            while j < flat.count {
                let u = flat[j].unit
                if u.isPageBreak { j += 1; continue }
                guard u.block.source?.range == span.range, coarse || (u.isPiece && u.origin == unit.origin) else { break }
                group.append(j)
                j += 1
            }
            for (k, r) in locate(group.map { flat[$0].unit }, in: span.range, coarse: coarse).enumerated() { found[group[k]] = r }
            i = j
        }
        var out = [[Range<Int>]](repeating: [], count: chunks.count)
        for (k, entry) in flat.enumerated() { out[entry.chunk] += found[k] }
        return out.map(merged)
    }

    /// For each unit, whether its span is one that the run of units around it carrying the same
    /// span (page breaks passed over) got from more than one block.
    private func sharedSpans(_ units: [ChunkUnit]) -> [Bool] {
        var shared = [Bool](repeating: false, count: units.count)
        var run: [Int] = []
        var mixed = false
        func close() {
            if mixed { for k in run { shared[k] = true } }
            run.removeAll(keepingCapacity: true)
            mixed = false
        }
        for (i, u) in units.enumerated() where !u.isPageBreak {
            guard let r = u.block.source?.range, !r.isEmpty else { continue }
            if let p = run.last, units[p].block.source?.range != r { close() }
            if let p = run.last, units[p].origin != u.origin { mixed = true }
            run.append(i)
        }
        close()
        return shared
    }

    /// Where each unit of a run sharing `span` starts (and, for the last of a coarse run, ends).
    private func locate(_ units: [ChunkUnit], in span: Range<Int>, coarse: Bool) -> [[Range<Int>]] {
        var starts = [Int?](repeating: nil, count: units.count)
        var cursor = span.lowerBound
        for (k, u) in units.enumerated() {
            // A cut block's first piece starts where the block does.
            if k == 0 && !coarse { starts[0] = span.lowerBound; continue }
            let lead = Words.first(3, of: u.leadText)
            guard !lead.isEmpty else { continue }
            var at: Int?
            if k > 0, let before = Words.last(1, of: units[k - 1].tailText).first,
               let hit = match([before] + lead, from: cursor, limit: span.upperBound) {
                at = hit.starts[1]
            } else if let hit = match(lead, from: cursor, limit: span.upperBound) {
                at = hit.starts[0]
            }
            if let at {
                starts[k] = at
                cursor = at + 1
            }
        }
        // A table's later pieces repeat its header: they cite the header rows too (the whole
        // table up to the piece when the first body row cannot be found).
        var header: Range<Int>?
        if !coarse, units.count > 1, case .table(let table) = units[0].block.content, !table.headerRows.isEmpty {
            let body = match(Words.first(3, of: units[0].leadText), from: span.lowerBound, limit: span.upperBound)
            header = span.lowerBound..<(body?.starts[0] ?? span.upperBound)
        }
        var out: [[Range<Int>]] = []
        for k in units.indices {
            let start = starts[k] ?? starts[..<k].last(where: { $0 != nil }).flatMap { $0 } ?? span.lowerBound
            var end = starts[(k + 1)...].first(where: { $0 != nil }).flatMap { $0 } ?? span.upperBound
            if coarse, k == units.count - 1 || starts[k + 1] == nil {
                let tail = Words.last(3, of: units[k].tailText)
                if !tail.isEmpty, let hit = match(tail, from: start, limit: end) { end = hit.end }
            }
            out.append((k > 0 ? header.map { [$0] } ?? [] : []) + [start..<max(start, end)])
        }
        return out
    }

    /// The words in order from the first occurrence of the first at or after `from`, with
    /// only markup, entities and non-word characters between them.
    private func match(_ words: [[UInt8]], from: Int, limit: Int) -> (starts: [Int], end: Int)? {
        guard let input, let first = words.first, from < limit, limit <= input.count else { return nil }
        // A run of letters that long is a word cut where it could not be cut at a space.
        guard words.allSatisfy({ $0.count <= 64 }) else { return nil }
        // The next piece lies near the one before: a bounded window keeps a search that
        // fails from reading the rest of a long block once per piece.
        let limit = min(limit, from + SourceLocator.searchWindow)
        let window = UnsafeRawBufferPointer(rebasing: input[..<limit])
        var p = from
        while let hit = ByteSearch.index(of: first, in: window, from: p) {
            p = hit + 1
            guard hit == 0 || !Words.isWordByte(input[hit - 1]) else {
                // Inside a word: no match starts before the word ends.
                while p < limit, Words.isWordByte(input[p]) { p += 1 }
                continue
            }
            guard isWordEnd(hit + first.count, limit) else { continue }
            var starts = [hit]
            var q = hit + first.count
            var matched = true
            for w in words.dropFirst() {
                q = skipGap(q, limit)
                guard q + w.count <= limit, equal(w, at: q), isWordEnd(q + w.count, limit) else { matched = false; break }
                starts.append(q)
                q += w.count
            }
            if matched { return (starts, q) }
        }
        return nil
    }

    private func isWordEnd(_ q: Int, _ limit: Int) -> Bool { q >= limit || !Words.isWordByte(input![q]) }

    private func equal(_ w: [UInt8], at q: Int) -> Bool {
        for (k, b) in w.enumerated() where input![q + k] != b { return false }
        return true
    }

    /// Past the tags, entities, spaces and punctuation after `q`, up to the next word byte.
    private func skipGap(_ start: Int, _ limit: Int) -> Int {
        guard let input else { return start }
        let stop = min(limit, start + SourceLocator.longestGap)
        var q = start
        while q < stop {
            let c = input[q]
            if Words.isWordByte(c) { return q }
            if c == UInt8(ascii: "<") {
                q = (ByteSearch.index(of: UInt8(ascii: ">"), in: input, from: q, to: stop) ?? stop) + 1
                continue
            }
            if c == UInt8(ascii: "&") {
                var e = q + 1
                while e < min(stop, q + 12), Words.isWordByte(input[e]) || input[e] == UInt8(ascii: "#") { e += 1 }
                if e < stop, input[e] == UInt8(ascii: ";") { q = e + 1; continue }
            }
            q += 1
        }
        return stop
    }

    /// Ranges sorted and joined where they overlap, touch, or have only markup and spaces between them.
    private func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound || onlyMarkup(last.upperBound..<r.lowerBound) {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    private func onlyMarkup(_ gap: Range<Int>) -> Bool {
        guard let input, gap.upperBound <= input.count, gap.count <= 65_536 else { return false }
        var q = gap.lowerBound
        while q < gap.upperBound {
            let c = input[q]
            if c == UInt8(ascii: "<") {
                guard let close = ByteSearch.index(of: UInt8(ascii: ">"), in: input, from: q, to: gap.upperBound) else { return true }
                q = close + 1
            } else if c == UInt8(ascii: "&") {
                var e = q + 1
                while e < min(gap.upperBound, q + 12), Words.isWordByte(input[e]) || input[e] == UInt8(ascii: "#") { e += 1 }
                guard e < gap.upperBound, input[e] == UInt8(ascii: ";") else { return false }
                let name = input[(q + 1)..<e]
                guard name.elementsEqual("nbsp".utf8) || name.elementsEqual("#160".utf8) || name.elementsEqual("#xa0".utf8)
                    || name.elementsEqual("#32".utf8) else { return false }
                q = e + 1
            } else if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                q += 1
            } else {
                return false
            }
        }
        return true
    }
}

extension ChunkUnit {
    /// The unit's opening words: what the splitter recorded, else the block's text.
    var leadText: String { lead.isEmpty ? block.searchText(first: true) : lead }
    /// The unit's closing words.
    var tailText: String { tail.isEmpty ? block.searchText(first: false) : tail }
}

extension Block {
    /// The block's text as the input spells its words (markers and all), or a part of it.
    fileprivate func searchText(first: Bool) -> String {
        switch content {
        case .heading(let h): return h.inlines.plainText
        case .paragraph(let inlines): return inlines.plainText
        case .list(let l): return (first ? l.items.first : l.items.last)?.plainText ?? ""
        case .table(let t):
            let row = first ? t.rows.first : t.bodyRows.last ?? t.rows.last
            return (row ?? []).map(\.plainText).joined(separator: " ")
        case .preformatted(let s): return first ? String(s.prefix(400)) : String(s.suffix(400))
        case .textTable(let t):
            let text = t.lines.joined(separator: "\n")
            return first ? String(text.prefix(400)) : String(text.suffix(400))
        case .pageBreak, .image, .omitted, .rule: return ""
        }
    }
}

/// Words as the locator matches them: runs of ASCII letters and digits.
enum Words {
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || ((b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z"))
    }

    static func first(_ n: Int, of text: String) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var word: [UInt8] = []
        for b in text.utf8 {
            if isWordByte(b) { word.append(b); continue }
            if !word.isEmpty { out.append(word); word = []; if out.count == n { return out } }
        }
        if !word.isEmpty { out.append(word) }
        return Array(out.prefix(n))
    }

    static func last(_ n: Int, of text: String) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var word: [UInt8] = []
        for b in text.utf8.reversed() {
            if isWordByte(b) { word.append(b); continue }
            if !word.isEmpty { out.append(word.reversed()); word = []; if out.count == n { return out.reversed() } }
        }
        if !word.isEmpty { out.append(word.reversed()) }
        return Array(out.prefix(n).reversed())
    }
}
