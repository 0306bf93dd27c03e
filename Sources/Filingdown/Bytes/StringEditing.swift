/// The few string edits the engine needs that FoundationEssentials does not provide.
extension String {
    func trimmingASCIISpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Literal replacement (FoundationEssentials has no `replacingOccurrences`).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        // Most texts hold no `target`: found at memory speed, before any array is made.
        guard containsBytes(target) else { return self }
        let t = Array(target.utf8)
        guard !t.isEmpty else { return self }
        let u = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        var changed = false
        while i < u.count {
            if u[i] == t[0], i + t.count <= u.count, u[i..<(i + t.count)].elementsEqual(t) {
                out.append(contentsOf: replacement.utf8)
                i += t.count
                changed = true
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : self
    }
}

extension Substring {
    /// The ends trimmed of every Character in `set`. ASCII ends are compared as bytes (a
    /// Character comparison costs a grapheme break on each side, thousands of instructions on
    /// a heading candidate's words); an ASCII byte is a whole Character unless a carriage
    /// return pairs with a line feed or a non-ASCII scalar joins it, so those ends go the
    /// Character way. The set is a literal: its bytes are read in place, no String iterated.
    func trimmingCharacters(in set: StaticString) -> String {
        set.withUTF8Buffer { trimmingCharacters(inBytes: $0) }
    }

    private func trimmingCharacters(inBytes set: UnsafeBufferPointer<UInt8>) -> String {
        let u = utf8
        var start = u.startIndex
        var end = u.endIndex
        var leadingDone = false
        var trailingDone = false
        while start < end {
            let b = u[start]
            let next = u.index(after: start)
            guard b < 0x80, b != 0x0D, b != 0x0A, next == end || u[next] < 0x80 else { break }
            guard set.contains(b) else { leadingDone = true; break }
            start = next
        }
        if start == end { return "" }
        while start < end {
            let last = u.index(before: end)
            let b = u[last]
            guard b < 0x80, b != 0x0D, b != 0x0A, last == start || u[u.index(before: last)] < 0x80 else { break }
            guard set.contains(b) else { trailingDone = true; break }
            end = last
        }
        var s = self[start..<end]
        if !leadingDone || !trailingDone {
            let characters = String(decoding: set, as: UTF8.self)
            if !leadingDone { while let f = s.first, characters.contains(f) { s = s.dropFirst() } }
            if !trailingDone { while let l = s.last, characters.contains(l) { s = s.dropLast() } }
        }
        return String(s)
    }
}

extension String {
    /// The words between runs of `separators` (ASCII characters) and, when asked, no-break
    /// spaces, found on the UTF-8 bytes: `split(whereSeparator:)` on Characters breaks
    /// graphemes, about 400 instructions a character, and the heading rules split every
    /// candidate line.
    func words(splitAt separators: StaticString, noBreakSpaces: Bool = false) -> [Substring] {
        let ascii = UnsafeBufferPointer(start: separators.utf8Start, count: separators.utf8CodeUnitCount)
        var words: [Substring] = []
        let u = utf8
        var i = u.startIndex
        var wordStart: String.Index? = nil
        while i < u.endIndex {
            let b = u[i]
            var width = 0
            if b < 0x80, ascii.contains(b) {
                width = 1
            } else if noBreakSpaces, b == 0xC2 {
                let next = u.index(after: i)
                if next < u.endIndex, u[next] == 0xA0 { width = 2 }
            }
            if width > 0 {
                if let w = wordStart { words.append(self[w..<i]); wordStart = nil }
                i = u.index(i, offsetBy: width)
            } else {
                if wordStart == nil { wordStart = i }
                i = u.index(after: i)
            }
        }
        if let w = wordStart { words.append(self[w..<u.endIndex]) }
        return words
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}

extension String {
    /// Whether `needle` occurs in this string, byte for byte: the stdlib's `contains` compares
    /// Characters, a hundred times slower on the short ASCII captions the rules look for.
    func containsBytes(_ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        guard utf8.count >= needle.utf8.count else { return false }
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { ByteSearch.contains(UnsafeRawBufferPointer($0), in: UnsafeRawBufferPointer(h)) }
        }
    }
}
