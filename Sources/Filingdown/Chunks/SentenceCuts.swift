/// Cuts a paragraph's inlines into pieces of whole sentences, marks kept on both sides of a
/// cut. A sentence longer than a piece is cut at word starts, and a word longer than a piece
/// (a run with no space, as hostile input has) at a character boundary, so every piece fits.
enum SentenceCuts {
    /// Pieces whose text is at most `first` characters for the first and `rest` for the others
    /// (a little under, for the Markdown escapes rendering adds).
    static func split(_ inlines: [Inline], first: Int, rest: Int) -> [[Inline]] {
        let text = Array(inlines.plainText.utf8)
        let cuts = offsets(in: text, first: first * 19 / 20, rest: rest * 19 / 20)
        guard !cuts.isEmpty else { return [inlines] }
        let pieces = cut(inlines, at: cuts)
        return pieces.indices.compactMap { k in
            var piece = pieces[k]
            trimEnd(&piece)
            trimStart(&piece)
            return piece.isEmpty ? nil : piece
        }
    }

    /// Byte offsets into `t` where a new piece starts.
    static func offsets(in t: [UInt8], first: Int, rest: Int) -> [Int] {
        var cuts: [Int] = []
        var budget = max(first, 1)
        var pieceStart = 0, mark = 0, used = 0
        while mark < t.count {
            let next = sentenceStart(in: t, after: mark)
            let add = BlockSplitter.scalars(t[mark..<next])
            if used + add <= budget {
                used += add
                mark = next
                continue
            }
            if mark > pieceStart {
                cuts.append(mark)
                pieceStart = mark
                used = 0
                budget = max(rest, 1)
                continue
            }
            // A first sentence too long for the room left but not for a chunk: the piece
            // takes it whole, and the chunk it was to fill closes before it.
            if add <= rest {
                used = add
                mark = next
                budget = max(rest, 1)
                continue
            }
            // One sentence over a chunk: cut it at the last word start that fits.
            var count = 0, lastWord = pieceStart, q = pieceStart
            while q < next {
                let b = t[q]
                if b & 0xC0 != 0x80 {
                    if count == budget {
                        let cut = lastWord > pieceStart ? lastWord : q
                        cuts.append(cut)
                        pieceStart = cut
                        budget = max(rest, 1)
                        count = BlockSplitter.scalars(t[cut..<q])
                        lastWord = cut
                    }
                    count += 1
                }
                if b == 0x20, q + 1 < next, t[q + 1] != 0x20 { lastWord = q + 1 }
                q += 1
            }
            used = count
            mark = next
        }
        return cuts
    }

    /// The start of the sentence after the one holding `from`, or `t.count`.
    static func sentenceStart(in t: [UInt8], after from: Int) -> Int {
        let n = t.count
        var i = from
        while i < n {
            let b = t[i]
            if b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || (b == UInt8(ascii: ".") && !isAbbreviation(t, dot: i)),
               let start = startAfterEnd(t, i) {
                return start
            }
            i += 1
        }
        return n
    }

    /// After the punctuation at `i`: closing quotes and brackets, then at least one space, then
    /// a capital, a digit or an opening mark; where that starts, or nil.
    private static func startAfterEnd(_ t: [UInt8], _ i: Int) -> Int? {
        let n = t.count
        var j = i + 1
        while j < n {
            if t[j] == UInt8(ascii: ")") || t[j] == UInt8(ascii: "]") || t[j] == UInt8(ascii: "\"") || t[j] == UInt8(ascii: "'") {
                j += 1
            } else if j + 2 < n, t[j] == 0xE2, t[j + 1] == 0x80, t[j + 2] == 0x9D || t[j + 2] == 0x99 {
                j += 3
            } else { break }
        }
        var k = j
        while k < n {
            if t[k] == 0x20 || t[k] == 0x0A { k += 1 } else if k + 1 < n, t[k] == 0xC2, t[k + 1] == 0xA0 { k += 2 } else { break }
        }
        guard k > j, k < n else { return nil }
        let c = t[k]
        let opens = (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
            || c == UInt8(ascii: "(") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "$")
            || (k + 2 < n && c == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x9C)
        return opens ? k : nil
    }

