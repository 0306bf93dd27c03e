import CZlib

/// What the command line does to an input's bytes before the library sees them: a gzip
/// file (`0001.txt.gz`, as EDGAR's bulk archives and many mirrors keep filings) is
/// decompressed, and UTF-16 HTML (a byte-order mark, or `<` followed by a NUL) becomes
/// UTF-8, which the library reads. Without this both would be refused as binary data.
enum InputDecoding {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        /// The data was sound but expanded past the limit.
        var expanded = false
    }

    /// The bytes to convert, and whether they were UTF-16: they are UTF-8 now, whatever
    /// `--encoding` says.
    /// `limit`: how far gzip data may expand (default: `expansionLimit`).
    static func decode(_ bytes: [UInt8], limit: Int? = nil) throws(Failure) -> (bytes: [UInt8], wasUTF16: Bool) {
        var bytes = bytes
        if isGzip(bytes) { bytes = try gunzip(bytes, limit: limit) }
        guard let bigEndian = utf16ByteOrder(bytes) else { return (bytes, false) }
        return (utf8(fromUTF16: bytes, bigEndian: bigEndian), true)
    }

    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// `.gz` names a compressed file; the name inside is the rest.
    static func droppingGzipExtension(_ name: String) -> String {
        name.lowercased().hasSuffix(".gz") && name.count > 3 ? String(name.dropLast(3)) : name
    }

    /// How far a file may expand: text filings compress 5 to 20 times, a decompression bomb
    /// a thousand; the floor lets a small, very repetitive filing through.
    static func expansionLimit(compressed: Int) -> Int { max(1 << 30, compressed * 200) }

    /// Every member of the file, as `zcat` does: some tools append gzip members.
    static func gunzip(_ input: [UInt8], limit: Int? = nil) throws(Failure) -> [UInt8] {
        let limit = limit ?? expansionLimit(compressed: input.count)
        var stream = z_stream()
        guard fd_inflate_init(&stream) == Z_OK else { throw Failure(description: "cannot start gzip decompression") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var expanded = false
        let outcome: String? = input.withUnsafeBufferPointer { source in
            var offset = 0
            while true {
                if stream.avail_in == 0, offset < source.count {
                    let count = min(source.count - offset, Int(UInt32.max))
                    stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress! + offset)
                    stream.avail_in = UInt32(count)
                    offset += count
                }
                let rc = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if output.count > limit {
                    expanded = true
                    return "gzip-compressed data expands to more than \(limit >= 1_000_000 ? "\(limit / 1_000_000) MB" : "\(limit) bytes"), too much to be a filing; not read"
                }
                switch rc {
                case Z_STREAM_END:
                    guard stream.avail_in > 0 || offset < source.count else { return nil }
                    // Another member, unless the rest is the zero padding some tools add.
                    let rest = UnsafeBufferPointer(start: stream.next_in, count: Int(stream.avail_in))
                    if offset == source.count, rest.allSatisfy({ $0 == 0 }) { return nil }
                    inflateReset(&stream)
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.avail_in == 0 && offset == source.count:
                    return "gzip-compressed data is cut off"
                default:
                    let reason = stream.msg.map { String(cString: $0) } ?? "error \(rc)"
                    return "gzip-compressed data is damaged (\(reason))"
                }
            }
        }
        if let outcome { throw Failure(description: outcome, expanded: expanded) }
        return output
    }

    /// true: big-endian UTF-16, false: little-endian, nil: not UTF-16.
    static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        switch (bytes[0], bytes[1]) {
        case (0xFE, 0xFF), (0x00, 0x3C): return true
        case (0xFF, 0xFE), (0x3C, 0x00): return false
        default: return nil
        }
    }

    /// Unpaired surrogates become U+FFFD, as any decoder does.
    static func utf8(fromUTF16 bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            units.append(UInt16(high) << 8 | UInt16(low))
            i += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
