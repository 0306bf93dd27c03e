internal import CLibXML2

/// Searching bytes at memory speed (memmem, memrchr): the one home for finding a byte
/// string in a buffer, used by the preflight's cuts and repairs and by the text rules.
enum ByteSearch {
    static func index(of needle: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        let hit = needle.withUnsafeBytes { n in fd_memmem(base + start, bytes.count - start, n.baseAddress, n.count) }
        return hit.map { base.distance(to: UnsafeRawPointer($0)) }
    }

    /// The first `byte` in `from..<to`.
    static func index(of byte: UInt8, in bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        guard let base = bytes.baseAddress, from < to, to <= bytes.count else { return nil }
        return fd_memchr(base + from, Int32(byte), to - from).map { base.distance(to: UnsafeRawPointer($0)) }
    }

    static func contains(_ needle: UnsafeRawBufferPointer, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, needle.count <= bytes.count else { return needle.isEmpty }
        // Few places to try (a caption looked for in a short line): a plain scan costs less
        // than memmem's set-up.
        if let first = needle.first, bytes.count - needle.count < plainScanMaxStarts {
            for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                var k = 1
                while k < needle.count, bytes[start + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        }
        return fd_memmem(base, bytes.count, needle.baseAddress, needle.count) != nil
    }

    private static var plainScanMaxStarts: Int { 40 }

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
