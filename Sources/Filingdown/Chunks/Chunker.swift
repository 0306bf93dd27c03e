/// Cuts a converted document into chunks. The outline's Parts, Items and back matter split
/// the document into segments a chunk never crosses; each segment is filled into chunks of
/// whole blocks up to the target size, a block longer than a chunk cut to fill the room left
/// (`BlockSplitter`). A heading never ends a chunk (it moves to the next, and a Part heading
/// with nothing under it joins its first Item); a page break never starts one (it stays with
/// the page it ends); a tiny last piece of a segment joins the chunk before it.
struct Chunker {
    let target: Int
    let splitter: BlockSplitter
    let plainWriter: PlainTextWriter

    init(options: ConversionOptions) {
        target = max(options.chunkSize, ChunkLimits.minimumSize)
        var markdown = options
        markdown.format = .markdown
        splitter = BlockSplitter(markdown: MarkdownWriter(options: markdown))
        // Plain text for embedding and search: unwrapped, and no page lines unless asked for.
        var plain = options
        plain.format = .text
        plain.columns = 0
        plain.pageBreaks = options.pageBreaks ?? PageBreakStyle.none
        plainWriter = PlainTextWriter(options: plain)
    }

    typealias PageBreakStyle = ConversionOptions.PageBreakStyle

    /// Where in the structure a run of blocks lies, from the outline entry that opens it.
    struct Segment {
        var role: Chunk.Role
        var part: String?
        var item: String?
        /// The Part and Item headings (or the back matter heading) every chunk's path starts with.
        var anchor: [String]
        var start: OutlineEntry.Position
    }

    /// A chunk whose `text` and `plain` are still the renderers' bytes: the chunk writer
    /// escapes those straight into its output. Its buffers are reused for the next chunk.
    struct Draft {
        var chunk: Chunk
        var markdown: [UInt8] = []
        var plain: [UInt8] = []
    }

    /// The document's chunks, numbered from 1; `name` starts their ids when the filing has no
    /// accession number; `input` (the bytes the document was converted from) narrows their sources.
    func chunks(of document: FilingDocument, outline: [OutlineEntry], filing: Chunk.Filing, name: String,
                input: UnsafeRawBufferPointer?) -> [Chunk] {
        var out: [Chunk] = []
        drafts(of: document, outline: outline, filing: filing, name: name, input: input) { draft in
            var chunk = draft.chunk
            chunk.text = String(decoding: draft.markdown, as: UTF8.self)
            chunk.plain = String(decoding: draft.plain, as: UTF8.self)
            out.append(chunk)
        }
        return out
    }

