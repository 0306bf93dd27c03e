/// Control characters in a path, escaped as `ls -b` shows them (`\n`, `\r`, `\033`, `\\`),
/// so that a file name can neither forge a message line or a stream delimiter nor send
/// escape sequences to a terminal. Works on the UTF-8 bytes: `\r\n` is one `Character`.
enum ControlEscaping {
    static func escaped(_ s: String) -> String {
        let utf8 = Array(s.utf8)
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == 0xC2 }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 8)
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            // U+0080–U+009F: C1 controls, which some terminals obey (U+009B opens a sequence).
            if b == 0xC2, i + 1 < utf8.count, (0x80...0x9F).contains(utf8[i + 1]) {
                out += octal(b) + octal(utf8[i + 1])
                i += 2
                continue
            }
            switch b {
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case 0..<0x20, 0x7F: out += octal(b)
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func octal(_ b: UInt8) -> [UInt8] {
        [UInt8(ascii: "\\"), 0x30 + (b >> 6), 0x30 + (b >> 3 & 7), 0x30 + (b & 7)]
    }

    /// A file name that is not UTF-8, as text: each byte that is not part of a valid
    /// character becomes `\ooo` (`bad\377.htm`), as `ls -b` shows it.
    static func name(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if length > 0, i + length <= bytes.count, String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil {
                out += bytes[i..<(i + length)]
                i += length
            } else {
                out += octal(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
