/// Small string helpers for header and metadata values, kept here so the submission
/// layer depends on no other folder's private helpers.
enum ASCIIText {
    /// Drops leading and trailing spaces, tabs, CR and LF (never other characters).
    static func trimmed<S: StringProtocol>(_ s: S) -> String {
        var sub = Substring(s)
        while let f = sub.first, isSpace(f) { sub = sub.dropFirst() }
        while let l = sub.last, isSpace(l) { sub = sub.dropLast() }
        return String(sub)
    }

    /// A value that says nothing (`""`, `[]`, spaces) is no value: EDGAR writes
    /// `STANDARD INDUSTRIAL CLASSIFICATION: []` and empty `<TYPE>` lines.
    static func meaningful(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = trimmed(s)
        return t.isEmpty || t == "[]" ? nil : t
    }

    @inline(__always) static func isSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\r" || c == "\n" || c == "\r\n"
    }
}

extension ASCIIText {
    /// Runs of white space (including line breaks) as one space, ends trimmed: XML text
    /// is indented and wrapped by whoever wrote it, not by meaning.
    static func collapsed(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }
}
