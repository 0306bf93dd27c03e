/// The one copy the HTML parser reads, made in one pass over the document's bytes: uuencoded
/// runs replaced by a marker element, `<ix:header>` cut (its contexts and units read first),
/// windows-1252 or Latin-1 transcoded to UTF-8, an unterminated comment closed, attributes past
/// `AttributeLimit.maxPerTag` cut.
/// Every edit is recorded in an `OffsetMap`, so a position the parser reports maps back to
/// the document's bytes. All edits are found on the original bytes: their patterns are
/// ASCII, which transcoding never changes.
struct Preflight {
    /// What the parser reads: nil when no edit was needed and it reads the original.
    var copy: [UInt8]?
    var offsets = OffsetMap()
    /// The uuencoded runs cut out, in order; the marker element names each by its index.
    var omitted: [OmittedDocument] = []
    /// The contexts and units of the `<ix:header>`s cut, which the facts in the body name.
    var xbrl = InlineXBRLCatalog()

    /// The marker element a uuencoded run becomes: `<fdomit i="N"></fdomit>`.
    static let omittedElement = "fdomit"

    /// `facts`: read the `<ix:header>`'s contexts and units (`xbrl`) before cutting it.
    init(_ bytes: UnsafeRawBufferPointer, encoding: TextEncoding, facts: Bool = true) {
        var edits: [Edit] = []
        for block in UUBlock.find(in: bytes) {
            let marker = Array("<\(Preflight.omittedElement) i=\"\(omitted.count)\"></\(Preflight.omittedElement)>".utf8)
            omitted.append(OmittedDocument(filename: block.name ?? "", type: "", size: block.size, encoding: "uuencode",
                                           reason: .embeddedEncoding))
            edits.append(Edit(range: block.range, replacement: marker))
        }
        for cut in InlineXBRLHeader.ranges(in: bytes) {
            if facts { xbrl.read(bytes, cut) }
            if !edits.contains(where: { $0.range.overlaps(cut) }) { edits.append(Edit(range: cut, replacement: [])) }
        }
        // Both lists are in order: one walk finds the cuts no earlier edit overlaps.
        let earlier = edits.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var k = 0
        for cut in AttributeLimit.cuts(in: bytes, skipping: earlier) {
            while k < earlier.count, earlier[k].upperBound <= cut.lowerBound { k += 1 }
            if k < earlier.count, earlier[k].overlaps(cut) { continue }
            edits.append(Edit(range: cut, replacement: []))
        }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        if let at = CommentRepair.insertionPoint(in: bytes, outside: edits.map(\.range)) {
            let k = edits.firstIndex { $0.range.lowerBound >= at } ?? edits.count
            edits.insert(Edit(range: at..<at, replacement: Array("-->".utf8)), at: k)
        }
        let transcode = encoding != .utf8
        guard !edits.isEmpty || transcode else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var at = 0
        for edit in edits {
            append(bytes, at..<edit.range.lowerBound, transcode: transcode ? encoding : nil, to: &out)
            out.append(contentsOf: edit.replacement)
            at = edit.range.upperBound
            offsets.anchor(copy: out.count, original: at)
        }
        append(bytes, at..<bytes.count, transcode: transcode ? encoding : nil, to: &out)
        copy = out
    }

    private struct Edit {
        var range: Range<Int>
        var replacement: [UInt8]
    }

    /// Copies `range`, transcoding bytes at or above 0x80, with an anchor after each one whose
    /// UTF-8 length differs from one byte.
    private mutating func append(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, transcode: TextEncoding?,
                                 to out: inout [UInt8]) {
        guard !range.isEmpty else { return }
        guard let encoding = transcode else {
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[range]))
            return
        }
        var run = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run..<i]))
            if b < 0xA0, encoding == .windows1252 {
                // Undefined windows-1252 bytes vanish: libxml2's iconv would stop at them.
                out.append(contentsOf: Windows1252.utf8(forC1: b))
            } else {
                out.append(0xC0 | (b >> 6))
                out.append(0x80 | (b & 0x3F))
            }
            i += 1
            run = i
            offsets.anchor(copy: out.count, original: i)
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run..<range.upperBound]))
    }
}
