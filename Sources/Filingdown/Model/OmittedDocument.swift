/// A document, or a part embedded in one, that is not text: named and sized, never dumped.
public struct OmittedDocument: Hashable, Sendable {
    /// Why the part is left out; the raw value is what JSON writes.
    public enum Reason: String, Hashable, Sendable {
        /// A whole `<DOCUMENT>` of binary content (GRAPHIC, PDF, ZIP, XLSX).
        case binary
        /// A uuencoded run inside a text or HTML document (a 1990s exhibit's graphic, or a
        /// damaged container running a GRAPHIC into the document before it).
        case embeddedEncoding = "embedded_encoding"
        /// A file EDGAR adds for its XBRL viewer (`Show.js`, `report.css`, `R1.htm`,
        /// `FilingSummary.xml`, `MetaLinks.json`, `Financial_Report.xlsx`).
        case viewerFile = "viewer_file"
        /// XBRL data behind the filing's inline XBRL: EX-101 schema and linkbases, the
        /// instance EDGAR extracts, the XBRL zip.
        case xbrlData = "xbrl_data"
    }

    /// The `<FILENAME>`, else the name on the uuencode `begin` line; empty when neither names it.
    public var filename: String
    /// The `<TYPE>` (`GRAPHIC`, `ZIP`); empty for a uuencoded run inside a document, which has none.
    public var type: String
    /// Decoded size in bytes, when the part could be decoded.
    public var size: Int?
    /// `uuencode`, `binary`, or `text` for a viewer or data file left out: how the bytes were stored in the filing.
    public var encoding: String
    /// Whether a whole document or a run inside one was left out.
    public var reason: Reason
    /// What the part is, when its type does not say (`XBRL viewer script`); nil for an attachment.
    public var detail: String?
    /// Where `--extract-attachments` wrote the decoded file, when it did: the writers then say
    /// so instead of "not shown".
    public var extractedTo: String?

    /// Memberwise; `reason` defaults to a whole binary document.
    public init(filename: String, type: String, size: Int?, encoding: String, reason: Reason = .binary, detail: String? = nil) {
        self.detail = detail
        self.filename = filename
        self.type = type
        self.size = size
        self.encoding = encoding
        self.reason = reason
    }
}
