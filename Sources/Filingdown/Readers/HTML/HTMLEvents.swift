/// What the SAX layer tells its sink, with where each event ends in the bytes the parser
/// reads. The draft builder is one sink; a test can drive it with no libxml2 at all.
protocol HTMLEvents {
    /// An element starts; `offset` is just past its start tag. Names are lower-case, NUL-terminated;
    /// `attributes` alternates names and values and ends with nil.
    mutating func startElement(_ name: UnsafePointer<UInt8>, attributes: UnsafePointer<UnsafePointer<UInt8>?>?, offset: Int)
    /// The innermost open element ends (by its end tag, or implied by the parser's repairs).
    mutating func endElement(offset: Int)
    /// Text, in as many events as the parser likes; `offset` is just past it.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int)
    mutating func comment(_ content: UnsafePointer<UInt8>, offset: Int)
    /// The input ended.
    mutating func endDocument(offset: Int)
}
