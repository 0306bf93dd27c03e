/// A piece of one filing document sized for retrieval: whole blocks (or a long paragraph,
/// table, list or text page cut at sentence, row, item or line ends) that never cross an
/// Item or a document, with what a citation needs: the headings above it, its pages and
/// the bytes of the input it came from. `-f chunks` writes one per line (`docs/json-schema.md`).
public struct Chunk: Hashable, Sendable {
    /// Where in a filing's structure a chunk lies; the raw values are what JSON writes.
    public enum Role: String, Hashable, Sendable {
        /// Before the first Part or Item of a document that has them: the cover page, the contents.
        case frontMatter = "front_matter"
        /// Under a Part heading, before its first Item.
        case part
        /// Inside an Item, from its heading to the next Part, Item or back matter heading.
        case item
        /// The signature page and what follows it up to the next back matter heading.
        case signatures
        /// The financial statements printed after the Items.
        case financialStatements = "financial_statements"
        /// A financial statement schedule after the Items.
        case schedule
        /// The exhibit index after the Items.
        case exhibitIndex = "exhibit_index"
        /// A document with no Parts or Items at all (an exhibit, a press release).
        case body
    }

    /// Which filing: the submission header's fields, each nil when the input has no header.
    public struct Filing: Hashable, Sendable {
        /// `0000320193-24-000123`.
        public var accessionNumber: String?
        /// The CIK of the company the filing is about (the filer, else the issuer, else the subject company).
        public var cik: String?
        /// That company's conformed name.
        public var company: String?
        /// The conformed submission type (`10-K`).
        public var formType: String?
        /// ISO date (`2024-11-01`).
        public var filingDate: String?
        /// Memberwise.
        public init(accessionNumber: String?, cik: String?, company: String?, formType: String?, filingDate: String?) {
            self.accessionNumber = accessionNumber
            self.cik = cik
            self.company = company
            self.formType = formType
            self.filingDate = filingDate
        }
    }

    /// Which document of the filing, as `FilingDocument` names it.
    public struct Origin: Hashable, Sendable {
        /// `<SEQUENCE>`; nil for a file with no `<DOCUMENT>` wrapper.
        public var sequence: String?
        /// `<TYPE>` (`10-K`, `EX-99.1`).
        public var type: String?
        /// `<FILENAME>`.
        public var filename: String?
        /// `<DESCRIPTION>`.
        public var description: String?
        /// Memberwise.
        public init(sequence: String?, type: String?, filename: String?, description: String?) {
            self.sequence = sequence
            self.type = type
            self.filename = filename
            self.description = description
        }
    }

    /// The pages a chunk spans: the labels printed on them (`"41"`, `"F-3"`, nil where the
    /// filing printed none) and their physical indexes, counted from 1 at the top of the document.
    public struct Pages: Hashable, Sendable {
        /// The label printed on the first page, when there is one.
        public var first: String?
        /// The label printed on the last page, when there is one.
        public var last: String?
        /// The first page, counted from 1.
        public var firstIndex: Int
        /// The last page, counted from 1.
        public var lastIndex: Int
        /// Memberwise.
        public init(first: String?, last: String?, firstIndex: Int, lastIndex: Int) {
            self.first = first
            self.last = last
            self.firstIndex = firstIndex
            self.lastIndex = lastIndex
        }
    }

    /// `ACCESSION:SEQUENCE:ORDINAL` (`0000320193-24-000123:1:0007`), the input's file name in
    /// place of the accession number when there is none: the same for the same input and options.
    public var id: String
    /// The filing the chunk belongs to.
    public var filing: Filing
    /// The document of the filing the chunk belongs to.
    public var document: Origin
    /// 1 for a document's first chunk.
    public var ordinal: Int
    /// The headings above the chunk's first words, outermost first: the Part, the Item (or the
    /// signature, financial statement, schedule or exhibit index heading), then the filing's own
    /// headings down to the nearest. Front matter and bodies without Items have only the latter.
    public var headingPath: [String]
    /// The Part numeral (`"II"`) inside a Part; nil elsewhere.
    public var part: String?
    /// The Item number (`"7"`, `"1A"`, `"5.02"`) inside an Item; nil elsewhere.
    public var item: String?
    /// What part of the filing the chunk lies in.
    public var role: Role
    /// The pages the chunk spans.
    public var pages: Pages
    /// Byte ranges of the input the chunk's text was read from, in order, none overlapping.
    public var source: [Range<Int>]
    /// What the chunk holds, with their source spans: whole blocks, or the pieces a long one was cut into.
    public var blocks: [Block]
    /// The blocks as the Markdown writer renders them.
    public var text: String
    /// The blocks as the plain-text writer renders them, unwrapped.
    public var plain: String
}

/// The bounds chunk sizes are held to.
public enum ChunkLimits {
    /// The smallest `chunkSize` honoured: below it a table's header row alone would overflow.
    public static let minimumSize = 200
}
