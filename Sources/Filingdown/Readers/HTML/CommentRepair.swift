internal import CLibXML2

/// A 1990s typo such as `<!--DOCTYPE …>` opens a comment that never closes, and the
/// parser then swallows the rest of the document. Such a comment is closed where a browser
/// of the time would have shown text again: after the first `>`, which closes the tag-like
/// run the typo began, or at the end of its line, whichever comes first and so keeps more
/// text visible. A document written on one line (meta-10q-2019q1 has 19 physical lines,
/// Workiva's 10-Qs 5) has no line end before its last byte: the `>` rule keeps it.
enum CommentRepair {
    /// Where `-->` must be inserted to close the last `<!--` when nothing after it closes it:
    /// just after the first `>` or at the end of its line, whichever is first. nil when every comment closes. `<!--` and `-->` inside `cut`
    /// ranges (removed before parsing) do not count.
    static func insertionPoint(in bytes: UnsafeRawBufferPointer, outside cut: [Range<Int>]) -> Int? {
        let n = bytes.count
        guard n >= 4 else { return nil }
        var limit = n
        var lastOpen: Int?
        while let open = ByteSearch.lastIndex(of: [0x3C, 0x21, 0x2D, 0x2D], in: UnsafeRawBufferPointer(rebasing: bytes[0..<limit])) {
            if !cut.contains(where: { $0.contains(open) }) { lastOpen = open; break }
            limit = open
        }
        guard let lastOpen else { return nil }
        var from = lastOpen + 4
        while let close = ByteSearch.index(of: [0x2D, 0x2D, 0x3E], in: bytes, from: from) {
            if !cut.contains(where: { $0.contains(close) }) { return nil }
            from = close + 1
        }
        var end = lastOpen + 4
        while end < n, bytes[end] != 0x0A, bytes[end] != 0x0D {
            if bytes[end] == UInt8(ascii: ">") { return end + 1 }
            end += 1
        }
        return end
    }
}
