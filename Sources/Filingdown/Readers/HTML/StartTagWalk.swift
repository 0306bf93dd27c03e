#if canImport(Glibc)
import Glibc
#endif

/// The preflight's one reading of a document's start tags, the way libxml2 will tokenize them:
/// quoted values are skipped whole, comments, declarations and end tags passed over, and the
/// text of `<script>` and `<style>` is not read as tags. It finds what the preflight edits in
/// them: the attributes past `AttributeLimit.maxPerTag` on a tag, the `style` attributes whose
/// values can be interned (`InternedValues`), and the attributes the builder never reads.
struct StartTagWalk {
    enum Kind {
        /// Attributes past `AttributeLimit.maxPerTag`, up to the end of the tag.
        case cut
        /// An attribute to replace by its interned value (the range between the quotes): a long
        /// `style`, or an attribute an inline XBRL fact reads.
        case interned(value: Range<Int>, as: InternedValues.Attribute)
        /// A run of attributes no one reads, which libxml2 would otherwise parse and copy.
        case unread
    }

    /// Ascending and apart.
    private(set) var edits: [(range: Range<Int>, kind: Kind)] = []
    /// An attribute the document itself names like one of the markers (`fdstyle`, `fdname`…):
    /// then nothing is interned, since the builder could not tell the two apart.
    private(set) var markerAttributeSeen = false

    var cuts: [Range<Int>] { edits.compactMap { if case .cut = $0.kind { return $0.range } else { return nil } } }

    /// Values shorter than these are left in place: the marker would save libxml2 nothing.
    static let shortestInternedStyle = 16
    static let shortestInternedFactValue = 8

    /// What to look for besides the attribute limit's cuts.
    struct Options {
        /// Style values to intern.
        var styles = false
        /// Attributes the builder does not read (`Attributes.isRead`); `<meta>` keeps its own
        /// (libxml2 reads a charset there).
        var unread = false
        /// Inline XBRL facts are read: an `ix:` element keeps what a fact reads, long values interned.
        var facts = true
    }

    /// Tags that start inside `skipping` (ascending ranges the preflight cuts anyway: an inline
    /// XBRL document's `<ix:header>` holds a quarter of its tags) are not read.
    init(_ bytes: UnsafeRawBufferPointer, skipping: [Range<Int>] = [], options: Options = Options()) {
        guard let base = bytes.baseAddress else { return }
        // The class table is read through one pointer for the whole walk: a `static let` read in
        // each helper call went through its lazy initialiser every time.
        StartTagWalk.byteClass.withUnsafeBufferPointer { table in
            walk(base.assumingMemoryBound(to: UInt8.self), bytes.count, table.baseAddress.unsafelyUnwrapped, skipping, options)
        }
        if markerAttributeSeen { edits.removeAll { if case .interned = $0.kind { return true } else { return false } } }
    }

