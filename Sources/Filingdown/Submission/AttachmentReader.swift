/// Names a binary part (uuencoded GRAPHIC, PDF, ZIP, XLSX) and its decoded size without
/// ever emitting the encoded text.
enum AttachmentReader {
    static func describe(_ bytes: UnsafeRawBufferPointer, filename: String?, type: String?) -> Attachment {
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, 512)]), as: UTF8.self)
        let firstLine = text.drop { $0.isWhitespace }.prefix { $0 != "\n" && $0 != "\r" }
        var name = filename ?? ""
        var encoding = "binary"
        var size: Int? = bytes.count
        if DocumentSniffer.isUUBegin(String(firstLine)) {
            encoding = "uuencode"
            let parts = firstLine.split(separator: " ", maxSplits: 2)
            if name.isEmpty, parts.count == 3 { name = String(parts[2]) }
            size = UUDecoder.decodedSize(bytes)
        }
        return Attachment(filename: name, type: type ?? "", size: size, encoding: encoding)
    }
}

/// Decodes uuencoded text (`begin 644 name` … `end`).
enum UUDecoder {
    /// The decoded size, counted from each line's length character; no bytes are produced.
    static func decodedSize(_ bytes: UnsafeRawBufferPointer) -> Int {
        var total = 0
        forEachLine(bytes) { line in
            guard let first = line.first else { return }
            let n = Int((first &- 0x20) & 0x3F)
            total += n
        }
        return total
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        forEachLine(bytes) { line in
            guard let first = line.first else { return }
            let n = Int((first &- 0x20) & 0x3F)
            guard n > 0 else { return }
            var produced = 0
            var i = line.startIndex + 1
            while produced < n {
                var quad = [UInt8](repeating: 0, count: 4)
                for k in 0..<4 {
                    let c: UInt8 = i + k < line.endIndex ? line[i + k] : 0x20
                    quad[k] = (c &- 0x20) & 0x3F
                }
                let b0 = quad[0] << 2 | quad[1] >> 4
                let b1 = (quad[1] & 0x0F) << 4 | quad[2] >> 2
                let b2 = (quad[2] & 0x03) << 6 | quad[3]
                for b in [b0, b1, b2] where produced < n { out.append(b); produced += 1 }
                i += 4
            }
        }
        return out
    }

    /// Calls `body` with each data line between `begin` and `end`.
    private static func forEachLine(_ bytes: UnsafeRawBufferPointer, _ body: (Swift.Slice<UnsafeRawBufferPointer>) -> Void) {
        var i = 0
        var inBody = false
        while i < bytes.count {
            var j = i
            while j < bytes.count, bytes[j] != 0x0A, bytes[j] != 0x0D { j += 1 }
            let line = bytes[i..<j]
            if !inBody {
                if line.starts(with: Array("begin ".utf8)) { inBody = true }
            } else {
                if line.starts(with: Array("end".utf8)) && line.count <= 4 { return }
                body(line)
            }
            i = j
            if i < bytes.count, bytes[i] == 0x0D { i += 1 }
            if i < bytes.count, bytes[i] == 0x0A { i += 1 }
        }
    }
}
