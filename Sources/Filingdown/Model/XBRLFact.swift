/// An inline XBRL fact a table cell shows: the `ix:nonFraction` (or `ix:nonNumeric`) around a
/// figure, with its context and unit read from the document's hidden `<ix:header>`. It says
/// what a number is (`us-gaap:Revenues`), for which period, in which unit and at which scale.
public struct XBRLFact: Hashable, Sendable {
    /// The concept, prefixed as filed: `us-gaap:Revenues`, `dei:TradingSymbol`.
    public var concept: String
    /// The `contextRef`: `c-5`.
    public var contextID: String
    /// The context's period; nil when the header has no context of that id.
    public var period: XBRLPeriod?
    /// The context's dimensions (`srt:ProductOrServiceAxis` → `us-gaap:ProductMember`), in the order filed.
    public var dimensions: [XBRLDimension]
    /// The unit's measures without their prefixes: `USD`, `shares`, `USD/shares`; the `unitRef`
    /// itself when the header does not define it; nil for a fact without one.
    public var unit: String?
    /// `decimals` as filed: `-6`, `2`, `INF`.
    public var decimals: String?
    /// `scale`: the printed figure times ten to this power is the value (`6` for millions).
    public var scale: Int?
    /// `sign="-"`: the value is the negative of the printed figure.
    public var negated: Bool
    /// The transformation that reads the printed text: `ixt:num-dot-decimal`, `ixt:fixed-zero`.
    public var format: String?
    /// True for `ix:nonFraction` (a number), false for `ix:nonNumeric`.
    public var isNumeric: Bool
    /// The fact's own text as printed, white space collapsed: `391,035` (no `$`, no parentheses).
    public var text: String

    /// Memberwise.
    public init(concept: String, contextID: String, period: XBRLPeriod?, dimensions: [XBRLDimension] = [], unit: String? = nil,
                decimals: String? = nil, scale: Int? = nil, negated: Bool = false, format: String? = nil, isNumeric: Bool = true,
                text: String) {
        self.concept = concept
        self.contextID = contextID
        self.period = period
        self.dimensions = dimensions
        self.unit = unit
        self.decimals = decimals
        self.scale = scale
        self.negated = negated
        self.format = format
        self.isNumeric = isNumeric
        self.text = text
    }

    /// The value as XBRL reads it, as a decimal literal: the printed figure read by `format`,
    /// times ten to `scale`, negated by `sign` (`391,035` at scale 6 → `391035000000`;
    /// `ixt:fixed-zero` → `0`). Nil for a non-numeric fact or text the format cannot read.
    public var value: String? {
        guard isNumeric else { return nil }
        return XBRLNumber.value(text: text, format: format, scale: scale ?? 0, negated: negated)
    }
}

/// When a fact holds: over a duration, at an instant, or forever. Dates as filed (`2024-09-28`).
public enum XBRLPeriod: Hashable, Sendable {
    /// From `start` to `end` (`xbrli:startDate`, `xbrli:endDate`): a year's revenue.
    case duration(start: String, end: String)
    /// At one date (`xbrli:instant`): a balance sheet's cash.
    case instant(String)
    /// `xbrli:forever`.
    case forever
}

/// One dimension of a fact's context: an axis and its member (for a typed dimension, the
/// member's value as filed).
public struct XBRLDimension: Hashable, Sendable {
    /// The dimension: `srt:ProductOrServiceAxis`.
    public var axis: String
    /// Its member: `us-gaap:ProductMember`, or a typed dimension's value (`2024-09-29`).
    public var member: String

    /// Memberwise.
    public init(axis: String, member: String) {
        self.axis = axis
        self.member = member
    }
}