    /// `chunks(of:…)` handed to `emit` one at a time, the text left as bytes.
    func drafts(of document: FilingDocument, outline: [OutlineEntry], filing: Chunk.Filing, name: String,
                input: UnsafeRawBufferPointer?, emit: (Draft) -> Void) {
        let segments = Chunker.segments(outline)
        // Every block's Markdown, and every piece's, rendered once into one buffer.
        var rendered: [UInt8] = []
        let units = assign(document.body.blocks, to: segments, into: &rendered)
        var filled: [(segment: Int, units: [ChunkUnit])] = []
        for (s, run) in units.enumerated() where !run.isEmpty {
            for chunk in fill(run, into: &rendered) { filled.append((s, chunk)) }
        }
        filled = joiningLonePartHeadings(filled, segments)
        filled = movingLeadingPageBreaks(filled)
        let sources = SourceLocator(input: input).ranges(filled.map(\.units))
        let base = filing.accessionNumber ?? name
        let sequence = document.sequence ?? "1"
        let origin = Chunk.Origin(sequence: document.sequence, type: document.type, filename: document.filename,
                                  description: document.description)
        var stack: [(level: Int, text: String)] = []
        var previousSegment = -1
        var draft = Draft(chunk: Chunk(id: "", filing: filing, document: origin, ordinal: 0, headingPath: [], part: nil, item: nil,
                                       role: .body, pages: Chunk.Pages(first: nil, last: nil, firstIndex: 1, lastIndex: 1),
                                       source: [], blocks: [], text: "", plain: ""))
        for (n, entry) in filled.enumerated() {
            let segment = segments[entry.segment]
            if entry.segment != previousSegment { stack = [] }
            previousSegment = entry.segment
            var path: [String]?
            for unit in entry.units {
                if case .heading(let h) = unit.block.content, !unit.isAnchor {
                    while let last = stack.last, last.level >= h.level { stack.removeLast() }
                    stack.append((h.level, Chunker.headingText(h.inlines.plainText)))
                } else if unit.isContent, path == nil {
                    path = stack.map(\.text)
                }
            }
            let units = entry.units
            draft.chunk.id = "\(base):\(sequence):\(Chunker.padded(n + 1))"
            draft.chunk.ordinal = n + 1
            draft.chunk.headingPath = segment.anchor + (path ?? stack.map(\.text))
            draft.chunk.part = segment.part
            draft.chunk.item = segment.item
            draft.chunk.role = segment.role
            draft.chunk.source = sources[n]
            draft.chunk.blocks = units.map(\.block)
            let first = (units.first(where: { !$0.isPageBreak }) ?? units[0]).block.source
            let last = units[units.count - 1].block.source
            draft.chunk.pages = Chunk.Pages(first: first?.pageLabel, last: last?.pageLabel, firstIndex: first?.page ?? 1,
                                            lastIndex: max(last?.page ?? 1, first?.page ?? 1))
            draft.markdown.removeAll(keepingCapacity: true)
            for u in units { draft.markdown.append(contentsOf: rendered[u.markdown]) }
            while let l = draft.markdown.last, l == 0x0A || l == 0x20 { draft.markdown.removeLast() }
            draft.plain.removeAll(keepingCapacity: true)
            var writer = plainWriter
            writer.render(draft.chunk.blocks, into: &draft.plain)
            while let l = draft.plain.last, l == 0x0A || l == 0x20 || l == 0x0C { draft.plain.removeLast() }
            emit(draft)
        }
    }

    // MARK: segments

    static func segments(_ outline: [OutlineEntry]) -> [Segment] {
        var segments = [Segment(role: outline.isEmpty ? .body : .frontMatter, part: nil, item: nil, anchor: [],
                                start: .init(block: 0, line: 0))]
        var partNumber: String?
        var partHeading: String?
        for e in outline.sorted(by: { $0.start < $1.start }) {
            let heading = headingText(e.heading)
            var segment = Segment(role: .item, part: nil, item: nil, anchor: [heading], start: e.start)
            switch e.kind {
            case .part:
                partNumber = e.number
                partHeading = heading
                segment.role = .part
                segment.part = e.number
            case .item:
                segment.part = e.part
                segment.item = e.number
                if let partHeading, e.part != nil, e.part == partNumber { segment.anchor = [partHeading, heading] }
            case .signatures: segment.role = .signatures
            case .financialStatements: segment.role = .financialStatements
            case .schedule: segment.role = .schedule
            case .exhibitIndex: segment.role = .exhibitIndex
            }
            segments.append(segment)
        }
        return segments
    }

