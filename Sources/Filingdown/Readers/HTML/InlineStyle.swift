/// The subset of CSS that changes what a reader sees in a filing: hidden, bold, italic,
/// centred, font size, superscript, and page breaks. Parsed straight from attribute bytes.
struct DeclaredStyle {
    var hidden = false
    /// `display: inline` (or `inline-block`) on a `<div>` or `<p>`: the text flows on.
    var inline = false
    var bold: Bool?
    var italic: Bool?
    var centered: Bool?
    /// Absolute size in points, or a factor of the inherited size.
    var fontSize: FontSize?
    var superscript: Bool?
    /// `position:relative;top:-3pt`: Workiva's superscript (cocacola-10k-2023's footnote markers),
    /// whatever `vertical-align` says beside it.
    private var raised = false
    var pageBreakBefore = false
    var pageBreakAfter = false
    /// Set in Wingdings, where `¨`, `o`, `q` draw an empty check box and `þ`, `ý`, `x` a
    /// checked one (gainsco-10k-2010's `Yes ¨ No x`, cvrenergy-sctota-2025's cover boxes).
    var wingdings: Bool?
    /// `padding-left` or `margin-left` above zero: space drawn before the text, as amazon-10k-2024
    /// and apple-10k-2024 set a footnote's `(1)` apart from its text (`(a)Documents` otherwise).
    var gapBefore = false

    enum FontSize { case points(Float), factor(Float) }

    static func parse(_ p: UnsafePointer<UInt8>) -> DeclaredStyle {
        var style = DeclaredStyle()
        var i = 0
        while p[i] != 0 {
            // property
            while isSpace(p[i]) || p[i] == UInt8(ascii: ";") { i += 1 }
            if p[i] == 0 { break }
            let nameStart = i
            while p[i] != 0, p[i] != UInt8(ascii: ":"), p[i] != UInt8(ascii: ";") { i += 1 }
            var nameEnd = i
            while nameEnd > nameStart, isSpace(p[nameEnd - 1]) { nameEnd -= 1 }
            guard p[i] == UInt8(ascii: ":") else { continue }
            i += 1
            while isSpace(p[i]) { i += 1 }
            let valueStart = i
            while p[i] != 0, p[i] != UInt8(ascii: ";") { i += 1 }
            var valueEnd = i
            while valueEnd > valueStart, isSpace(p[valueEnd - 1]) { valueEnd -= 1 }
            let name = ByteSlice(base: p, start: nameStart, end: nameEnd)
            let value = ByteSlice(base: p, start: valueStart, end: valueEnd)
            style.apply(name: name, value: value)
        }
        if style.raised { style.superscript = true }
        return style
    }

    private mutating func apply(name: ByteSlice, value: ByteSlice) {
        if name.is("display") {
            if value.hasPrefix("none") { hidden = true } else if value.hasPrefix("inline") { inline = true }
        } else if name.is("visibility") {
            if value.hasPrefix("hidden") { hidden = true }
        } else if name.is("font-weight") {
            bold = DeclaredStyle.isBoldWeight(value)
        } else if name.is("font-style") {
            italic = value.hasPrefix("italic") || value.hasPrefix("oblique")
        } else if name.is("text-align") {
            centered = value.hasPrefix("center")
        } else if name.is("font-size") {
            fontSize = DeclaredStyle.parseSize(value) ?? fontSize
        } else if name.is("vertical-align") {
            superscript = value.hasPrefix("super")
        } else if name.is("top") {
            raised = value.hasPrefix("-")
        } else if name.is("padding-left") || name.is("margin-left") {
            gapBefore = DeclaredStyle.isPositiveLength(value)
        } else if name.is("font-family") {
            wingdings = value.contains("wingdings")
        } else if name.is("font") {
            applyFontShorthand(value)
            if value.contains("wingdings") { wingdings = true }
        } else if name.is("page-break-before") {
            if value.hasPrefix("always") || value.hasPrefix("page") { pageBreakBefore = true }
        } else if name.is("page-break-after") {
            if value.hasPrefix("always") || value.hasPrefix("page") { pageBreakAfter = true }
        } else if name.is("break-before") {
            if value.hasPrefix("page") { pageBreakBefore = true }
        } else if name.is("break-after") {
            if value.hasPrefix("page") { pageBreakAfter = true }
        }
    }

