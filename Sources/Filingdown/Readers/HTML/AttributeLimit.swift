#if canImport(Glibc)
import Glibc
#endif

/// libxml2 2.9 checks each attribute of a tag against every earlier one (duplicates), so a
/// tag with 80,000 distinct attributes took 7 s and a million about 20 minutes. Attributes
/// past `maxPerTag` on one tag are cut before libxml2 sees them; real filings use a dozen.
enum AttributeLimit {
    static let maxPerTag = 64

    /// The byte ranges to cut: in every start tag with more than `maxPerTag` attributes,
    /// from the first one past the limit to the end of the tag. Quoted values are skipped
    /// whole, comments, declarations and end tags passed over, and the text of `<script>`
    /// and `<style>` is not read as tags. Tags that start inside `skipping` (ascending ranges
    /// the preflight cuts anyway: an inline XBRL document's `<ix:header>` holds a quarter of
    /// its tags) are not read.
    static func cuts(in bytes: UnsafeRawBufferPointer, skipping: [Range<Int>] = []) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [] }
        // The class table is read through one pointer for the whole scan: a `static let` read in
        // each helper call went through its lazy initialiser every time.
        return byteClass.withUnsafeBufferPointer { table in
            cuts(base.assumingMemoryBound(to: UInt8.self), bytes.count, table.baseAddress.unsafelyUnwrapped, skipping)
        }
    }

    private static func cuts(_ p: UnsafePointer<UInt8>, _ n: Int, _ table: UnsafePointer<UInt8>,
                             _ skipping: [Range<Int>]) -> [Range<Int>] {
        let bytes = UnsafeRawBufferPointer(start: p, count: n)
        var cuts: [Range<Int>] = []
        var i = 0
        var region = 0
        while let lt = next(UInt8(ascii: "<"), p, from: i, to: n) {
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
                    i = next(UInt8(ascii: ">"), p, from: i, to: n).map { $0 + 1 } ?? n
                }
                continue
            }
            guard isLetter(c) else { continue }
            let nameStart = i
            i = skip(p, table, from: i, to: n, until: space | close | slash)
            let rawText = rawTextEnd(bytes, name: nameStart..<i)
            var count = 0
            var cut: Int? = nil
            // Attributes: a name, then optionally `=` and a value, up to `>`.
            while i < n, p[i] != UInt8(ascii: ">") {
                if table[Int(p[i])] & (space | slash) != 0 { i += 1; continue }
                count += 1
                if count > maxPerTag, cut == nil { cut = i }
                i = skip(p, table, from: i, to: n, until: space | close | equals)
                i = skip(p, table, from: i, to: n, whileIn: space)
                guard i < n, p[i] == UInt8(ascii: "=") else { continue }
                i = skip(p, table, from: i + 1, to: n, whileIn: space)
                guard i < n else { break }
                let quote = p[i]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    i = next(quote, p, from: i + 1, to: n).map { $0 + 1 } ?? n
                } else {
                    i = skip(p, table, from: i, to: n, until: space | close)
                }
            }
            if let cut { cuts.append(cut..<i) }
            if let rawText, i < n { i = max(i, rawText) }
        }
        return cuts
    }

    /// After `<script` or `<style`: where its closing tag starts (the end when it has none).
    private static func rawTextEnd(_ bytes: UnsafeRawBufferPointer, name: Range<Int>) -> Int? {
        let close: StaticString
        // The length first: nearly every element is neither, and fails there.
        if name.count == 6, matches(bytes, at: name.lowerBound, "script") {
            close = "</script"
        } else if name.count == 5, matches(bytes, at: name.lowerBound, "style") {
            close = "</style"
        } else {
            return nil
        }
        var i = name.upperBound
        let p = bytes.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: UInt8.self)
        while let lt = next(UInt8(ascii: "<"), p, from: i, to: bytes.count) {
            if matches(bytes, at: lt, close) { return lt }
            i = lt + 1
        }
        return bytes.count
    }

    /// `word` at `at`, ASCII letters in any case.
    private static func matches(_ bytes: UnsafeRawBufferPointer, at: Int, _ word: StaticString) -> Bool {
        let k = word.utf8CodeUnitCount
        guard at + k <= bytes.count else { return false }
        let w = word.utf8Start
        for j in 0..<k where ByteScanner.lower(bytes[at + j]) != w[j] { return false }
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
