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
/// filing's digits and the JSON's.
enum XBRLNumber {
    /// A fact's value from its printed text (see `XBRLFact.value`).
    static func value(text: String, format: String?, scale: Int, negated: Bool) -> String? {
        let local = format.map { f -> Substring in
            if let colon = f.lastIndex(of: ":") { return f[f.index(after: colon)...] }
            return f[...]
        }
        if let local, local == "fixed-zero" || local == "zerodash" || local == "fixedzero" { return "0" }
        let commaDecimal = local.map { $0.contains("comma-decimal") || $0.contains("numcommadecimal") } ?? false
        var digits: [UInt8] = []
        var point: Int? = nil
        for b in text.utf8 {
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
                // A dash (`—`, `-`) alone is a zero (ixt:zerodash reads it so); anything else
                // (a number in words) is not read here.
                return CellNumber.isDash(text) ? "0" : nil
            }
        }
        guard !digits.isEmpty else { return nil }
        return literal(digits: digits, point: (point ?? digits.count) + scale, negative: negated)
    }

    /// `digits` with the decimal point after `point` of them (which may fall outside them),
    /// as the shortest JSON number: no leading or trailing zeros, `0` never negative.
    static func literal(digits: [UInt8], point: Int, negative: Bool) -> String {
        var whole: [UInt8] = []
        var fraction: [UInt8] = []
        if point <= 0 {
            fraction = [UInt8](repeating: UInt8(ascii: "0"), count: -point) + digits
        } else if point >= digits.count {
            whole = digits + [UInt8](repeating: UInt8(ascii: "0"), count: point - digits.count)
        } else {
            whole = Array(digits[..<point])
            fraction = Array(digits[point...])
        }
        while whole.first == UInt8(ascii: "0") { whole.removeFirst() }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        if whole.isEmpty && fraction.isEmpty { return "0" }
        var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        out += whole.isEmpty ? [UInt8(ascii: "0")] : whole
        if !fraction.isEmpty { out.append(UInt8(ascii: ".")); out += fraction }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The number a table cell prints, read as a reader reads it (see `TableCell.number`).
enum CellNumber {
    /// `—`, `–`, `-` alone, or with `$` or `%`: the filer's zero.
    static func isDash(_ s: String) -> Bool {
        switch s {
        case "-", "—", "–", "--", "---", "$—", "$-", "$–", "$ —", "$ -", "— %", "—%", "-%", "–%", "(—)", "—)": return true
        default: return false
        }
    }

    private static let prefixes: [String] = ["US$", "C$", "A$", "R$", "HK$", "S$", "$", "€", "£", "¥"]

    /// The decimal literal of a cell's value text, or nil when it is not a single figure.
    static func parse(_ text: String) -> String? {
        var s = Substring(text)
        func trim() { while let f = s.first, f == " " { s.removeFirst() }; while let l = s.last, l == " " { s.removeLast() } }
        trim()
        guard !s.isEmpty, s.utf8.count <= 40 else { return nil }
        if isDash(String(s)) { return "0" }
        var negative = false
        var parenthesized = false
        // `$(1,234)`, `($1,234)`, `(1.2)%`, `-$5`, `−5`: sign and currency in either order.
        var progressed = true
        while progressed {
            progressed = false
            trim()
            if let p = prefixes.first(where: { s.hasPrefix($0) }) { s.removeFirst(p.count); progressed = true }
            if s.first == "(" , !parenthesized { s.removeFirst(); parenthesized = true; progressed = true }
            if let f = s.first, f == "-" || f == "−", !negative { s.removeFirst(); negative = true; progressed = true }
            if s.first == "+" { s.removeFirst(); progressed = true }
        }
        trim()
        if s.last == "%" { s.removeLast(); trim() }
        if parenthesized {
            guard s.last == ")" else { return nil }
            s.removeLast()
            trim()
            if s.last == "%" { s.removeLast(); trim() }
            negative = true
        } else if s.last == ")" {
            return nil
        }
        if isDash(String(s)) { return "0" }
        var digits: [UInt8] = []
        var point: Int? = nil
        var group = -1          // digits since the last comma; -1 before the first comma
        var beforeComma = 0
        for b in s.utf8 {
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
