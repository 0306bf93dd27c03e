#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The distinct values of a document's long `style` attributes (and, while facts are read, of
/// its inline XBRL facts' `name`, `contextRef`…), each replaced in the preflight copy by a
/// marker attribute, `fdstyle="N"` or `fdname="N"`, N its index here. libxml2 reads an attribute
/// value a character at a time, and styles were two fifths of the bytes of an inline XBRL
/// filing: jnj-10k-2024 repeats 597 distinct values in 24,761 attributes (1.7 MB), which cost
/// libxml2 more than the rest of the conversion after parsing. The builder reads the value back
/// from here, as the bytes libxml2 would have handed it (only values it reads verbatim are
/// interned: see `StartTagWalk`).
struct InternedValues {
    /// What an interned attribute was: a style, or an attribute an inline XBRL fact reads.
    enum Attribute: Equatable {
        case style
        case fact(InlineXBRLCatalog.PendingFact.InternedAttribute)

        /// The attribute that stands for it in the copy. A document that uses one itself gets
        /// no interning (`StartTagWalk.markerAttributeSeen`).
        var marker: StaticString {
            switch self {
            case .style: return InternedValues.styleMarker
            case .fact(let attribute): return attribute.marker
            }
        }
    }

    static let styleMarker: StaticString = "fdstyle"

    /// Each distinct value, NUL-terminated as libxml2 hands values over.
    private(set) var values: [[UInt8]] = []

    private struct Slot {
        var hash: UInt64
        var index: Int32
    }
    private var slots: [Slot] = []
    private var used = 0

    /// The index of `range`'s bytes, added when new.
    mutating func intern(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int32 {
        if used * 2 >= slots.count { grow() }
        let hash = InternedValues.hash(bytes, range)
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: hash) & mask
        while slots[k].index >= 0 {
            if slots[k].hash == hash, matches(values[Int(slots[k].index)], bytes, range) { return slots[k].index }
            k = (k + 1) & mask
        }
        let index = Int32(values.count)
        var value = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[range]))
        value.append(0)
        values.append(value)
        slots[k] = Slot(hash: hash, index: index)
        used += 1
        return index
    }

    /// Writes `fdstyle="N"` (for `attribute`), what the attribute becomes in the copy.
    static func writeMarker(_ attribute: Attribute, _ index: Int32, to out: inout [UInt8]) {
        attribute.marker.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "="))
        out.append(UInt8(ascii: "\""))
        var place: Int32 = 1
        while place <= index / 10 { place *= 10 }
        repeat {
            out.append(UInt8(truncatingIfNeeded: index / place % 10) + 0x30)
            place /= 10
        } while place > 0
        out.append(UInt8(ascii: "\""))
    }

    private func matches(_ value: [UInt8], _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        guard value.count == range.count + 1 else { return false }
        return value.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress! + range.lowerBound, range.count) == 0 }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(hash: 0, index: -1), count: max(64, old.count * 2))
        let mask = slots.count - 1
        for slot in old where slot.index >= 0 {
            var k = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[k].index >= 0 { k = (k + 1) & mask }
            slots[k] = slot
        }
    }

    /// FNV-1a over eight bytes at a time: the values are long and mostly differ early.
    private static func hash(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
            hash ^= hash >> 29
            i += 8
        }
        while i < range.upperBound {
            hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01B3
            i += 1
        }
        return hash ^ (hash >> 32)
    }
}

extension InternedValues {
    /// The value a marker attribute's `N` names; nil for an index the preflight never wrote.
    func value(_ digits: UnsafePointer<UInt8>) -> [UInt8]? {
        let i = Int(InternedValues.number(digits))
        return i < values.count ? values[i] : nil
    }

    /// The digits the preflight wrote.
    static func number(_ p: UnsafePointer<UInt8>) -> Int32 {
        var v: Int32 = 0
        var i = 0
        while p[i] >= 0x30, p[i] <= 0x39, v < Int32.max / 10 {
            v = v * 10 + Int32(p[i] - 0x30)
            i += 1
        }
        return v
    }
}
