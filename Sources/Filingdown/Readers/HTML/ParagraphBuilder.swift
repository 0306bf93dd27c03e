/// Collects the text of one paragraph from many DOM text nodes, collapsing white space
/// and deciding, at each tag edge, whether a space belongs there.
///
/// A space at a tag edge is kept between words (`On</font> <font>March` stays two words)
/// but not before `, . ; : ) %` or after `( $` (`8</font>\n<font>, 2017` reads `8, 2017`).
struct ParagraphBuilder {
    struct Marks: OptionSet, Hashable {
        let rawValue: UInt8
        static let bold = Marks(rawValue: 1)
        static let italic = Marks(rawValue: 2)
        static let superscript = Marks(rawValue: 4)
    }

    private struct Run { var start: Int; var marks: Marks; var link: Int32 }
    private enum PendingSpace { case none, interior, edge }

    private(set) var bytes: [UInt8] = []
    private var runs: [Run] = []
    private var links: [String] = []
    private var pending: PendingSpace = .none
    private var visible = 0
    private var boldVisible = 0
    private var italicVisible = 0
    private var linkVisible = 0
    private var sizeSum: Float = 0
    private var centered = false
    private var inAnchor = false

    var isEmpty: Bool { visible == 0 }

    /// Appends a text node's UTF-8 bytes, as libxml2 gives them.
    mutating func append(text p: UnsafePointer<UInt8>, marks: Marks, link: String?, inAnchor: Bool = false, fontSize: Float, centered: Bool) {
        self.inAnchor = inAnchor
        var i = 0
        var atNodeStart = true
        while true {
            let c = p[i]
            if c == 0 { break }
            // Multi-byte characters that are really spaces, nothing, or windows-1252.
            if c >= 0x80 {
                if c == 0xC2 {
                    let d = p[i + 1]
                    if d == 0xA0 { markSpace(atNodeStart: atNodeStart); i += 2; continue }   // nbsp
                    if d == 0xAD { i += 2; continue }                                         // soft hyphen
                    if d >= 0x80 && d <= 0x9F {                                             // C1 → cp1252
                        let mapped = Windows1252.utf8(forC1: d)
                        if mapped.isEmpty { i += 2; continue }
                        emitVisible(mapped, marks: marks, link: link, fontSize: fontSize, centered: centered)
                        atNodeStart = false
                        i += 2
                        continue
                    }
                } else if c == 0xE2, p[i + 1] == 0x80 {
                    let d = p[i + 2]
                    if d >= 0x8B && d <= 0x8D { i += 3; continue }                           // zero-width
                    if d >= 0x80 && d <= 0x8A { markSpace(atNodeStart: atNodeStart); i += 3; continue } // en/em/thin spaces
                    if d == 0xAF { markSpace(atNodeStart: atNodeStart); i += 3; continue }    // narrow nbsp
                } else if c == 0xE2, p[i + 1] == 0x81, p[i + 2] == 0xA0 {
                    i += 3; continue                                                          // word joiner
                } else if c == 0xEF, p[i + 1] == 0xBB, p[i + 2] == 0xBF {
                    i += 3; continue                                                          // BOM
                }
                var length = 1
                if c & 0xE0 == 0xC0 { length = 2 } else if c & 0xF0 == 0xE0 { length = 3 } else if c & 0xF8 == 0xF0 { length = 4 }
                var k = 1
                while k < length, p[i + k] != 0 { k += 1 }
                emitVisible(UnsafeBufferPointer(start: p + i, count: k), marks: marks, link: link, fontSize: fontSize, centered: centered)
                atNodeStart = false
                i += k
                continue
            }
            if c <= 0x20 {
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C { markSpace(atNodeStart: atNodeStart) }
                i += 1
                continue
            }
            if c == UInt8(ascii: "&"), let (replacement, length) = HTML5Entities.match(p + i) {
                // libxml2 2.9 knows only HTML 4 entities; later names arrive as literal text.
                if !replacement.isEmpty {
                    emitVisible(replacement.utf8, marks: marks, link: link, fontSize: fontSize, centered: centered)
                    atNodeStart = false
                }
                i += length
                continue
            }
            // A run of plain ASCII (most of any filing) goes in with one run check and one copy.
            // Single spaces between words are part of the run: collapsing leaves them as they are.
            var j = i + 1
            var spaces = 0
            while true {
                let b = p[j]
                if b > 0x20, b < 0x7F, b != UInt8(ascii: "&") { j += 1; continue }
                if b == 0x20, p[j + 1] > 0x20, p[j + 1] < 0x7F, p[j + 1] != UInt8(ascii: "&") { j += 1; spaces += 1; continue }
                break
            }
            emitVisible(UnsafeBufferPointer(start: p + i, count: j - i), characters: j - i - spaces,
                        marks: marks, link: link, fontSize: fontSize, centered: centered)
            atNodeStart = false
            i = j
        }
        if pending == .interior { pending = .edge }
    }

