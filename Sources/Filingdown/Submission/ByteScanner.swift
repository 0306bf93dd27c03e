/// Byte-level searching over the input: ASCII tags, case-insensitive, at line starts.
/// Line ends may be LF, CRLF or CR alone.
struct ByteScanner {
    let bytes: UnsafeRawBufferPointer
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var count: Int { bytes.count }

    func findTag(_ tag: StaticString, from: Int, before limit: Int? = nil) -> Int? {
        let end = min(limit ?? bytes.count, bytes.count)
        let t = tag.utf8Start
        let n = tag.utf8CodeUnitCount
        var i = from
        guard n > 0 else { return nil }
        while i + n <= end {
            // memchr-like scan for '<'
            if bytes[i] == t[0] {
                var k = 1
                while k < n, lower(bytes[i + k]) == lower(t[k]) { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    /// A tag that begins a line (after optional spaces).
    func findTagAtLineStart(_ tag: StaticString, from: Int, before limit: Int? = nil) -> Int? {
        var i = from
        let end = min(limit ?? bytes.count, bytes.count)
        while let hit = findTag(tag, from: i, before: end) {
            var j = hit
            while j > 0, bytes[j - 1] == 0x20 || bytes[j - 1] == 0x09 { j -= 1 }
            if j == 0 || bytes[j - 1] == 0x0A || bytes[j - 1] == 0x0D { return hit }
            i = hit + 1
        }
        return nil
    }

    /// Index of the line terminator (or end of input) of the line containing `i`.
    func lineEnd(_ i: Int) -> Int {
        var j = i
        while j < bytes.count, bytes[j] != 0x0A, bytes[j] != 0x0D { j += 1 }
        return j
    }

    /// Start of the next line after a line end at `i`.
    func nextLine(_ i: Int) -> Int {
        var j = i
        if j < bytes.count, bytes[j] == 0x0D { j += 1 }
        if j < bytes.count, bytes[j] == 0x0A { j += 1 }
        return j
    }

    /// `<KEY>value` on one line.
    func tagLine(_ range: Range<Int>) -> (String, String)? {
        var i = range.lowerBound
        while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i < range.upperBound, bytes[i] == UInt8(ascii: "<") else { return nil }
        var j = i + 1
        while j < range.upperBound, bytes[j] != UInt8(ascii: ">") { j += 1 }
        guard j < range.upperBound else { return nil }
        let key = string((i + 1)..<j).uppercased()
        let value = string((j + 1)..<range.upperBound).trimmingASCIISpaces()
        return (key, value)
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Before the first `<DOCUMENT>` of a real wrapper there is only a header, a PEM block,
    /// white space, or nothing; in an HTML page that merely mentions the tag there is markup.
    func looksLikeWrapperPrefix(upTo first: Int) -> Bool {
        if first == 0 { return true }
        let prefix = string(0..<min(first, 4096)).lowercased()
        if prefix.contains("<sec-document>") || prefix.contains("<ims-document>") || prefix.contains("<sec-header>")
            || prefix.contains("<submission>") || prefix.contains("privacy-enhanced message") { return true }
        if first > 4096 { return false }
        return !prefix.contains("<html") && !prefix.contains("<body") && !prefix.contains("<p") && !prefix.contains("<div")
    }

    @inline(__always) private func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
}
