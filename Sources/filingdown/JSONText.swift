/// The one JSON string the command line writes itself: a path, in stream framing and in
/// `--list` records.
enum JSONText {
    static func quoted(_ s: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for u in s.utf8 {
            switch u {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), u]
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(u >> 4)], hex[Int(u & 0xF)]]
            default: out.append(u)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    static func quoted(_ s: String?) -> [UInt8] {
        guard let s else { return Array("null".utf8) }
        return quoted(s)
    }
}
