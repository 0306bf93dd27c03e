internal import CLibXML2

/// A 1990s typo such as `<!--DOCTYPE …>` opens a comment that never closes, and the
/// parser then swallows the rest of the document. Such a comment is closed at the end
/// of its line, as browsers of the time effectively showed it.
enum CommentRepair {
    /// A patched copy when some `<!--` has no `-->` after it; nil when nothing needs fixing.
    static func repairUnterminated(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        let n = bytes.count
        guard n >= 4 else { return nil }
        // The last "<!--" decides: an earlier one is closed by some later "-->" or by
        // this one's repair only if it too lacks a terminator, which we check below.
        guard let lastOpen = lastIndex(of: [0x3C, 0x21, 0x2D, 0x2D], in: bytes) else { return nil }
        if index(of: [0x2D, 0x2D, 0x3E], in: bytes, from: lastOpen + 4) != nil { return nil }
        var out = [UInt8](bytes)
        var end = lastOpen + 4
        while end < n, out[end] != 0x0A, out[end] != 0x0D { end += 1 }
        // A comment that ends with ">" on its line (`<!--DOCTYPE html>`) ends there.
        out.insert(contentsOf: [0x2D, 0x2D, 0x3E], at: end)
        return out
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