/// Decimal literals read from printed figures, exactly: no floating point between the
/// filing's digits and the JSON's. Read on UTF-8 bytes: JSON asks this of every cell.
enum XBRLNumber {
    /// A fact's value from its printed text (see `XBRLFact.value`).
    static func value(text: String, format: String?, scale: Int, negated: Bool) -> String? {
        var zero = false, commaDecimal = false
        if var format {
            format.withUTF8 { f in
                var start = 0
                for (k, b) in f.enumerated() where b == UInt8(ascii: ":") { start = k + 1 }
                let local = UnsafeBufferPointer(rebasing: f[start...])
                zero = equals(local, "fixed-zero") || equals(local, "zerodash") || equals(local, "fixedzero")
                commaDecimal = contains(local, "commadecimal") || contains(local, "comma-decimal")
            }
        }
        if zero { return "0" }
        var text = text
        return text.withUTF8 { u -> String? in
            var digits: [UInt8] = []
            digits.reserveCapacity(u.count)
            var point: Int? = nil
            for b in u {
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(b)
                case UInt8(ascii: "."):
                    if commaDecimal { continue }
                    guard point == nil else { return nil }
                    point = digits.count
                case UInt8(ascii: ","):
                    if !commaDecimal { continue }
                    guard point == nil else { return nil }
                    point = digits.count
                case 0x20: continue
                default:
                    // A dash alone is a zero (ixt:zerodash reads it so); anything else (a number
                    // in words) is not read here.
                    return CellNumber.isDash(u[...]) ? "0" : nil
                }
            }
            guard !digits.isEmpty else { return nil }
            return literal(digits: digits, point: (point ?? digits.count) + scale, negative: negated)
        }
    }

    private static func equals(_ u: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        u.count == s.utf8CodeUnitCount && (0..<u.count).allSatisfy { u[$0] == s.utf8Start[$0] }
    }

    private static func contains(_ u: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard u.count >= n else { return false }
        return (0...(u.count - n)).contains { k in (0..<n).allSatisfy { u[k + $0] == s.utf8Start[$0] } }
    }

    /// `digits` with the decimal point after `point` of them (which may fall outside them),
    /// as the shortest JSON number: no leading or trailing zeros, `0` never negative.
    static func literal(digits: [UInt8], point: Int, negative: Bool) -> String {
        var whole: ArraySlice<UInt8> = []
        var fraction: [UInt8] = []
        if point <= 0 {
            fraction = [UInt8](repeating: UInt8(ascii: "0"), count: -point) + digits
        } else if point >= digits.count {
            whole = ArraySlice(digits + [UInt8](repeating: UInt8(ascii: "0"), count: point - digits.count))
        } else {
            whole = digits[..<point]
            fraction = Array(digits[point...])
        }
        while whole.first == UInt8(ascii: "0") { whole.removeFirst() }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        if whole.isEmpty && fraction.isEmpty { return "0" }
        var out: [UInt8] = []
        out.reserveCapacity(whole.count + fraction.count + 3)
        if negative { out.append(UInt8(ascii: "-")) }
        if whole.isEmpty { out.append(UInt8(ascii: "0")) } else { out.append(contentsOf: whole) }
        if !fraction.isEmpty { out.append(UInt8(ascii: ".")); out.append(contentsOf: fraction) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The number a table cell prints, read as a reader reads it (see `TableCell.number`), on its
/// UTF-8 bytes.
enum CellNumber {
    /// `—`, `–`, `-` alone (or `--`, `---`), with `$`, `%`, parentheses or spaces around: the filer's zero.
    static func isDash(_ u: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var lo = u.startIndex, hi = u.endIndex
        func isEdge(_ b: UInt8) -> Bool {
            b == 0x20 || b == UInt8(ascii: "$") || b == UInt8(ascii: "%") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
        }
        while lo < hi, isEdge(u[lo]) { lo += 1 }
        while hi > lo, isEdge(u[hi - 1]) { hi -= 1 }
        let n = hi - lo
        if n >= 1, n <= 3, (lo..<hi).allSatisfy({ u[$0] == UInt8(ascii: "-") }) { return true }
        // U+2014 and U+2013: E2 80 94, E2 80 93.
        return n == 3 && u[lo] == 0xE2 && u[lo + 1] == 0x80 && (u[lo + 2] == 0x94 || u[lo + 2] == 0x93)
    }

    /// The decimal literal of a cell's value text, or nil when it is not a single figure.
    static func parse(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    static func parse(_ u: UnsafeBufferPointer<UInt8>) -> String? {
        var lo = 0, hi = u.count
        while lo < hi, u[lo] == 0x20 { lo += 1 }
        while hi > lo, u[hi - 1] == 0x20 { hi -= 1 }
        guard hi > lo, hi - lo <= 40 else { return nil }
        if isDash(u[lo..<hi]) { return "0" }
        var negative = false
        var parenthesized = false
        // `$(1,234)`, `($1,234)`, `(1.2)%`, `-$5`, `−5`: sign and currency in either order.
        while lo < hi {
            let b = u[lo]
            if b == 0x20 || b == UInt8(ascii: "$") || b == UInt8(ascii: "+") { lo += 1 }
            else if b == UInt8(ascii: "("), !parenthesized { parenthesized = true; lo += 1 }
            else if b == UInt8(ascii: "-"), !negative { negative = true; lo += 1 }
            else if b == 0xE2, lo + 2 < hi, u[lo + 1] == 0x88, u[lo + 2] == 0x92, !negative { negative = true; lo += 3 }   // −
            else if b == 0xE2, lo + 2 < hi, u[lo + 1] == 0x82, u[lo + 2] == 0xAC { lo += 3 }                               // €
            else if b == 0xC2, lo + 1 < hi, u[lo + 1] == 0xA3 || u[lo + 1] == 0xA5 { lo += 2 }                               // £ ¥
            else { break }
        }
        func trimEnd() { while hi > lo, u[hi - 1] == 0x20 { hi -= 1 } }
        trimEnd()
        if hi > lo, u[hi - 1] == UInt8(ascii: "%") { hi -= 1; trimEnd() }
        if parenthesized {
            guard hi > lo, u[hi - 1] == UInt8(ascii: ")") else { return nil }
            hi -= 1
            trimEnd()
            if hi > lo, u[hi - 1] == UInt8(ascii: "%") { hi -= 1; trimEnd() }
            negative = true
        } else if hi > lo, u[hi - 1] == UInt8(ascii: ")") {
            return nil
        }
        if isDash(u[lo..<hi]) { return "0" }
        var digits: [UInt8] = []
        digits.reserveCapacity(hi - lo)
        var point: Int? = nil
        var group = -1          // digits since the last comma; -1 before the first comma
        var beforeComma = 0
        for k in lo..<hi {
            let b = u[k]
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(b)
                if point == nil { if group >= 0 { group += 1 } else { beforeComma += 1 } }
            case UInt8(ascii: ","):
                // Thousands groups: `1,234,567`, never `1,2` (a pair of footnote markers).
                guard point == nil, (group == -1 ? beforeComma >= 1 && beforeComma <= 3 : group == 3) else { return nil }
                group = 0
            case UInt8(ascii: "."):
                guard point == nil, group == -1 || group == 3 else { return nil }
                point = digits.count
            default:
                return nil
            }
        }
        guard !digits.isEmpty, group == -1 || group == 3 || point != nil else { return nil }
        if point == digits.count { return nil }
        return XBRLNumber.literal(digits: digits, point: point ?? digits.count, negative: negative)
    }
}
