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

    /// The values the preflight interned, and each one's parse once made.
    var interned = InternedValues() {
        didSet { internedParsed = Array(repeating: nil, count: interned.values.count) }
    }
    private var internedParsed: [DeclaredStyle?] = []

    /// The style of an interned value (`fdstyle="N"`); none for an index the preflight never wrote.
    mutating func style(interned index: Int32) -> DeclaredStyle {
        let i = Int(index)
        guard i < internedParsed.count else { return DeclaredStyle() }
        if let parsed = internedParsed[i] { return parsed }
        let parsed = interned.values[i].withUnsafeBufferPointer { DeclaredStyle.parse($0.baseAddress!) }
        internedParsed[i] = parsed
        return parsed
    }

    /// Style strings longer than this are parsed every time (they rarely repeat).
    private static let longest = 512

    mutating func style(_ p: UnsafePointer<UInt8>) -> DeclaredStyle {
        let n = strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
        if n > StyleCache.longest { return DeclaredStyle.parse(p) }
        // Eight bytes at a time: the strings are long, the table small.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
            hash ^= hash >> 29
            i += 8
        }
        while i < n {
            hash = (hash ^ UInt64(p[i])) &* 0x100_0000_01B3
            i += 1
        }
        hash ^= hash >> 32
        if n == 0 { return DeclaredStyle() }
        let slot = Int(truncatingIfNeeded: hash) & (StyleCache.slots - 1)
        if let entry = entries[slot], entry.key.count == n,
           entry.key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, p, n) == 0 }) {
            return entry.style
        }
        let style = DeclaredStyle.parse(p)
        entries[slot] = Entry(key: Array(UnsafeBufferPointer(start: p, count: n)), style: style)
        return style
    }
}
