/// The one copy the HTML parser reads, made in one pass over the document's bytes: uuencoded
/// runs replaced by a marker element, `<ix:header>` cut (its contexts and units read first),
/// windows-1252 or Latin-1 transcoded to UTF-8, an unterminated comment closed, attributes past
/// `AttributeLimit.maxPerTag` cut, long attribute values replaced by their index in `interned`,
/// attributes no one reads dropped.
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

    /// The attribute values the copy names by index (`fdstyle="N"`, `fdname="N"`…).
    var interned = InternedValues()

    /// `facts`: read the `<ix:header>`'s contexts and units (`xbrl`) before cutting it.
    init(_ bytes: UnsafeRawBufferPointer, encoding: TextEncoding, facts: Bool = true) {
        var edits: [Edit] = []
        for block in UUBlock.find(in: bytes) {
            let marker = Array("<\(Preflight.omittedElement) i=\"\(omitted.count)\"></\(Preflight.omittedElement)>".utf8)
            omitted.append(OmittedDocument(filename: block.name ?? "", type: "", size: block.size, encoding: "uuencode",
                                           reason: .embeddedEncoding))
            edits.append(Edit(range: block.range, replacement: .bytes(marker)))
        }
        for cut in InlineXBRLHeader.ranges(in: bytes) {
            if facts { xbrl.read(bytes, cut) }
            if !edits.contains(where: { $0.range.overlaps(cut) }) { edits.append(Edit(range: cut, replacement: .bytes([]))) }
        }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        // The walk skips what the edits so far cut; its own edits come in order and apart from
        // them, so the two lists merge.
        let earlier = edits.map(\.range)
        let tags = StartTagWalk(bytes, skipping: earlier,
                                options: .init(styles: true, unread: true, facts: facts))
        var walked: [Edit] = []
        walked.reserveCapacity(tags.edits.count)
        var removed = earlier
        var k = 0
        for edit in tags.edits {
            // A tag that starts before an earlier edit can run into it (an unclosed quote): its edit goes.
            while k < earlier.count, earlier[k].upperBound <= edit.range.lowerBound { k += 1 }
            if k < earlier.count, earlier[k].overlaps(edit.range) { continue }
            switch edit.kind {
            case .cut:
                removed.append(edit.range)
                walked.append(Edit(range: edit.range, replacement: .bytes([])))
            case .unread:
                walked.append(Edit(range: edit.range, replacement: .bytes([])))
            case .interned(let value, let attribute):
                walked.append(Edit(range: edit.range, replacement: .interned(attribute, interned.intern(bytes, value))))
            }
        }
        edits = Preflight.merged(edits, walked)
        // Interned styles and unread attributes hold no `<` or `>`, so they cannot hide a comment's ends.
        if var at = CommentRepair.insertionPoint(in: bytes, outside: removed) {
            var k = edits.firstIndex { $0.range.upperBound > at } ?? edits.count
            // Never inside an edit: after it.
            if k < edits.count, edits[k].range.lowerBound < at {
                at = edits[k].range.upperBound
                k += 1
            }
            edits.insert(Edit(range: at..<at, replacement: .bytes(Array("-->".utf8))), at: k)
        }
        let transcode = encoding != .utf8
        guard !edits.isEmpty || transcode else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var at = 0
        for edit in edits {
            append(bytes, at..<edit.range.lowerBound, transcode: transcode ? encoding : nil, to: &out)
            switch edit.replacement {
            case .bytes(let replacement): out.append(contentsOf: replacement)
            case .interned(let attribute, let index): InternedValues.writeMarker(attribute, index, to: &out)
            }
            at = edit.range.upperBound
            offsets.anchor(copy: out.count, original: at)
        }
        append(bytes, at..<bytes.count, transcode: transcode ? encoding : nil, to: &out)
        copy = out
    }

    private struct Edit {
        var range: Range<Int>
        var replacement: Replacement
    }

    private enum Replacement {
        case bytes([UInt8])
        /// `fdstyle="N"`, `fdname="N"`…
        case interned(InternedValues.Attribute, Int32)
    }

    /// Two lists of edits, each ascending, as one.
    private static func merged(_ a: [Edit], _ b: [Edit]) -> [Edit] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var out: [Edit] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i].range.lowerBound <= b[j].range.lowerBound { out.append(a[i]); i += 1 } else { out.append(b[j]); j += 1 }
        }
        out += a[i...]
        out += b[j...]
        return out
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