    private mutating func markSpace(atNodeStart: Bool) {
        if atNodeStart { pending = .edge } else if pending == .none { pending = .interior }
    }

    private mutating func emitVisible<C: Collection>(_ chars: C, characters: Int = 1, marks: Marks, link: String?,
                                                     fontSize: Float, centered: Bool) where C.Element == UInt8 {
        if pending != .none {
            if let last = bytes.last, last != 0x0A {
                let first = chars.first!
                let glue = pending == .edge && (ParagraphBuilder.noSpaceBefore(first) || ParagraphBuilder.noSpaceAfter(last))
                if !glue { append(byte: 0x20, marks: marks, link: link) }
            }
            pending = .none
        }
        if visible == 0 { self.centered = centered }
        continueRun(marks: marks, link: link)
        bytes.append(contentsOf: chars)
        visible += characters
        if marks.contains(.bold) { boldVisible += characters }
        if marks.contains(.italic) { italicVisible += characters }
        if inAnchor { linkVisible += characters }
        sizeSum += fontSize * Float(characters)
    }

    private mutating func append(byte: UInt8, marks: Marks, link: String?) {
        continueRun(marks: marks, link: link)
        bytes.append(byte)
    }

    /// Starts a new run unless the last one has the same marks and link.
    private mutating func continueRun(marks: Marks, link: String?) {
        if let last = runs.last, last.marks == marks {
            if link == nil && last.link < 0 { return }
            if let link, last.link >= 0, links[Int(last.link)] == link { return }
        }
        var linkIndex: Int32 = -1
        if let link {
            if let last = links.last, last == link { linkIndex = Int32(links.count - 1) }
            else { links.append(link); linkIndex = Int32(links.count - 1) }
        }
        if let last = runs.last, last.marks == marks, last.link == linkIndex, last.start <= bytes.count { return }
        runs.append(Run(start: bytes.count, marks: marks, link: linkIndex))
    }

    mutating func appendLineBreak() {
        guard visible > 0 else { return }
        while bytes.last == 0x20 { bytes.removeLast() }
        if bytes.last == 0x0A { return }
        if let last = runs.last { append(byte: 0x0A, marks: last.marks, link: nil) }
        pending = .none
    }

    /// A gap drawn by CSS before an inline element: a space, unless punctuation holds on
    /// (`$` before a figure, `)` after one), as white space at an element's edge would.
    mutating func appendGap() {
        if visible > 0, pending == .none { pending = .edge }
    }

    /// Separates what follows from what came before as if by white space (a cell edge, an image).
    mutating func appendSeparator() {
        if visible > 0, pending == .none { pending = .interior }
    }

