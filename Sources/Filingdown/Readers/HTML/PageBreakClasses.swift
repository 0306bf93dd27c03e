/// Page breaks declared once in a `<style>` block (`.pb { page-break-before: always }`)
/// and applied by class.
///
/// Names are kept lowercased in an open-addressing hash table, so looking up a class costs
/// the same however many a stylesheet declares, and makes no allocation. A stylesheet
/// declares at most `maxClassesPerStylesheet` of them: real filings declare a handful.
struct PageBreakClasses {
    static let maxClassesPerStylesheet = 10_000

    private var names: [[UInt8]] = []
    private var breaks: [(before: Bool, after: Bool)] = []
    /// Index into `names` plus one; 0 is an empty slot. The count is a power of two.
    private var slots: [Int32] = []

    var isEmpty: Bool { names.isEmpty }

    /// Adds the classes a stylesheet declares page breaks for.
    mutating func add(css: [UInt8]) {
        for (name, value) in PageBreakClasses.parse(css) {
            let found = name.withUnsafeBufferPointer { index(of: $0.baseAddress!, count: $0.count) }
            if let i = found {
                breaks[i] = (breaks[i].before || value.before, breaks[i].after || value.after)
            } else {
                insert(name, value)
            }
        }
    }

    /// The page breaks a `class` attribute's names ask for, read from its bytes in place:
    /// this runs for every element with a class, so it makes no String.
    func breaks(classAttribute p: UnsafePointer<UInt8>) -> (before: Bool, after: Bool) {
        var result = (before: false, after: false)
        var i = 0
        while p[i] != 0 {
            while isSpace(p[i]) { i += 1 }
            let start = i
            while p[i] != 0, !isSpace(p[i]) { i += 1 }
            guard i > start, let k = index(of: p + start, count: i - start) else { continue }
            result.before = result.before || breaks[k].before
            result.after = result.after || breaks[k].after
        }
        return result
    }

    private static func hash(_ p: UnsafePointer<UInt8>, count: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for j in 0..<count { h = (h ^ UInt64(ByteScanner.lower(p[j]))) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h)
    }

    /// The entry whose name is these bytes, compared case-insensitively (names are stored lowercased).
    private func index(of p: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var s = PageBreakClasses.hash(p, count: count) & mask
        while slots[s] != 0 {
            let k = Int(slots[s]) - 1
            let name = names[k]
            if name.count == count {
                var j = 0
                while j < count, ByteScanner.lower(p[j]) == name[j] { j += 1 }
                if j == count { return k }
            }
            s = (s + 1) & mask
        }
        return nil
    }

    private mutating func insert(_ name: [UInt8], _ value: (before: Bool, after: Bool)) {
        names.append(name)
        breaks.append(value)
        if names.count * 2 > slots.count {
            slots = Array(repeating: 0, count: max(16, slots.count * 2))
            for k in names.indices { place(k) }
        } else {
            place(names.count - 1)
        }
    }

    private mutating func place(_ k: Int) {
        let mask = slots.count - 1
        var s = names[k].withUnsafeBufferPointer { PageBreakClasses.hash($0.baseAddress!, count: $0.count) } & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(k + 1)
    }

    /// The lowercased class names a stylesheet gives page breaks, in the order of their
    /// last rule (a later rule for the same class replaces an earlier one). Read on bytes;
    /// a stylesheet that never says `break` is not parsed at all.
    static func parse(_ css: [UInt8]) -> [(name: [UInt8], breaks: (before: Bool, after: Bool))] {
        guard containsBreak(css) else { return [] }
        var order: [[UInt8]] = []
        var found: [[UInt8]: (before: Bool, after: Bool)] = [:]
        var pos = 0
        let n = css.count
        while pos < n {
            guard let open = css[pos...].firstIndex(of: UInt8(ascii: "{")) else { break }
            guard let close = css[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            let selector = pos..<open
            pos = close + 1
            var compact: [UInt8] = []
            for c in css[(open + 1)..<close] where !isSpace(c) { compact.append(ByteScanner.lower(c)) }
            let before = contains(compact, "page-break-before:always") || contains(compact, "break-before:page")
            let after = contains(compact, "page-break-after:always") || contains(compact, "break-after:page")
            guard before || after else { continue }
            var partStart = selector.lowerBound
            for i in selector.lowerBound...selector.upperBound {
                guard i == selector.upperBound || css[i] == UInt8(ascii: ",") || isSpace(css[i]) else { continue }
                defer { partStart = i + 1 }
                guard let dot = css[partStart..<i].lastIndex(of: UInt8(ascii: ".")) else { continue }
                let name = css[(dot + 1)..<i].prefix(while: isNameByte).map(ByteScanner.lower)
                guard !name.isEmpty else { continue }
                if found.updateValue((before, after), forKey: name) == nil {
                    guard order.count < maxClassesPerStylesheet else {
                        found[name] = nil
                        continue
                    }
                    order.append(name)
                }
            }
        }
        return order.map { ($0, found[$0]!) }
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        c >= 0x80 || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
            || (c >= 0x30 && c <= 0x39) || (ByteScanner.lower(c) >= 0x61 && ByteScanner.lower(c) <= 0x7A)
    }

    private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let k = needle.utf8CodeUnitCount
        guard haystack.count >= k else { return false }
        return needle.withUTF8Buffer { n in
            haystack.withUnsafeBufferPointer { h in
                var i = 0
                while i + k <= h.count {
                    var j = 0
                    while j < k, h[i + j] == n[j] { j += 1 }
                    if j == k { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// Whether `break` appears anywhere, in any case: every page-break property says it.
    private static func containsBreak(_ css: [UInt8]) -> Bool {
        let word: [UInt8] = Array("break".utf8)
        var i = 0
        while i + word.count <= css.count {
            if ByteScanner.lower(css[i]) == word[0] {
                var j = 1
                while j < word.count, ByteScanner.lower(css[i + j]) == word[j] { j += 1 }
                if j == word.count { return true }
            }
            i += 1
        }
        return false
    }
}
