/// The charset the HTML parser is told to use. EDGAR bytes are either valid UTF-8 or,
/// in practice, windows-1252; libxml2's own guess turns 0x92 into U+0092.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case windows1252 = "windows-1252"
    case latin1 = "ISO-8859-1"

    /// UTF-8 when the bytes validate as UTF-8, windows-1252 otherwise.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> TextEncoding {
        UTF8Validation.isValid(bytes) ? .utf8 : .windows1252
    }

    /// Reads the names users type (`utf8`, `cp1252`, `latin1`), any case; nil for any other
    /// charset, since libxml2 is only ever told one of these three.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "win-1252": self = .windows1252
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1": self = .latin1
        default: return nil
        }
    }
}

enum UTF8Validation {
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // ASCII fast path, eight bytes at a time.
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            if b & 0xE0 == 0xC0 { guard b >= 0xC2 else { return false }; length = 2 }
            else if b & 0xF0 == 0xE0 { length = 3 }
            else if b & 0xF8 == 0xF0 { guard b <= 0xF4 else { return false }; length = 4 }
            else { return false }
            guard i + length <= n else { return false }
            for k in 1..<length where base[i + k] & 0xC0 != 0x80 { return false }
            if length == 3 {
                let b1 = base[i + 1]
                if b == 0xE0 && b1 < 0xA0 { return false }
                if b == 0xED && b1 >= 0xA0 { return false }
            } else if length == 4 {
                let b1 = base[i + 1]
                if b == 0xF0 && b1 < 0x90 { return false }
                if b == 0xF4 && b1 >= 0x90 { return false }
            }
            i += length
        }
        return true
    }
}