    static func noSpaceBefore(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":")
            || c == UInt8(ascii: ")") || c == UInt8(ascii: "%")
    }

    static func noSpaceAfter(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "(") || c == UInt8(ascii: "$")
    }

    /// Ends the paragraph: its inlines and look, or nil when it held no visible text.
    mutating func finish() -> Paragraph? {
        defer { reset() }
        guard visible > 0 else { return nil }
        while let last = bytes.last, last == 0x20 || last == 0x0A { bytes.removeLast() }
        while let last = runs.last, last.start >= bytes.count { runs.removeLast() }
        let total = Float(visible)
        let look = Paragraph.Look(
            boldShare: Float(boldVisible) / total,
            italicShare: Float(italicVisible) / total,
            centered: centered,
            fontSize: sizeSum / total,
            allLink: linkVisible == visible)
        let text = String(decoding: bytes, as: UTF8.self)
        return Paragraph(inlines: buildInlines(text: text), text: text, look: look, htmlHeadingLevel: nil)
    }

    private mutating func reset() {
        // Most flushes find nothing: an element edge with no text since the last one.
        if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
        if !runs.isEmpty { runs.removeAll(keepingCapacity: true) }
        if !links.isEmpty { links.removeAll(keepingCapacity: true) }
        pending = .none
        visible = 0; boldVisible = 0; italicVisible = 0; linkVisible = 0
        sizeSum = 0
        centered = false
    }

    private struct Segment { var text: Substring.UTF8View.SubSequence; var marks: Marks; var link: Int32 }

    private func buildInlines(text: String) -> [Inline] {
        // Most paragraphs carry no marks and no links: one text run, split at line breaks.
        if runs.allSatisfy({ $0.marks.isEmpty && $0.link < 0 }) {
            // The paragraph's text itself, shared rather than copied (a 200 MB paragraph).
            if !bytes.contains(0x0A) { return [.text(text)] }
            var out: [Inline] = []
            bytes.withUnsafeBufferPointer { appendText($0[...], to: &out) }
            return out
        }
        var segments: [(range: Range<Int>, marks: Marks, link: Int32)] = []
        for (k, run) in runs.enumerated() {
            let end = k + 1 < runs.count ? runs[k + 1].start : bytes.count
            guard end > run.start else { continue }
            segments.append((run.start..<end, run.marks, run.link))
        }
        return bytes.withUnsafeBufferPointer { buf in
            buildLevel(segments[...], buf: buf, level: 0)
        }
    }

    /// Nests marks in a fixed order (link, bold, italic, superscript) so each writer sees one tree.
    private func buildLevel(_ segs: ArraySlice<(range: Range<Int>, marks: Marks, link: Int32)>,
                            buf: UnsafeBufferPointer<UInt8>, level: Int) -> [Inline] {
        var out: [Inline] = []
        if level == 4 {
            for seg in segs { appendText(buf[seg.range], to: &out) }
            return out
        }
        var i = segs.startIndex
        while i < segs.endIndex {
            let key = groupKey(segs[i], level: level)
            var j = i + 1
            while j < segs.endIndex, groupKey(segs[j], level: level) == key { j += 1 }
            let inner = buildLevel(segs[i..<j], buf: buf, level: level + 1)
            if key < 0 {
                out.append(contentsOf: inner)
            } else {
                switch level {
                case 0: out.append(.link(url: links[Int(key)], inner))
                case 1: out.append(.strong(inner))
                case 2: out.append(.emphasis(inner))
                default: out.append(.superscript(inner))
                }
            }
            i = j
        }
        return out
    }

    private func groupKey(_ seg: (range: Range<Int>, marks: Marks, link: Int32), level: Int) -> Int32 {
        switch level {
        case 0: return seg.link
        case 1: return seg.marks.contains(.bold) ? 1 : -1
        case 2: return seg.marks.contains(.italic) ? 1 : -1
        default: return seg.marks.contains(.superscript) ? 1 : -1
        }
    }

    private func appendText(_ slice: Swift.Slice<UnsafeBufferPointer<UInt8>>, to out: inout [Inline]) {
        var start = slice.startIndex
        var i = start
        while i < slice.endIndex {
            if slice[i] == 0x0A {
                if i > start { out.appendText(String(decoding: slice[start..<i], as: UTF8.self)) }
                out.append(.lineBreak)
                start = i + 1
            }
            i += 1
        }
        if start < slice.endIndex { out.appendText(String(decoding: slice[start..<slice.endIndex], as: UTF8.self)) }
    }
}
