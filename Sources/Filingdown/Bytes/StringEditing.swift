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
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
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
        var haystack = self
        return haystack.withUTF8 { ByteSearch.index(of: Array(needle.utf8), in: UnsafeRawBufferPointer($0), from: 0) != nil }
    }
}
