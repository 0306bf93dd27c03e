/// Everything that changes what a conversion produces. The command line maps its flags
/// onto this one value; nothing else configures the engine.
public struct ConversionOptions: Sendable, Hashable {
    /// The output format; the raw values are what `--format` takes.
    public enum Format: String, Sendable, CaseIterable {
        case markdown, text, json, jsonl
        /// JSON Lines, one record per chunk of a document (`docs/json-schema.md`).
        case chunks
    }

    /// How a page break is written; the raw values are what `--page-breaks` takes.
    public enum PageBreakStyle: String, Sendable, CaseIterable {
        /// Markdown: `<!-- page N -->` and `---`; plain text: a line of dashes.
        case marker
        /// A form feed on its own line (the plain-text default, as old EDGAR text and `pr` do).
        case formfeed
        case none
    }

    /// Markdown unless asked otherwise.
    public var format: Format = .markdown
    /// Plain-text wrap width; 0 means no wrapping.
    public var columns: Int = 80
    /// nil: the format's default (marker for Markdown, form feed for plain text).
    public var pageBreaks: PageBreakStyle?
    /// The submission header before the first document (YAML, a text block, or JSON `header`); false leaves it out.
    public var frontMatter: Bool = true
    /// Markdown: write the header as a fenced `yaml` code block instead of front matter, for
    /// a filing that is not first on a stream of several, where `---` would read as a rule and
    /// the header as bullet lists.
    public var headerAsCodeBlock: Bool = false
    /// nil: detect (UTF-8 when the bytes validate, else windows-1252).
    public var encoding: TextEncoding?
    /// Only documents matching one of these (sequence number, type or filename); empty means all.
    public var documents: [String] = []
    /// Convert EDGAR's XBRL viewer files and the XBRL data (`Show.js`, `R1.htm`, EX-101
    /// schemas and linkbases) too, in their place; by default each is only named, after the
    /// filer's documents. A `documents` selection that names one converts it as well.
    public var allDocuments: Bool = false
    /// Only the primary document (the first one).
    public var primaryOnly: Bool = false
    /// Only these Parts and Items (`--section`); empty means the whole document.
    public var sections: [SectionSpec] = []
    /// Image sources to replace, by the source as filed (`g123.jpg`) or its last path
    /// component: where the pictures were extracted to (`att/g123.jpg`). Empty: as filed.
    public var imageSources: [String: String] = [:]
    /// The size `chunks` fills each chunk to, in characters of its Markdown (Unicode scalars,
    /// as Python's `len` counts); values under `ChunkLimits.minimumSize` are raised to it.
    public var chunkSize: Int = 2000
    /// The input's file name, which chunk ids start with when the filing has no accession number.
    public var inputName: String?

    /// The defaults: Markdown, 80 columns, the format's page breaks, front matter, every document.
    public init() {}

    var effectivePageBreaks: PageBreakStyle {
        pageBreaks ?? (format == .text ? .formfeed : .marker)
    }
}
