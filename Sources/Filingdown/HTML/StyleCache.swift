#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Parsed `style` attributes, remembered by their bytes. Inline-XBRL filings repeat a few
/// dozen style strings tens of thousands of times; hashing one is cheaper than parsing it.
struct StyleCache {
    private struct Entry {
        var key: [UInt8]
        var style: DeclaredStyle
    }

    private static let slots = 256
    private var entries: [Entry?] = Array(repeating: nil, count: StyleCache.slots)

    /// Style strings longer than this are parsed every time (they rarely repeat).
    private static let longest = 512

    mutating func style(_ p: UnsafePointer<UInt8>) -> DeclaredStyle {
        var hash: UInt32 = 2_166_136_261
        var n = 0
        while p[n] != 0 {
            if n == StyleCache.longest { return DeclaredStyle.parse(p) }
            hash = (hash ^ UInt32(p[n])) &* 16_777_619
            n += 1
        }
        if n == 0 { return DeclaredStyle() }
        let slot = Int(hash & UInt32(StyleCache.slots - 1))
        if let entry = entries[slot], entry.key.count == n,
           entry.key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, p, n) == 0 }) {
            return entry.style
        }
        let style = DeclaredStyle.parse(p)
        entries[slot] = Entry(key: Array(UnsafeBufferPointer(start: p, count: n)), style: style)
        return style
    }
}