    private mutating func walk(_ p: UnsafePointer<UInt8>, _ n: Int, _ table: UnsafePointer<UInt8>,
                               _ skipping: [Range<Int>], _ options: Options) {
        let bytes = UnsafeRawBufferPointer(start: p, count: n)
        var i = 0
        var region = 0
        while let lt = StartTagWalk.next(UInt8(ascii: "<"), p, from: i, to: n) {
            while region < skipping.count, skipping[region].upperBound <= lt { region += 1 }
            if region < skipping.count, skipping[region].contains(lt) {
                i = skipping[region].upperBound
                continue
            }
            i = lt + 1
            guard i < n else { break }
            let c = p[i]
            if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: "/") {
                if i + 2 < n, p[i + 1] == UInt8(ascii: "-"), p[i + 2] == UInt8(ascii: "-") {
                    i = ByteSearch.index(of: [0x2D, 0x2D, 0x3E], in: bytes, from: i + 3).map { $0 + 3 } ?? n
                } else {
                    i = StartTagWalk.next(UInt8(ascii: ">"), p, from: i, to: n).map { $0 + 1 } ?? n
                }
                continue
            }
            guard StartTagWalk.isLetter(c) else { continue }
            let nameStart = i
            i = StartTagWalk.skip(p, table, from: i, to: n, until: StartTagWalk.space | StartTagWalk.close | StartTagWalk.slash)
            let name = nameStart..<i
            let rawText = StartTagWalk.rawTextEnd(bytes, name: name)
            let tagEdits = edits.count
            var dropsUnread = options.unread && !StartTagWalk.keepsAttributes(p, name)
            let readsFacts = options.facts && StartTagWalk.isInlineXBRL(p, name)
            var factAttributesSeen = 0
            var factRepeated = false
            var count = 0
            var cut: Int? = nil
            var interned = false
            var styleAttributes = 0
            var run: Range<Int>? = nil
            // Attributes: a name, then optionally `=` and a value, up to `>`.
            while i < n, p[i] != UInt8(ascii: ">") {
                if table[Int(p[i])] & (StartTagWalk.space | StartTagWalk.slash) != 0 {
                    // A slash that does not close the tag is where libxml2 skips ahead on its own terms.
                    if p[i] == UInt8(ascii: "/"), i + 1 < n, p[i + 1] != UInt8(ascii: ">") { dropsUnread = false }
                    i += 1
                    continue
                }
                count += 1
                if count > AttributeLimit.maxPerTag, cut == nil { cut = i }
                let attributeStart = i
                // The name, noting on the way whether libxml2 reads it as one: a letter, `_`, `:` or
                // `.`, then those, digits and `-`.
                var seen: UInt8 = table[Int(p[i])] & StartTagWalk.notNameStart
                while i < n {
                    let cls = table[Int(p[i])]
                    if cls & (StartTagWalk.space | StartTagWalk.close | StartTagWalk.equals) != 0 { break }
                    seen |= cls
                    i += 1
                }
                let attributeName = attributeStart..<i
                let isName = seen & (StartTagWalk.notName | StartTagWalk.notNameStart) == 0
                let kind = StartTagWalk.attributeName(p, attributeName)
                if kind == .style { styleAttributes += 1 } else if kind == .marker { markerAttributeSeen = true }
                let fact = readsFacts ? StartTagWalk.factAttribute(p, attributeName) : nil
                if let fact {
                    let bit = 1 << fact.rawValue
                    if factAttributesSeen & bit != 0 { factRepeated = true }
                    factAttributesSeen |= bit
                }
                var internedValue: (value: Range<Int>, as: InternedValues.Attribute)? = nil
                let afterName = StartTagWalk.skip(p, table, from: i, to: n, whileIn: StartTagWalk.space)
                if afterName < n, p[afterName] == UInt8(ascii: "=") {
                    i = StartTagWalk.skip(p, table, from: afterName + 1, to: n, whileIn: StartTagWalk.space)
                    guard i < n else { break }
                    let quote = p[i]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        let valueStart = i + 1
                        guard let closing = StartTagWalk.next(quote, p, from: valueStart, to: n) else {
                            i = n
                            break
                        }
                        i = closing + 1
                        if options.styles, kind == .style, closing - valueStart >= StartTagWalk.shortestInternedStyle,
                           StartTagWalk.holdsOnly(StartTagWalk.plainText, p, table, attributeStart..<i) {
                            internedValue = (valueStart..<closing, .style)
                        } else if let fact, isName, closing - valueStart >= StartTagWalk.shortestInternedFactValue,
                                  StartTagWalk.holdsOnly(StartTagWalk.plainText, p, table, attributeStart..<i) {
                            internedValue = (valueStart..<closing, .fact(fact))
                        }
                    } else {
                        i = StartTagWalk.skip(p, table, from: i, to: n, until: StartTagWalk.space | StartTagWalk.close)
                    }
                } else {
                    i = afterName
                }
                guard dropsUnread else {
                    if let internedValue { interned = true; edits.append((attributeStart..<i, .interned(value: internedValue.value, as: internedValue.as))) }
                    continue
                }
                if kind == .other, isName, fact == nil, !(readsFacts && StartTagWalk.isSign(p, attributeName)),
                   !Attributes.isRead(p + attributeName.lowerBound, count: attributeName.count),
                   StartTagWalk.holdsOnly(StartTagWalk.droppable, p, table, (run?.upperBound ?? attributeStart)..<i) {
                    run = (run?.lowerBound ?? attributeStart)..<i
                } else {
                    if let r = run { edits.append((r, .unread)); run = nil }
                    if let internedValue { interned = true; edits.append((attributeStart..<i, .interned(value: internedValue.value, as: internedValue.as))) }
                }
            }
            if let r = run { edits.append((r, .unread)) }
            if let cut {
                edits.removeSubrange(tagEdits...)
                edits.append((cut..<i, .cut))
            } else if interned, styleAttributes > 1 || factRepeated {
                // libxml2 keeps the first of two attributes of one name: both stay as written.
                edits[tagEdits...].removeAll {
                    guard case .interned(_, let attribute) = $0.kind else { return false }
                    return attribute == .style ? styleAttributes > 1 : factRepeated
                }
            }
            if let rawText, i < n { i = max(i, rawText) }
        }
    }

    /// `<meta>`: libxml2 reads a charset there.
    private static func keepsAttributes(_ p: UnsafePointer<UInt8>, _ name: Range<Int>) -> Bool {
        name.count == 4 && matches(p, at: name.lowerBound, "meta")
    }

    private static func isInlineXBRL(_ p: UnsafePointer<UInt8>, _ name: Range<Int>) -> Bool {
        name.count > 3 && matches(p, at: name.lowerBound, "ix:")
    }

    /// The attribute of an inline XBRL fact this names, in any case.
    private static func factAttribute(_ p: UnsafePointer<UInt8>, _ name: Range<Int>) -> InlineXBRLCatalog.PendingFact.InternedAttribute? {
        InlineXBRLCatalog.PendingFact.InternedAttribute.allCases.first {
            $0.name.utf8CodeUnitCount == name.count && matches(p, at: name.lowerBound, $0.name)
        }
    }

    private static func isSign(_ p: UnsafePointer<UInt8>, _ name: Range<Int>) -> Bool {
        name.count == 4 && matches(p, at: name.lowerBound, "sign")
    }

    /// Whether every byte in `range` is of `kind` (`plainText` or `droppable`).
    @inline(__always)
    private static func holdsOnly(_ kind: UInt8, _ p: UnsafePointer<UInt8>, _ table: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
        var seen: UInt8 = 0
        for k in range { seen |= table[Int(p[k])] }
        return seen & kind == 0
    }

    private enum AttributeName { case style, marker, other }

    private static func attributeName(_ p: UnsafePointer<UInt8>, _ range: Range<Int>) -> AttributeName {
        if range.count == 5, matches(p, at: range.lowerBound, "style") { return .style }
        guard range.count > 2, matches(p, at: range.lowerBound, "fd") else { return .other }
        let markers = [InternedValues.styleMarker] + InlineXBRLCatalog.PendingFact.InternedAttribute.allCases.map(\.marker)
        return markers.contains { $0.utf8CodeUnitCount == range.count && matches(p, at: range.lowerBound, $0) } ? .marker : .other
    }

    /// After `<script` or `<style`: where its closing tag starts (the end when it has none).
    private static func rawTextEnd(_ bytes: UnsafeRawBufferPointer, name: Range<Int>) -> Int? {
        let close: StaticString
        let p = bytes.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: UInt8.self)
        // The length first: nearly every element is neither, and fails there.
        if name.count == 6, matches(p, at: name.lowerBound, "script") {
            close = "</script"
        } else if name.count == 5, matches(p, at: name.lowerBound, "style") {
            close = "</style"
        } else {
            return nil
        }
        var i = name.upperBound
        while let lt = next(UInt8(ascii: "<"), p, from: i, to: bytes.count) {
            if lt + close.utf8CodeUnitCount <= bytes.count, matches(p, at: lt, close) { return lt }
            i = lt + 1
        }
        return bytes.count
    }

    /// `word` at `at` (the caller checked it fits), ASCII letters in any case on either side.
    private static func matches(_ p: UnsafePointer<UInt8>, at: Int, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        for j in 0..<word.utf8CodeUnitCount where ByteScanner.lower(p[at + j]) != ByteScanner.lower(w[j]) { return false }
        return true
    }

    @inline(__always)
    private static func next(_ byte: UInt8, _ p: UnsafePointer<UInt8>, from start: Int, to n: Int) -> Int? {
        guard start < n, let hit = memchr(p + start, Int32(byte), n - start) else { return nil }
        return UnsafeRawPointer(p).distance(to: UnsafeRawPointer(hit))
    }

    // Byte classes, so that each loop over a tag's bytes is one table load and test a byte. The
    // last four mark what a byte is not.
    private static let space: UInt8 = 1, close: UInt8 = 2, slash: UInt8 = 4, equals: UInt8 = 8
    /// Not in an attribute name after its first byte (libxml2's `htmlParseHTMLName`).
    private static let notName: UInt8 = 16
    /// Not the first byte of an attribute name.
    private static let notNameStart: UInt8 = 32
    /// Not read by libxml2 exactly as written: outside printable ASCII, or `&` (an entity it
    /// would decode), or `<`/`>` (which the comment repair searches for).
    private static let plainText: UInt8 = 64
    /// Not removable without libxml2 noticing: outside printable ASCII and the blanks it skips
    /// (a form feed is a blank to the walk, not to libxml2), or `<`/`>`.
    private static let droppable: UInt8 = 128
    private static let byteClass: [UInt8] = (0..<256).map { b -> UInt8 in
        var cls: UInt8 = 0
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C: cls = space
        case 0x3E: cls = close
        case 0x2F: cls = slash
        case 0x3D: cls = equals
        default: break
        }
        let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
        let startsName = letter || b == 0x5F || b == 0x3A || b == 0x2E
        if !(startsName || (b >= 0x30 && b <= 0x39) || b == 0x2D) { cls |= notName }
        if !startsName { cls |= notNameStart }
        let printable = b >= 0x20 && b < 0x7F
        if !printable || b == 0x26 || b == 0x3C || b == 0x3E { cls |= plainText }
        if !(printable || b == 0x09 || b == 0x0A || b == 0x0D) || b == 0x3C || b == 0x3E { cls |= droppable }
        return cls
    }

    @inline(__always)
    private static func skip(_ p: UnsafePointer<UInt8>, _ table: UnsafePointer<UInt8>, from start: Int, to n: Int,
                             until classes: UInt8) -> Int {
        var i = start
        while i < n, table[Int(p[i])] & classes == 0 { i += 1 }
        return i
    }

    @inline(__always)
    private static func skip(_ p: UnsafePointer<UInt8>, _ table: UnsafePointer<UInt8>, from start: Int, to n: Int,
                             whileIn classes: UInt8) -> Int {
        var i = start
        while i < n, table[Int(p[i])] & classes != 0 { i += 1 }
        return i
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
