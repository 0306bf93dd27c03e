/// Decodes uuencoded text (`begin 644 name` … `end`), the encoding EDGAR uses for every
/// GRAPHIC, PDF, ZIP and XLSX part. Each data line starts with a length character giving
/// how many bytes it holds, so the decoded size is known without decoding.
enum UUDecoder {
    /// The name on the `begin` line, if any.
    static func encodedName(_ bytes: UnsafeRawBufferPointer) -> String? {
        var e = 0
        while e < bytes.count, e < 1024, bytes[e] != 0x0A, bytes[e] != 0x0D { e += 1 }
        let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<e]), as: UTF8.self)
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count == 3 else { return nil }
        return ASCIIText.meaningful(String(parts[2]))
    }

    /// The decoded size, counted from each line's length character; no bytes are produced.
    static func decodedSize(_ bytes: UnsafeRawBufferPointer) -> Int {
        var total = 0
        forEachLine(bytes) { line in total += length(line) }
        return total
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 4)
        decode(bytes) { out.append(contentsOf: $0) }
        return out
    }

    /// Decodes into a fixed buffer handed to `sink` each time it fills (and once at the
    /// end): memory stays the same however large the attachment.
    static func decode(_ bytes: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        let capacity = 1 << 16
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var count = 0
        try forEachLine(bytes) { line in
            let n = length(line)
            guard n > 0 else { return }
            if count + n > capacity {
                try sink(UnsafeRawBufferPointer(start: buffer, count: count))
                count = 0
            }
            var produced = 0
            var i = line.startIndex + 1
            @inline(__always) func sextet(_ k: Int) -> UInt8 {
                k < line.endIndex ? (line[k] &- 0x20) & 0x3F : 0
            }
            while produced < n {
                let a = sextet(i), b = sextet(i + 1), c = sextet(i + 2), d = sextet(i + 3)
                buffer[count] = a << 2 | b >> 4
                count += 1
                if produced + 1 < n { buffer[count] = (b & 0x0F) << 4 | c >> 2; count += 1 }
                if produced + 2 < n { buffer[count] = (c & 0x03) << 6 | d; count += 1 }
                produced += 3
                i += 4
            }
        }
        if count > 0 { try sink(UnsafeRawBufferPointer(start: buffer, count: count)) }
    }

    /// Zero bytes a line may hold beyond what its characters encode: one full line's worth.
    static let maxZeroFill = 45

    /// Bytes a data line holds, from its first character. The characters after it may be
    /// fewer than that needs: some encoders strip trailing spaces (which stand for zero
    /// bits), so a line of zero bytes can be a lone `M`. Missing characters decode as zeros,
    /// at most `maxZeroFill` of them, so that 2 bytes of input never stand for 63.
    @inline(__always) private static func length(_ line: Slice<UnsafeRawBufferPointer>) -> Int {
        guard let first = line.first else { return 0 }
        let encoded = (line.count - 1) * 3 / 4
        return min(Int((first &- 0x20) & 0x3F), encoded + maxZeroFill)
    }

    /// Calls `body` with each data line between `begin` and `end`.
    private static func forEachLine(_ bytes: UnsafeRawBufferPointer, _ body: (Slice<UnsafeRawBufferPointer>) throws -> Void) rethrows {
        var i = 0
        var inBody = false
        let n = bytes.count
        while i < n {
            var j = i
            while j < n, bytes[j] != 0x0A, bytes[j] != 0x0D { j += 1 }
            let line = bytes[i..<j]
            if !inBody {
                if line.count >= 6, line.starts(with: "begin ".utf8) { inBody = true }
            } else {
                if line.count >= 3, line.count <= 4, line.starts(with: "end".utf8) { return }
                try body(line)
            }
            i = j
            if i < n, bytes[i] == 0x0D { i += 1 }
            if i < n, bytes[i] == 0x0A, i == j || bytes[j] == 0x0D { i += 1 }
        }
    }
}