    /// The document's blocks as units, by segment; a preformatted block that holds the caption
    /// line of a plain-text filing's Item is cut at that line.
    private func assign(_ blocks: [Block], to segments: [Segment], into rendered: inout [UInt8]) -> [[ChunkUnit]] {
        var out = [[ChunkUnit]](repeating: [], count: segments.count)
        var s = 0
        for (b, block) in blocks.enumerated() {
            while s + 1 < segments.count, segments[s + 1].start <= .init(block: b, line: 0) { s += 1 }
            let opens = s > 0 && segments[s].start == .init(block: b, line: 0)
            let cuts = segments.indices.filter { segments[$0].start.block == b && segments[$0].start.line > 0 }
            guard case .preformatted(let text) = block.content, !cuts.isEmpty else {
                var unit = splitter.unit(block, origin: b, into: &rendered)
                unit.isAnchor = opens && unit.isHeading
                out[s].append(unit)
                continue
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let starts = [0] + cuts.map { min(segments[$0].start.line, lines.count) }
            for (k, from) in starts.enumerated() {
                let to = k + 1 < starts.count ? starts[k + 1] : lines.count
                if k > 0 { s = cuts[k - 1] }
                var piece = Array(lines[from..<to])
                while let l = piece.last, l.allSatisfy(\.isWhitespace) { piece.removeLast() }
                guard !piece.isEmpty else { continue }
                var unit = splitter.unit(Block(.preformatted(piece.joined(separator: "\n")), source: block.source), origin: b,
                                         into: &rendered)
                unit.isPiece = true
                unit.piece = k
                // A caption line alone is a plain-text filing's heading.
                unit.isAnchor = (k > 0 || opens) && piece.count == 1
                out[s].append(unit)
            }
        }
        return out
    }

    // MARK: filling

    /// One segment's units as chunks.
    func fill(_ units: [ChunkUnit], into rendered: inout [UInt8]) -> [[ChunkUnit]] {
        var chunks: [[ChunkUnit]] = []
        var current: [ChunkUnit] = []
        var size = 0
        var hasContent = false
        func close() {
            guard hasContent else { return }
            // Headings at the end go on with what they head.
            var carried: [ChunkUnit] = []
            while let last = current.last, last.isHeading { carried.insert(current.removeLast(), at: 0) }
            chunks.append(current)
            current = carried
            size = carried.reduce(0) { $0 + $1.size }
            hasContent = false
        }
        func add(_ unit: ChunkUnit) {
            current.append(unit)
            size += unit.size
            if unit.isContent { hasContent = true }
        }
        for unit in units {
            if unit.isPageBreak { add(unit); continue }
            if unit.isHeading, hasContent, size >= target / 2 { close() }
            if size + unit.size <= target { add(unit); continue }
            if unit.size <= target {
                close()
                add(unit)
                continue
            }
            if target - size < target / 4 { close() }
            for piece in splitter.split(unit, first: target - size, rest: target, into: &rendered) {
                if hasContent, size + piece.size > target { close() }
                add(piece)
            }
        }
        if !current.isEmpty { chunks.append(current) }
        // A tiny last chunk joins the one before when the two stay near the target.
        if chunks.count >= 2 {
            let tail = chunks[chunks.count - 1].reduce(0) { $0 + $1.size }
            let before = chunks[chunks.count - 2].reduce(0) { $0 + $1.size }
            let tailHasContent = chunks[chunks.count - 1].contains(where: \.isContent)
            // A table's last piece stays apart: joined, the chunk would show its header twice.
            let first = chunks[chunks.count - 1].first(where: \.isContent)
            let cutTable: Bool
            if let first, first.isPiece, first.piece > 0, case .table = first.block.content { cutTable = true } else { cutTable = false }
            if !tailHasContent || (!cutTable && tail < target / 4 && before + tail <= target + target / 10) {
                let last = chunks.removeLast()
                chunks[chunks.count - 1].append(contentsOf: last)
            }
        }
        return chunks
    }

    /// A Part whose only chunk is its heading or caption line (and page breaks) opens its first
    /// Item's first chunk.
    private func joiningLonePartHeadings(_ chunks: [(segment: Int, units: [ChunkUnit])],
                                         _ segments: [Segment]) -> [(segment: Int, units: [ChunkUnit])] {
        var out: [(segment: Int, units: [ChunkUnit])] = []
        var pending: [ChunkUnit] = []
        for (k, chunk) in chunks.enumerated() {
            let segment = segments[chunk.segment]
            let lone = segment.role == .part && !chunk.units.contains { $0.isContent && !$0.isAnchor }
                && (k + 1 == chunks.count || chunks[k + 1].segment != chunk.segment)
            if lone, k + 1 < chunks.count, segments[chunks[k + 1].segment].role == .item {
                pending += chunk.units
                continue
            }
            out.append((chunk.segment, pending + chunk.units))
            pending = []
        }
        return out
    }

    /// A chunk that would start with a page break gives it to the chunk before (the page it
    /// ends is that chunk's); the first chunk of a document drops it.
    private func movingLeadingPageBreaks(_ chunks: [(segment: Int, units: [ChunkUnit])]) -> [(segment: Int, units: [ChunkUnit])] {
        var out: [(segment: Int, units: [ChunkUnit])] = []
        for chunk in chunks {
            var units = chunk.units[...]
            while let first = units.first, first.isPageBreak {
                if !out.isEmpty { out[out.count - 1].units.append(first) }
                units = units.dropFirst()
            }
            if !units.isEmpty { out.append((chunk.segment, Array(units))) }
        }
        return out
    }

    // MARK: text

    /// One line, single spaces.
    static func headingText(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    /// `7` → `0007`: ids sort in reading order.
    static func padded(_ n: Int) -> String {
        let digits = String(n)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }
}
