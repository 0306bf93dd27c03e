internal import CLibXML2

/// A 1990s typo such as `<!--DOCTYPE …>` opens a comment that never closes, and the
/// parser then swallows the rest of the document. Such a comment is closed at the end
/// of its line, as browsers of the time effectively showed it.
enum CommentRepair {
    /// Where `-->` must be inserted to close the last `<!--` when nothing after it closes it:
    /// the end of its line. nil when every comment closes. `<!--` and `-->` inside `cut`
    /// ranges (removed before parsing) do not count.
    static func insertionPoint(in bytes: UnsafeRawBufferPointer, outside cut: [Range<Int>]) -> Int? {
        let n = bytes.count
        guard n >= 4 else { return nil }
        var limit = n
        var lastOpen: Int?
        while let open = lastIndex(of: [0x3C, 0x21, 0x2D, 0x2D], in: UnsafeRawBufferPointer(rebasing: bytes[0..<limit])) {
            if !cut.contains(where: { $0.contains(open) }) { lastOpen = open; break }
            limit = open
        }
        guard let lastOpen else { return nil }
        var from = lastOpen + 4
        while let close = index(of: [0x2D, 0x2D, 0x3E], in: bytes, from: from) {
            if !cut.contains(where: { $0.contains(close) }) { return nil }
            from = close + 1
        }
        var end = lastOpen + 4
        while end < n, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return end
    }

    static func index(of needle: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        let hit = needle.withUnsafeBytes { n in fd_memmem(base + start, bytes.count - start, n.baseAddress, n.count) }
        return hit.map { base.distance(to: UnsafeRawPointer($0)) }
    }

    static func lastIndex(of needle: [UInt8], in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let m = needle.count
        var end = bytes.count - m + 1
        // memrchr finds candidate first bytes at memory speed.
        while end > 0, let hit = fd_memrchr(base, Int32(needle[0]), end) {
            let i = base.distance(to: UnsafeRawPointer(hit))
            var k = 1
            while k < m, bytes[i + k] == needle[k] { k += 1 }
            if k == m { return i }
            end = i
        }
        return nil
    }
}
