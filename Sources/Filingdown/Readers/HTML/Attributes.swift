/// The few attributes the builder reads, found in one pass over the start tag's
/// name/value list and read in place, valid only while the start-tag event lasts.
struct Attributes {
    var style: UnsafePointer<UInt8>?
    /// The preflight's `fdstyle="N"`: the style attribute, as an index into `InternedValues`.
    var internedStyle: Int32?
    var hidden = false
    var alignCenter = false
    var alignOther = false
    /// The `class` attribute's bytes.
    private(set) var classes: UnsafePointer<UInt8>?
    private var hrefValue: UnsafePointer<UInt8>?
    private var srcValue: UnsafePointer<UInt8>?
    private var altValue: UnsafePointer<UInt8>?
    private var sizeValue: UnsafePointer<UInt8>?
    private var colspanValue: UnsafePointer<UInt8>?
    private var rowspanValue: UnsafePointer<UInt8>?
    private var faceValue: UnsafePointer<UInt8>?

    /// `list` is libxml2's NULL-terminated name, value, name, value… array (a value is
    /// NULL for an attribute written without one, like `hidden`).
    init(_ list: UnsafePointer<UnsafePointer<UInt8>?>?) {
        guard let list else { return }
        var i = 0
        while let name = list[i] {
            let value = list[i + 1]
            i += 2
            switch Attributes.key(name) {
            case .style: style = value
            case .hidden: hidden = true
            case .align:
                if let v = value {
                    if (v[0] | 0x20) == UInt8(ascii: "c") { alignCenter = true } else { alignOther = true }
                }
            case .classes: classes = value
            case .href: hrefValue = value
            case .src: srcValue = value
            case .alt: altValue = value
            case .size: sizeValue = value
            case .colspan: colspanValue = value
            case .rowspan: rowspanValue = value
            case .face: faceValue = value
            case .internedStyle: internedStyle = value.map { InternedValues.number($0) }
            case .other: break
            }
        }
    }

    private enum Name { case style, hidden, align, classes, href, src, alt, size, colspan, rowspan, face, internedStyle, other }

    private static func key(_ name: UnsafePointer<UInt8>) -> Name {
        var n = 0
        while name[n] != 0, n < 8 { n += 1 }
        return name[n] == 0 ? key(name, count: n) : .other
    }

    /// Whether the builder reads an attribute of this name (`count` bytes at `name`, in any case):
    /// the preflight leaves libxml2 only those to read.
    static func isRead(_ name: UnsafePointer<UInt8>, count: Int) -> Bool {
        count > 0 && key(name, count: count) != .other
    }

    private static func key(_ name: UnsafePointer<UInt8>, count n: Int) -> Name {
        func eq(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == n else { return false }
            for k in 0..<n where (name[k] | 0x20) != s.utf8Start[k] { return false }
            return true
        }
        switch name[0] | 0x20 {
        case UInt8(ascii: "s"):
            if eq("style") { return .style }
            if eq("src") { return .src }
            if eq("size") { return .size }
        case UInt8(ascii: "h"):
            if eq("hidden") { return .hidden }
            if eq("href") { return .href }
        case UInt8(ascii: "a"):
            if eq("align") { return .align }
            if eq("alt") { return .alt }
        case UInt8(ascii: "c"):
            if eq("class") { return .classes }
            if eq("colspan") { return .colspan }
        case UInt8(ascii: "r"):
            if eq("rowspan") { return .rowspan }
        case UInt8(ascii: "f"):
            if eq("face") { return .face }
            if eq(InternedValues.styleMarker) { return .internedStyle }
        default: break
        }
        return .other
    }

    var href: String? { hrefValue.map { String(cString: $0) } }
    var src: String? { srcValue.map { String(cString: $0) } }
    var alt: String? { altValue.map { String(cString: $0).trimmingASCIISpaces() } }
    var fontTagSize: DeclaredStyle.FontSize? { sizeValue.flatMap(DeclaredStyle.fontTagSize) }
    /// `<font face="Wingdings">` (roanokeelectricsteel-10k-2003's cover boxes): whether the
    /// face is Wingdings; nil without a `face` attribute.
    var faceIsWingdings: Bool? {
        guard let v = faceValue else { return nil }
        var n = 0
        while v[n] != 0 { n += 1 }
        return ByteSlice(base: v, start: 0, end: n).contains("wingdings")
    }
    var colspan: Int { Attributes.span(colspanValue, limit: TableLimits.maxColspan) }
    var rowspan: Int { Attributes.span(rowspanValue, limit: TableLimits.maxRowspan) }

    /// A span attribute, clamped: a real filing has `colspan="376967340"`.
    private static func span(_ p: UnsafePointer<UInt8>?, limit: Int) -> Int {
        guard let p else { return 1 }
        var i = 0
        while isSpace(p[i]) { i += 1 }
        var v = 0
        var digits = 0
        while p[i] >= 0x30, p[i] <= 0x39 {
            v = min(v * 10 + Int(p[i] - 0x30), limit)
            digits += 1
            i += 1
        }
        return digits == 0 ? 1 : max(1, min(v, limit))
    }
}
