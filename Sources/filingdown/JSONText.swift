/// The JSON strings the command line writes itself: a path, in stream framing and in
/// `--list` records; ids, messages and converted documents in stream records.
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

    /// UTF-8 `bytes` (a converted document: the library writes nothing else) as a JSON string
    /// appended to `out`, escaped byte by byte: a document's output can be hundreds of
    /// megabytes, and a String of it would be one copy more.
    static func quote(utf8 bytes: [UInt8], into out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count + bytes.count / 16 + 2)
        out.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for (i, u) in buffer.enumerated() {
                guard u < 0x20 || u == 0x22 || u == 0x5C || u == 0x7F else { continue }
                out.append(contentsOf: buffer[start..<i])
                switch u {
                case 0x22, 0x5C: out += [UInt8(ascii: "\\"), u]
                case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                default: out += Array("\\u00".utf8) + [hex[Int(u >> 4)], hex[Int(u & 0xF)]]
                }
                start = i + 1
            }
            out.append(contentsOf: buffer[start...])
        }
        out.append(UInt8(ascii: "\""))
    }
}