    private mutating func applyFontShorthand(_ value: ByteSlice) {
        var i = value.start
        while i < value.end {
            while i < value.end, isSpace(value.base[i]) || value.base[i] == UInt8(ascii: ",") { i += 1 }
            let start = i
            while i < value.end, !isSpace(value.base[i]), value.base[i] != UInt8(ascii: ",") { i += 1 }
            guard i > start else { continue }
            var word = ByteSlice(base: value.base, start: start, end: i)
            if word.is("bold") || word.is("bolder") { bold = true }
            else if word.is("italic") || word.is("oblique") { italic = true }
            else if let w = word.integerValue, w >= 100, w <= 1000, w % 100 == 0 { bold = w >= 600 }
            else {
                if let slash = word.firstIndex(of: UInt8(ascii: "/")) { word = ByteSlice(base: word.base, start: word.start, end: slash) }
                if let size = DeclaredStyle.parseSize(word) { fontSize = size; return }
            }
        }
    }

    static func isPositiveLength(_ value: ByteSlice) -> Bool {
        switch parseSize(value) {
        case .points(let p)?: return p > 0
        case .factor(let f)?: return f > 0
        case nil: return false
        }
    }

    static func isBoldWeight(_ value: ByteSlice) -> Bool {
        if value.hasPrefix("bold") { return true }
        if let w = value.integerValue { return w >= 600 }
        return false
    }

    static func parseSize(_ value: ByteSlice) -> FontSize? {
        var i = value.start
        var number: Float = 0
        var sawDigit = false
        var scale: Float = 0
        while i < value.end {
            let c = value.base[i]
            if c >= 0x30 && c <= 0x39 {
                sawDigit = true
                if scale == 0 { number = number * 10 + Float(c - 0x30) }
                else { number += Float(c - 0x30) * scale; scale /= 10 }
            } else if c == UInt8(ascii: "."), scale == 0 { scale = 0.1 }
            else { break }
            i += 1
        }
        guard sawDigit else {
            if value.hasPrefix("xx-large") { return .points(24) }
            if value.hasPrefix("x-large") { return .points(18) }
            if value.hasPrefix("large") { return .points(13.5) }
            if value.hasPrefix("medium") { return .points(12) }
            if value.hasPrefix("small") { return .points(10) }
            if value.hasPrefix("x-small") { return .points(7.5) }
            return nil
        }
        let unit = ByteSlice(base: value.base, start: i, end: value.end)
        if unit.hasPrefix("pt") { return .points(number) }
        if unit.hasPrefix("px") { return .points(number * 0.75) }
        if unit.hasPrefix("em") || unit.hasPrefix("rem") { return .factor(number) }
        if unit.hasPrefix("%") { return .factor(number / 100) }
        if unit.hasPrefix("pc") { return .points(number * 12) }
        if unit.hasPrefix("in") { return .points(number * 72) }
        if unit.hasPrefix("mm") { return .points(number * 2.835) }
        if unit.hasPrefix("cm") { return .points(number * 28.35) }
        if unit.start == unit.end { return .points(number * 0.75) }
        return nil
    }

    /// `<font size="N">`: the HTML 3 scale, or a relative `+1`/`-1`.
    static func fontTagSize(_ p: UnsafePointer<UInt8>) -> FontSize? {
        var i = 0
        while isSpace(p[i]) { i += 1 }
        var sign: Int = 0
        if p[i] == UInt8(ascii: "+") { sign = 1; i += 1 } else if p[i] == UInt8(ascii: "-") { sign = -1; i += 1 }
        guard p[i] >= 0x30, p[i] <= 0x39 else { return nil }
        let n = Int(p[i] - 0x30)
        let points: [Float] = [10, 7.5, 10, 12, 13.5, 18, 24, 36]
        if sign != 0 { return .points(points[max(1, min(7, 3 + sign * n))]) }
        return .points(points[max(1, min(7, n))])
    }
}

@inline(__always) func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
}

/// A byte range inside a NUL-terminated libxml2 string; comparisons ignore ASCII case.
struct ByteSlice {
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int

    func `is`(_ s: StaticString) -> Bool {
        end - start == s.utf8CodeUnitCount && hasPrefix(s)
    }

    /// Whether `s` (lower-case ASCII) occurs anywhere, ignoring ASCII case.
    func contains(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard n > 0, end - start >= n else { return false }
        for at in start...(end - n) where ByteSlice(base: base, start: at, end: end).hasPrefix(s) { return true }
        return false
    }

    func hasPrefix(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard end - start >= n else { return false }
        let b = s.utf8Start
        for k in 0..<n where (base[start + k] | 0x20) != (b[k] | 0x20) { return false }
        return true
    }

    var integerValue: Int? {
        guard end > start else { return nil }
        var v = 0
        for k in start..<end {
            let c = base[k]
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v &* 10 &+ Int(c - 0x30)
            if v > 1_000_000_000 { return nil }
        }
        return v
    }

    func firstIndex(of c: UInt8) -> Int? {
        for k in start..<end where base[k] == c { return k }
        return nil
    }
}
