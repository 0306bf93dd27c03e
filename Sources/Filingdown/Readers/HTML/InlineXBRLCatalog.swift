/// The contexts and units of an inline XBRL document, read from its `<ix:header>` before the
/// preflight cuts it: what a fact's `contextRef` and `unitRef` name. A byte scan of the header
/// alone (no tree), matching elements by local name, so any prefix (`xbrli:`, `i:`, none) reads.
struct InlineXBRLCatalog {
    struct Context {
        var period: XBRLPeriod?
        var dimensions: [XBRLDimension] = []
    }

    private(set) var contexts: [String: Context] = [:]
    /// Unit id → `USD`, `shares`, `USD/shares`.
    private(set) var units: [String: String] = [:]

    var isEmpty: Bool { contexts.isEmpty && units.isEmpty }

    private static let resources = Array("<ix:resources".utf8)

    /// Reads the contexts and units of `bytes[range]` (one `<ix:header>`), adding to those read so far.
    mutating func read(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) {
        var scanner = Scanner()
        var i = range.lowerBound
        let end = range.upperBound
        // Contexts and units live in `ix:resources`, after the hidden facts (most of the header).
        if let resources = ByteSearch.index(of: InlineXBRLCatalog.resources, in: bytes, from: i), resources < end { i = resources }
        while i < end {
            guard let lt = ByteSearch.index(of: UInt8(ascii: "<"), in: bytes, from: i, to: end) else { break }
            i = scanner.tag(bytes, at: lt, end: end, into: &self)
        }
    }

    /// The state of the scan: the context or unit being read, and the element whose text comes next.
    private struct Scanner {
        var contextID: String?
        var context = Context()
        var start: String?
        var unitID: String?
        var numerator: [String] = []
        var denominator: [String] = []
        var inDenominator = false
        var axis: String?
        /// The last leaf's text inside a typed member (`<…domain>2024-09-29</…domain>`).
        var typedValue: String?
        /// Just past the last start tag, when no tag has come since: the text of a leaf runs from here.
        var textStart: Int?

