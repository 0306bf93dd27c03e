/// Characters U+0080–U+009F are C1 controls in Unicode, but every EDGAR filer who wrote
/// `&#146;` or a raw 0x92 meant the windows-1252 character: `’`.
enum Windows1252 {
    /// UTF-8 bytes of the windows-1252 meaning of C1 code point `0x80 + (byte - 0x80)`;
    /// empty for the five undefined positions.
    static func utf8(forC1 second: UInt8) -> [UInt8] {
        table[Int(second - 0x80)]
    }

    private static let scalars: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static let table: [[UInt8]] = scalars.map { v in
        guard v != 0, let scalar = Unicode.Scalar(v) else { return [] }
        return Array(String(Character(scalar)).utf8)
    }
}

enum Latin1 {
    /// windows-1252 bytes to a String (used when a plain-text document is not UTF-8).
    static func decodeWindows1252(_ bytes: UnsafeRawBufferPointer) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        for b in bytes {
            if b < 0x80 { out.append(b) }
            else if b < 0xA0 { out.append(contentsOf: Windows1252.utf8(forC1: b)) }
            else { out.append(0xC0 | (b >> 6)); out.append(0x80 | (b & 0x3F)) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
