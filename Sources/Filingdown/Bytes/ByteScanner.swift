#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level searching over the input: ASCII tags, case-insensitive, at line starts.
/// Line ends may be LF, CRLF or CR alone.
///
/// Splitting a submission must run at memory speed, so nothing here makes a `String` of
/// document text: searches jump from `<` to `<` with `memchr` and compare bytes in place.
struct ByteScanner {
    let bytes: UnsafeRawBufferPointer
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var count: Int { bytes.count }

    /// The first `tag` (ASCII, compared case-insensitively) in `from..<limit`.
    func findTag(_ tag: StaticString, from: Int, before limit: Int? = nil) -> Int? {
        let end = Swift.min(limit ?? bytes.count, bytes.count)
        let n = tag.utf8CodeUnitCount
        guard n > 0, let base = bytes.baseAddress, from >= 0 else { return nil }
        let t = tag.utf8Start
        let first = t[0]
        let firstOther = ByteScanner.otherCase(first)
        var i = from
        while i + n <= end {
            // Jump to the next candidate first byte; tags start with `<`, which has no case.
            let hit: Int
            if first == firstOther {
                guard let p = memchr(base + i, Int32(first), end - n + 1 - i) else { return nil }
                hit = base.distance(to: UnsafeRawPointer(p))
            } else {
                var k = i
                while k + n <= end, bytes[k] != first, bytes[k] != firstOther { k += 1 }
                guard k + n <= end else { return nil }
                hit = k
            }
            if matches(tag, at: hit) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// A tag that begins a line (after optional spaces or tabs).
    func findTagAtLineStart(_ tag: StaticString, from: Int, before limit: Int? = nil) -> Int? {
        let end = Swift.min(limit ?? bytes.count, bytes.count)
        let n = tag.utf8CodeUnitCount
        guard n > 0, let base = bytes.baseAddress, from >= 0 else { return nil }
        // Line by line, not `<` by `<`: HTML has a `<` every few bytes and a line break only
        // every line. The next LF and CR are each searched once and remembered, so CR-only
        // and LF-only files both stay linear.
        var nextLF = -1, nextCR = -1
        func next(_ c: UInt8, after i: Int, cached: inout Int) -> Int {
            if cached < i {
                cached = memchr(base + i, Int32(c), end - i).map { base.distance(to: UnsafeRawPointer($0)) } ?? end
            }
            return cached
        }
        var i = from
        var atLineStart = isAtLineStart(i)
        while i + n <= end {
            if atLineStart {
                var j = i
                while j < end, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                if j + n <= end, matches(tag, at: j) { return j }
            }
            let lineBreak = Swift.min(next(0x0A, after: i, cached: &nextLF), next(0x0D, after: i, cached: &nextCR))
            i = lineBreak + 1
            atLineStart = true
        }
        return nil
    }

    /// `tag` (ASCII, compared case-insensitively) starts at `i`; the caller checked it fits.
    private func matches(_ tag: StaticString, at i: Int) -> Bool {
        let t = tag.utf8Start
        for k in 0..<tag.utf8CodeUnitCount where ByteScanner.lower(bytes[i + k]) != ByteScanner.lower(t[k]) { return false }
        return true
    }

    /// Only spaces or tabs stand between `i` and the start of its line.
    func isAtLineStart(_ i: Int) -> Bool {
        var j = i
        while j > 0, bytes[j - 1] == 0x20 || bytes[j - 1] == 0x09 { j -= 1 }
        return j == 0 || bytes[j - 1] == 0x0A || bytes[j - 1] == 0x0D
    }

    /// Index of the line terminator (or end of input) of the line containing `i`.
    func lineEnd(_ i: Int) -> Int {
        guard i < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        // Most lines end in LF; a CR-only file has none, so look for CR within the same span.
        let lf = memchr(base + i, 0x0A, bytes.count - i).map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
        if let cr = memchr(base + i, 0x0D, lf - i) { return base.distance(to: UnsafeRawPointer(cr)) }
        return lf
    }

    /// Start of the next line after a line end at `i`.
    func nextLine(_ i: Int) -> Int {
        var j = i
        if j < bytes.count, bytes[j] == 0x0D { j += 1 }
        if j < bytes.count, bytes[j] == 0x0A { j += 1 }
        return j
    }

    /// `<KEY>value` on one line; the key upper-cased, the value trimmed.
    func tagLine(_ range: Range<Int>) -> (key: String, value: String)? {
        var i = range.lowerBound
        while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i < range.upperBound, bytes[i] == UInt8(ascii: "<") else { return nil }
        var j = i + 1
        while j < range.upperBound, bytes[j] != UInt8(ascii: ">") { j += 1 }
        guard j < range.upperBound else { return nil }
        let key = string((i + 1)..<j).uppercased()
        let value = ASCIIText.trimmed(string((j + 1)..<range.upperBound))
        return (key, value)
    }

    /// The bytes as text: UTF-8, with any invalid byte read as windows-1252, so header
    /// values typed on old systems keep their accented letters.
    func string(_ range: Range<Int>) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        if let s = String(validating: slice, as: UTF8.self) { return s }
        return Latin1.decodeWindows1252(slice)
    }

    /// Before the first `<DOCUMENT>` of a real wrapper there is only a header, a PEM block,
    /// white space, or nothing; in an HTML page that merely mentions the tag there is markup.
    func looksLikeWrapperPrefix(upTo first: Int) -> Bool {
        if first == 0 { return true }
        let prefix = string(0..<Swift.min(first, 4096)).lowercased()
        if prefix.contains("<sec-document>") || prefix.contains("<ims-document>") || prefix.contains("<sec-header>")
            || prefix.contains("<ims-header>") || prefix.contains("<submission>")
            || prefix.contains("privacy-enhanced message") { return true }
        if first > 4096 { return false }
        return !prefix.contains("<html") && !prefix.contains("<body") && !prefix.contains("<p") && !prefix.contains("<div")
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    @inline(__always) static func otherCase(_ c: UInt8) -> UInt8 {
        if c >= 0x41 && c <= 0x5A { return c | 0x20 }
        if c >= 0x61 && c <= 0x7A { return c & ~0x20 }
        return c
    }
}