    private static let abbreviations: Set<[UInt8]> = Set(["inc", "co", "corp", "ltd", "no", "nos", "mr", "mrs", "ms", "dr",
                                                        "st", "jr", "sr", "vs", "fig", "sec", "approx", "dept", "est", "ft"]
        .map { Array($0.utf8) })

    /// `Inc.`, `No.`, `U.S.`, `J. Smith`: a period that ends a word that is no sentence end.
    private static func isAbbreviation(_ t: [UInt8], dot: Int) -> Bool {
        var s = dot
        while s > 0, isLetter(t[s - 1]) { s -= 1 }
        let length = dot - s
        if length == 1 { return true }
        guard length > 0, length <= 6 else { return false }
        return abbreviations.contains(t[s..<dot].map { $0 | 0x20 })
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

    /// `inlines` cut at byte offsets of their plain text (line breaks one byte, as `plainText`
    /// counts them); a mark that spans a cut wraps its part on each side.
    static func cut(_ inlines: [Inline], at cuts: [Int]) -> [[Inline]] {
        var offset = 0
        var next = 0
        func walk(_ inlines: [Inline]) -> [[Inline]] {
            var parts: [[Inline]] = [[]]
            for inline in inlines {
                switch inline {
                case .text(let s):
                    let n = s.utf8.count
                    guard next < cuts.count, cuts[next] - offset < n else {
                        parts[parts.count - 1].append(inline)
                        offset += n
                        continue
                    }
                    let bytes = Array(s.utf8)
                    var local = 0
                    while next < cuts.count, cuts[next] - offset < n {
                        let c = max(cuts[next] - offset, local)
                        if c > local { parts[parts.count - 1].append(.text(String(decoding: bytes[local..<c], as: UTF8.self))) }
                        parts.append([])
                        local = c
                        next += 1
                    }
                    if local < n { parts[parts.count - 1].append(.text(String(decoding: bytes[local...], as: UTF8.self))) }
                    offset += n
                case .lineBreak:
                    while next < cuts.count, cuts[next] <= offset { parts.append([]); next += 1 }
                    parts[parts.count - 1].append(.lineBreak)
                    offset += 1
                case .strong(let children), .emphasis(let children), .superscript(let children), .link(_, let children):
                    for (k, part) in walk(children).enumerated() {
                        if k > 0 { parts.append([]) }
                        if !part.isEmpty { parts[parts.count - 1].append(inline.withChildren(part)) }
                    }
                }
            }
            return parts
        }
        return walk(inlines)
    }

    /// Spaces and line breaks dropped from the end: two trailing spaces would be a Markdown hard break.
    static func trimEnd(_ inlines: inout [Inline]) {
        while let last = inlines.last {
            switch last {
            case .lineBreak:
                inlines.removeLast()
            case .text(let s):
                var u = Substring(s)
                while let l = u.last, l == " " || l == "\n" || l == "\u{A0}" { u = u.dropLast() }
                if u.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .text(String(u)); return }
            case .strong(var c), .emphasis(var c), .superscript(var c), .link(_, var c):
                trimEnd(&c)
                if c.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = last.withChildren(c); return }
            }
        }
    }

    /// Spaces and line breaks dropped from the start.
    static func trimStart(_ inlines: inout [Inline]) {
        while let head = inlines.first {
            switch head {
            case .lineBreak:
                inlines.removeFirst()
            case .text(let s):
                let u = s.drop { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }
                if u.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(u)); return }
            case .strong(var c), .emphasis(var c), .superscript(var c), .link(_, var c):
                trimStart(&c)
                if c.isEmpty { inlines.removeFirst() } else { inlines[0] = head.withChildren(c); return }
            }
        }
    }
}
