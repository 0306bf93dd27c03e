/// Names a binary part (uuencoded GRAPHIC, PDF, ZIP, XLSX) and its decoded size without
/// ever emitting the encoded text.
enum AttachmentReader {
    static func describe(_ bytes: UnsafeRawBufferPointer, filename: String?, type: String?) -> OmittedDocument {
        var name = filename.flatMap(ASCIIText.meaningful) ?? ""
        if DocumentSniffer.startsWithUUBegin(bytes) {
            if name.isEmpty, let encoded = UUDecoder.encodedName(bytes) { name = encoded }
            return OmittedDocument(filename: name, type: type ?? "", size: UUDecoder.decodedSize(bytes), encoding: "uuencode")
        }
        return OmittedDocument(filename: name, type: type ?? "", size: bytes.count, encoding: "binary")
    }

    /// The bytes the part stands for: uudecoded, or as they are when not encoded.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        DocumentSniffer.startsWithUUBegin(bytes) ? UUDecoder.decode(bytes) : Array(bytes)
    }

    /// The same, handed to `sink` in pieces of bounded size.
    static func decode(_ bytes: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        if DocumentSniffer.startsWithUUBegin(bytes) { try UUDecoder.decode(bytes, into: sink) } else { try sink(bytes) }
    }
}
