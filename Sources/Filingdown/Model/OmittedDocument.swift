/// A document, or a part embedded in one, that is not text: named and sized, never dumped.
public struct OmittedDocument: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable {
        /// A whole `<DOCUMENT>` of binary content (GRAPHIC, PDF, ZIP, XLSX).
        case binary
        /// A uuencoded run inside a text or HTML document (a 1990s exhibit's graphic, or a
        /// damaged container running a GRAPHIC into the document before it).
        case embeddedEncoding = "embedded_encoding"
    }

    public var filename: String
    public var type: String
    /// Decoded size in bytes, when the part could be decoded.
    public var size: Int?
    /// `uuencode` or `binary`: how the bytes were stored in the filing.
    public var encoding: String
    public var reason: Reason

    public init(filename: String, type: String, size: Int?, encoding: String, reason: Reason = .binary) {
        self.filename = filename
        self.type = type
        self.size = size
        self.encoding = encoding
        self.reason = reason
    }
}
