#if canImport(Glibc)
import Glibc
#endif

/// The preflight's one reading of a document's start tags, the way libxml2 will tokenize them:
/// quoted values are skipped whole, comments, declarations and end tags passed over, and the
/// text of `<script>` and `<style>` is not read as tags. It finds the attributes past
/// `AttributeLimit.maxPerTag` on a tag, and the `style` attributes whose values can be
/// interned (`InternedStyles`).
struct StartTagWalk {
    /// In every start tag with more than `AttributeLimit.maxPerTag` attributes: from the first
    /// one past the limit to the end of the tag.
    private(set) var cuts: [Range<Int>] = []
    /// `style="…"` attributes to replace by their interned value: the whole attribute, and its
    /// value between the quotes. Ascending; none in a tag with a cut or two `style` attributes.
    private(set) var styles: [(attribute: Range<Int>, value: Range<Int>)] = []
    /// An attribute the document itself names as the interned-style marker: then no style is
    /// replaced, since the builder could not tell the two apart.
    private(set) var markerAttributeSeen = false

    /// Values shorter than this are left in place: the marker would save libxml2 nothing.
    static let shortestInternedValue = 16

    /// Tags that start inside `skipping` (ascending ranges the preflight cuts anyway: an inline
    /// XBRL document's `<ix:header>` holds a quarter of its tags) are not read. `styles`: find
    /// the style attributes to intern as well.
    init(_ bytes: UnsafeRawBufferPointer, skipping: [Range<Int>] = [], styles findStyles: Bool = false) {
        guard let base = bytes.baseAddress else { return }
        // The class table is read through one pointer for the whole walk: a `static let` read in
        // each helper call went through its lazy initialiser every time.
        StartTagWalk.byteClass.withUnsafeBufferPointer { table in
            walk(base.assumingMemoryBound(to: UInt8.self), bytes.count, table.baseAddress.unsafelyUnwrapped, skipping, findStyles)
        }
        if markerAttributeSeen { styles = [] }
    }

    private mutating func walk(_ p: UnsafePointer<UInt8>, _ n: Int, _ table: UnsafePointer<UInt8>,
                               _ skipping: [Range<Int>], _ findStyles: Bool) {
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
            let rawText = StartTagWalk.rawTextEnd(bytes, name: nameStart..<i)
            var count = 0
            var cut: Int? = nil
            var style: (attribute: Range<Int>, value: Range<Int>)? = nil
            var styleAttributes = 0
            // Attributes: a name, then optionally `=` and a value, up to `>`.
            while i < n, p[i] != UInt8(ascii: ">") {
                if table[Int(p[i])] & (StartTagWalk.space | StartTagWalk.slash) != 0 { i += 1; continue }
                count += 1
                if count > AttributeLimit.maxPerTag, cut == nil { cut = i }
                let attributeStart = i
                i = StartTagWalk.skip(p, table, from: i, to: n, until: StartTagWalk.space | StartTagWalk.close | StartTagWalk.equals)
                let name = StartTagWalk.attributeName(p, attributeStart..<i)
                if findStyles {
                    if name == .style { styleAttributes += 1 } else if name == .marker { markerAttributeSeen = true }
                }
                i = StartTagWalk.skip(p, table, from: i, to: n, whileIn: StartTagWalk.space)
                guard i < n, p[i] == UInt8(ascii: "=") else { continue }
                i = StartTagWalk.skip(p, table, from: i + 1, to: n, whileIn: StartTagWalk.space)
                guard i < n else { break }
                let quote = p[i]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let valueStart = i + 1
                    guard let closing = StartTagWalk.next(quote, p, from: valueStart, to: n) else {
                        i = n
                        break
                    }
                    i = closing + 1
                    if findStyles, name == .style, closing - valueStart >= StartTagWalk.shortestInternedValue,
                       StartTagWalk.isPlainText(p, attributeStart..<i) {
                        style = (attributeStart..<i, valueStart..<closing)
                    }
                } else {
                    i = StartTagWalk.skip(p, table, from: i, to: n, until: StartTagWalk.space | StartTagWalk.close)
                }
            }
            if let cut { cuts.append(cut..<i) } else if styleAttributes == 1, let style { styles.append(style) }
            if let rawText, i < n { i = max(i, rawText) }
        }
    }

    /// Whether libxml2 reads these bytes as they are: printable ASCII with no `&` (an entity
    /// libxml2 would decode) and no `<` or `>` (which the comment repair searches for).
    private static func isPlainText(_ p: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
        for k in range {
            let b = p[k]
            if b < 0x20 || b > 0x7E || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") { return false }
        }
        return true
    }

    private enum AttributeName { case style, marker, other }

    private static func attributeName(_ p: UnsafePointer<UInt8>, _ range: Range<Int>) -> AttributeName {
        if range.count == 5, matches(p, at: range.lowerBound, "style") { return .style }
        if range.count == InternedStyles.markerAttribute.utf8CodeUnitCount,
           matches(p, at: range.lowerBound, InternedStyles.markerAttribute) { return .marker }
        return .other
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

    /// `word` at `at` (the caller checked it fits), ASCII letters in any case.
    private static func matches(_ p: UnsafePointer<UInt8>, at: Int, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        for j in 0..<word.utf8CodeUnitCount where ByteScanner.lower(p[at + j]) != w[j] { return false }
        return true
    }

    @inline(__always)
    private static func next(_ byte: UInt8, _ p: UnsafePointer<UInt8>, from start: Int, to n: Int) -> Int? {
        guard start < n, let hit = memchr(p + start, Int32(byte), n - start) else { return nil }
        return UnsafeRawPointer(p).distance(to: UnsafeRawPointer(hit))
    }

    // Byte classes, so that each loop over a tag's names is one table load and test a byte.
    private static let space: UInt8 = 1, close: UInt8 = 2, slash: UInt8 = 4, equals: UInt8 = 8
    private static let byteClass: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C: return space
        case 0x3E: return close
        case 0x2F: return slash
        case 0x3D: return equals
        default: return 0
        }
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