        /// Reads the tag at `lt` and returns where the scan goes on.
        mutating func tag(_ bytes: UnsafeRawBufferPointer, at lt: Int, end: Int, into catalog: inout InlineXBRLCatalog) -> Int {
            var i = lt + 1
            guard i < end else { return end }
            let closing = bytes[i] == UInt8(ascii: "/")
            if closing { i += 1 }
            guard i < end else { return end }
            if bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "?") {
                // A comment or declaration: nothing the catalog needs.
                let close: [UInt8] = bytes[i] == UInt8(ascii: "!") && i + 2 < end && bytes[i + 1] == UInt8(ascii: "-") ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let stop = ByteSearch.index(of: close, in: bytes, from: i), stop < end else { return end }
                textStart = nil
                return stop + close.count
            }
            var localStart = i
            while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") {
                if bytes[i] == UInt8(ascii: ":") { localStart = i + 1 }
                i += 1
            }
            let local = UnsafeRawBufferPointer(rebasing: bytes[localStart..<i])
            // Attributes: only `id` and `dimension` are read, and only on the elements that carry them.
            var id: String?
            var dimension: String?
            var selfClosing = false
            while i < end, bytes[i] != UInt8(ascii: ">") {
                let b = bytes[i]
                if b == UInt8(ascii: "/") { selfClosing = true; i += 1; continue }
                if isSpace(b) { i += 1; continue }
                selfClosing = false
                let attrStart = i
                while i < end, bytes[i] != UInt8(ascii: "="), !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                let attr = UnsafeRawBufferPointer(rebasing: bytes[attrStart..<i])
                while i < end, isSpace(bytes[i]) { i += 1 }
                guard i < end, bytes[i] == UInt8(ascii: "=") else { continue }
                i += 1
                while i < end, isSpace(bytes[i]) { i += 1 }
                guard i < end else { break }
                let quote = bytes[i]
                var valueStart = i, valueEnd = i
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    valueStart = i + 1
                    guard let q = ByteSearch.index(of: quote, in: bytes, from: valueStart, to: end) else { return end }
                    valueEnd = q
                    i = q + 1
                } else {
                    while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    valueEnd = i
                }
                if !closing, Scanner.equals(attr, "id") || Scanner.equals(attr, "dimension") {
                    let value = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                    if Scanner.equals(attr, "id") { id = value } else { dimension = value }
                }
            }
            let after = min(i + 1, end)
            if closing {
                let text = textStart.map { Scanner.trimmed(bytes, $0..<lt) }
                textStart = nil
                close(local, text: text, into: &catalog)
            } else {
                open(local, id: id, dimension: dimension)
                textStart = selfClosing ? nil : after
                if selfClosing { close(local, text: nil, into: &catalog) }
            }
            return after
        }

        private mutating func open(_ local: UnsafeRawBufferPointer, id: String?, dimension: String?) {
            if Scanner.equals(local, "context") {
                contextID = id
                context = Context()
                start = nil
            } else if Scanner.equals(local, "unit") {
                unitID = id
                numerator = []
                denominator = []
                inDenominator = false
            } else if Scanner.equals(local, "unitDenominator") {
                inDenominator = true
            } else if Scanner.equals(local, "explicitMember") || Scanner.equals(local, "typedMember") {
                axis = dimension
                typedValue = nil
            }
        }

        private mutating func close(_ local: UnsafeRawBufferPointer, text: String?, into catalog: inout InlineXBRLCatalog) {
            guard let first = local.first else { return }
            switch first {
            case UInt8(ascii: "s") where Scanner.equals(local, "startDate"):
                start = text
            case UInt8(ascii: "e") where Scanner.equals(local, "endDate"):
                if contextID != nil, let end = text { context.period = .duration(start: start ?? "", end: end) }
            case UInt8(ascii: "i") where Scanner.equals(local, "instant"):
                if contextID != nil, let at = text { context.period = .instant(at) }
            case UInt8(ascii: "f") where Scanner.equals(local, "forever"):
                if contextID != nil { context.period = .forever }
            case UInt8(ascii: "e") where Scanner.equals(local, "explicitMember"):
                if let axis, let member = text { context.dimensions.append(XBRLDimension(axis: axis, member: member)) }
                axis = nil
            case UInt8(ascii: "t") where Scanner.equals(local, "typedMember"):
                if let axis { context.dimensions.append(XBRLDimension(axis: axis, member: text ?? typedValue ?? "")) }
                axis = nil
            case UInt8(ascii: "c") where Scanner.equals(local, "context"):
                if let id = contextID { catalog.contexts[id] = context }
                contextID = nil
            case UInt8(ascii: "m") where Scanner.equals(local, "measure"):
                if unitID != nil, let measure = text {
                    let name = measure.lastIndex(of: ":").map { String(measure[measure.index(after: $0)...]) } ?? measure
                    if inDenominator { denominator.append(name) } else { numerator.append(name) }
                }
            case UInt8(ascii: "u") where Scanner.equals(local, "unit"):
                if let id = unitID {
                    let top = numerator.joined(separator: "*")
                    catalog.units[id] = denominator.isEmpty ? top : top + "/" + denominator.joined(separator: "*")
                }
                unitID = nil
            default:
                if axis != nil, let text { typedValue = text }
            }
        }

        static func equals(_ bytes: UnsafeRawBufferPointer, _ s: StaticString) -> Bool {
            guard bytes.count == s.utf8CodeUnitCount else { return false }
            let p = s.utf8Start
            for k in 0..<bytes.count where bytes[k] != p[k] { return false }
            return true
        }

        static func trimmed(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi, isSpace(bytes[lo]) { lo += 1 }
            while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
        }
    }

    /// A fact as its element gave it, before its references are looked up.
    struct PendingFact {
        var concept = ""
        var contextID = ""
        var unitID: String?
        var decimals: String?
        var scale: Int?
        var negated = false
        var format: String?
        var isNumeric: Bool
        /// The fact's text, as the parser handed it on.
        var text: [UInt8] = []
        /// The fact this one is nested in (an index among the builder's facts), or -1.
        var enclosing: Int32 = -1

        /// The attributes a fact reads whose long values the preflight interns (`InternedValues`).
        enum InternedAttribute: Int, CaseIterable {
            case name, contextRef, unitRef, decimals, scale, format

            var name: StaticString {
                switch self {
                case .name: return "name"
                case .contextRef: return "contextRef"
                case .unitRef: return "unitRef"
                case .decimals: return "decimals"
                case .scale: return "scale"
                case .format: return "format"
                }
            }

            /// The attribute that stands for it in the copy.
            var marker: StaticString {
                switch self {
                case .name: return "fdname"
                case .contextRef: return "fdcontextref"
                case .unitRef: return "fdunitref"
                case .decimals: return "fddecimals"
                case .scale: return "fdscale"
                case .format: return "fdformat"
                }
            }
        }

        /// Reads an `ix:nonFraction` or `ix:nonNumeric` start tag's attributes (NULL-terminated
        /// name/value pairs); a marker attribute's value is read from `interned`.
        init(isNumeric: Bool, attributes: UnsafePointer<UnsafePointer<UInt8>?>?, interned: InternedValues = InternedValues()) {
            self.isNumeric = isNumeric
            guard let attributes else { return }
            var k = 0
            while let name = attributes[k] {
                defer { k += 2 }
                guard let value = attributes[k + 1] else { continue }
                if name[0] == UInt8(ascii: "f"), name[1] == UInt8(ascii: "d"),
                   let attribute = InternedAttribute.allCases.first(where: { PendingFact.named(name, $0.marker) }) {
                    interned.value(value)?.withUnsafeBufferPointer { set(attribute, $0.baseAddress!) }
                    continue
                }
                switch name[0] {
                case UInt8(ascii: "n") where PendingFact.named(name, "name"): set(.name, value)
                case UInt8(ascii: "c") where PendingFact.named(name, "contextRef"): set(.contextRef, value)
                case UInt8(ascii: "u") where PendingFact.named(name, "unitRef"): set(.unitRef, value)
                case UInt8(ascii: "d") where PendingFact.named(name, "decimals"): set(.decimals, value)
                case UInt8(ascii: "s") where PendingFact.named(name, "scale"): set(.scale, value)
                case UInt8(ascii: "s") where PendingFact.named(name, "sign"): negated = value[0] == UInt8(ascii: "-")
                case UInt8(ascii: "f") where PendingFact.named(name, "format"): set(.format, value)
                default: break
                }
            }
        }

        private mutating func set(_ attribute: InternedAttribute, _ value: UnsafePointer<UInt8>) {
            switch attribute {
            case .name: concept = String(cString: value)
            case .contextRef: contextID = String(cString: value)
            case .unitRef: unitID = String(cString: value)
            case .decimals: decimals = String(cString: value)
            case .scale: scale = Int(String(cString: value).trimmingASCIISpaces())
            case .format: format = String(cString: value)
            }
        }

        /// libxml2's HTML parser lowercases attribute names: `contextref` matches `contextRef`.
        static func named(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
            let bytes = s.utf8Start
            for k in 0..<s.utf8CodeUnitCount where (p[k] | 0x20) != (bytes[k] | 0x20) { return false }
            return p[s.utf8CodeUnitCount] == 0
        }

        /// The fact with its context and unit looked up in `catalog`.
        func resolved(in catalog: InlineXBRLCatalog) -> XBRLFact {
            let context = catalog.contexts[contextID]
            return XBRLFact(concept: concept, contextID: contextID, period: context?.period, dimensions: context?.dimensions ?? [],
                            unit: unitID.map { catalog.units[$0] ?? $0 }, decimals: decimals, scale: scale, negated: negated,
                            format: format, isNumeric: isNumeric, text: PendingFact.collapsed(text))
        }

        /// White space runs (no-break spaces too) as one space, none at the ends.
        static func collapsed(_ bytes: [UInt8]) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if isSpace(b) || b == 0x0A || b == 0x0D || b == 0x09 { space = true; i += 1; continue }
                if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { space = true; i += 2; continue }
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
