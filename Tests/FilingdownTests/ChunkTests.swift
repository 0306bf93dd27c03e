import FoundationEssentials
import Testing
@testable import Filingdown

/// `-f chunks` and `Converter.chunks`: chunks never cross an Item or a document, are filled to
/// the target by whole blocks, cut long paragraphs at sentence ends and long tables between
/// rows (header repeated), never start with a page break, and cite their pages and bytes.
@Suite struct ChunkTests {
    // MARK: hand-built documents

    static func heading(_ text: String, level: Int, role: HeadingRole = .section) -> Block {
        .heading(level: level, [.text(text)], role: role)
    }

    static func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    /// Sentences of about 100 characters, numbered so their order can be checked.
    static func sentences(_ n: Int, from first: Int = 0) -> String {
        (first..<(first + n)).map { "Sentence \($0) says that the company sold more widgets in the year than it did in the year before." }
            .joined(separator: " ")
    }

    static func chunks(_ blocks: [Block], size: Int = 2000, outline: Bool = true) -> [Chunk] {
        var options = ConversionOptions()
        options.chunkSize = size
        let document = FilingDocument(sequence: "1", type: "10-K", filename: "x.htm", description: nil, kind: .html, size: 0,
                                      body: Document(blocks: blocks))
        return Chunker(options: options).chunks(of: document, outline: OutlineBuilder.outline(of: document.body),
                                                filing: Chunk.Filing(nil), name: "x.htm", input: nil)
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    static var tenK: [Block] {
        [heading("FORM 10-K", level: 4), paragraph("Cover page."),
         heading("PART I", level: 2, role: .part("I")),
         heading("Item 1. Business", level: 3, role: .item("1")), paragraph(sentences(3)),
         heading("Competition", level: 4), paragraph(sentences(2, from: 3)),
         heading("Item 2. Properties", level: 3, role: .item("2")), paragraph("We own a building."),
         heading("SIGNATURES", level: 2, role: .signatures), paragraph("Signed.")]
    }

    @Test func chunksNeverCrossAnItemBoundaryAndNameTheirPartAndItem() {
        let chunks = Self.chunks(Self.tenK)
        #expect(chunks.map(\.role) == [.frontMatter, .item, .item, .signatures])
        #expect(chunks.map(\.item) == [nil, "1", "2", nil])
        #expect(chunks.map(\.part) == [nil, "I", "I", nil])
        #expect(chunks[1].headingPath == ["PART I", "Item 1. Business"])
        #expect(chunks[1].text.hasPrefix("## PART I\n\n### Item 1. Business\n\nSentence 0"))
        #expect(chunks[2].headingPath == ["PART I", "Item 2. Properties"])
        #expect(chunks[3].headingPath == ["SIGNATURES"])
        #expect(chunks[0].headingPath == ["FORM 10-K"])
        #expect(chunks.map(\.id) == ["x.htm:1:0001", "x.htm:1:0002", "x.htm:1:0003", "x.htm:1:0004"])
        #expect(chunks.map(\.ordinal) == [1, 2, 3, 4])
    }

    @Test func theHeadingPathFollowsTheSectionsInsideAnItem() {
        let chunks = Self.chunks(Self.tenK, size: 400)
        let competition = chunks.first { $0.text.contains("Sentence 3 ") }
        #expect(competition?.headingPath == ["PART I", "Item 1. Business", "Competition"])
        #expect(competition?.text.hasPrefix("#### Competition") == true)
    }

    @Test func aLongParagraphSplitsAtSentenceEnds() {
        let text = Self.sentences(40)
        let chunks = Self.chunks([Self.paragraph(text)], size: 500)
        #expect(chunks.count >= 8)
        for chunk in chunks {
            #expect(chunk.text.unicodeScalars.count <= 500)
            #expect(chunk.text.hasPrefix("Sentence "))
            #expect(chunk.text.hasSuffix("before."))
        }
        #expect(chunks.flatMap { Self.words($0.text) } == Self.words(text))
    }

    @Test func aSentenceLongerThanAChunkSplitsAtWordsAndARunWithoutSpacesAtCharacters() {
        let long = (0..<300).map { "word\($0)" }.joined(separator: " ")
        let run = String(repeating: "é", count: 1_500)
        let chunks = Self.chunks([Self.paragraph(long), Self.paragraph(run)], size: 300)
        for chunk in chunks { #expect(chunk.text.unicodeScalars.count <= 330) }
        #expect(chunks.map(\.plain).joined(separator: " ").split(separator: " ").filter { $0.hasPrefix("word") }.count == 300)
        #expect(chunks.map(\.text).joined().filter { $0 == "é" }.count == 1_500)
    }

    @Test func marksSurviveASentenceCut() {
        let inlines: [Inline] = [.text("First sentence here. "), .strong([.text("Bold start. Bold end.")]), .text(" Last one.")]
        let pieces = SentenceCuts.cut(inlines, at: [21, 33])
        #expect(pieces.count == 3)
        #expect(pieces[1] == [.strong([.text("Bold start. ")])])
        #expect(pieces[2] == [.strong([.text("Bold end.")]), .text(" Last one.")])
    }

    static func table(rows: Int) -> Table {
        Table(caption: [.text("(In millions)")], headerRows: [[TableCell(text: "Segment"), TableCell(text: "2024")]],
              bodyRows: (0..<rows).map { [TableCell(text: "Row \($0) of the segment table"), TableCell(text: "\($0),000")] },
              notes: [[.text("(1) A note.")]], alignments: [.left, .right])
    }

    @Test func aLongTableSplitsBetweenRowsAndRepeatsItsHeaderRow() {
        let chunks = Self.chunks([Self.paragraph("Intro."), .table(Self.table(rows: 120))], size: 600)
        #expect(chunks.count >= 6)
        var rows: [String] = []
        for chunk in chunks {
            #expect(chunk.text.unicodeScalars.count <= 660)
            #expect(chunk.text.contains("| Segment | 2024 |\n| --- | ---: |"))
            rows += chunk.text.split(separator: "\n").filter { $0.hasPrefix("| Row ") }.map(String.init)
        }
        #expect(rows == (0..<120).map { "| Row \($0) of the segment table | \($0),000 |" })
        #expect(chunks.first?.text.hasPrefix("Intro.\n\n(In millions)") == true)
        #expect(chunks.filter { $0.text.contains("(In millions)") }.count == 1)
        #expect(chunks.last?.text.hasSuffix("(1) A note.") == true)
    }

    @Test func aHeadingNeverEndsAChunkAndAHeadingOnlyChunkMergesForward() {
        let blocks = [Self.paragraph(Self.sentences(4)), Self.heading("Liquidity", level: 4), .table(Self.table(rows: 10))]
        let chunks = Self.chunks(blocks, size: 700)
        #expect(chunks.count == 2)
        #expect(chunks[1].text.hasPrefix("#### Liquidity\n\n(In millions)"))
        #expect(chunks[1].headingPath == ["Liquidity"])
    }

    @Test func aLonePartHeadingOpensItsFirstItem() {
        let chunks = Self.chunks([Self.paragraph("Cover."), Self.heading("PART II", level: 2, role: .part("II")),
                                  Self.heading("Item 5. Market", level: 3, role: .item("5")), Self.paragraph("Text.")])
        #expect(chunks.count == 2)
        #expect(chunks[1].role == .item)
        #expect(chunks[1].text == "## PART II\n\n### Item 5. Market\n\nText.")
    }

    static func paged(_ blocks: [Block]) -> [Block] {
        var document = Document(blocks: blocks)
        document.locate(base: 0, content: 0..<0)
        return document.blocks
    }

    @Test func aChunkNeverStartsWithAPageBreakAndNamesItsPages() {
        var blocks: [Block] = []
        for page in 1...6 {
            blocks.append(Self.paragraph(Self.sentences(4, from: page * 10)))
            blocks.append(.pageBreak(PageBreak(number: "\(page + 40)")))
        }
        let chunks = Self.chunks(Self.paged(blocks), size: 450)
        #expect(chunks.count == 6)
        for (k, chunk) in chunks.enumerated() {
            if case .pageBreak = chunk.blocks.first?.content { Issue.record("chunk \(k) starts with a page break") }
            #expect(!chunk.text.hasPrefix("<!--"))
            #expect(chunk.pages == Chunk.Pages(first: "\(k + 41)", last: "\(k + 41)", firstIndex: k + 1, lastIndex: k + 1))
        }
        let two = Self.chunks(Self.paged(blocks), size: 1000)
        #expect(two.first?.pages == Chunk.Pages(first: "41", last: "42", firstIndex: 1, lastIndex: 2))
    }

    @Test func aTinyTrailingPieceMergesIntoItsNeighbour() {
        let chunks = Self.chunks([Self.paragraph(Self.sentences(9)), Self.paragraph("Done.")], size: 1000)
        #expect(chunks.count == 1)
        #expect(chunks[0].text.hasSuffix("before.\n\nDone."))
    }

    @Test func aDocumentWithoutItemsIsOneBody() {
        let chunks = Self.chunks([Self.heading("Press release", level: 4), Self.paragraph(Self.sentences(30))], size: 800)
        #expect(chunks.allSatisfy { $0.role == .body && $0.item == nil && $0.headingPath == ["Press release"] })
    }

    // MARK: the converter and the command line

    struct Record: Decodable {
        struct Filing: Decodable { var accession_number: String?; var cik: String?; var company: String?; var form_type: String?; var filing_date: String? }
        struct Origin: Decodable { var sequence: String?; var type: String?; var filename: String? }
        struct Pages: Decodable { var first: String?; var last: String?; var first_index: Int; var last_index: Int }
        var schema: String
        var id: String
        var filing: Filing
        var document: Origin
        var ordinal: Int
        var heading_path: [String]
        var part: String?
        var item: String?
        var role: String
        var pages: Pages
        var source: [[Int]]
        var text: String
        var plain: String
    }

    @Test func eachLineIsAChunkRecordThatNamesItsFiling() throws {
        var options = ConversionOptions()
        options.format = .chunks
        let output = Converter(options: options).convert(CommandLineTests.submission()).output
        let records = try output.split(separator: 0x0A).map { try JSONDecoder().decode(Record.self, from: Data($0)) }
        #expect(!records.isEmpty)
        for record in records {
            #expect(record.schema == JSONWriter.schema)
            #expect(record.filing.accession_number == "0000000001-24-000001")
            #expect(record.filing.company == "EXAMPLE CORP")
            #expect(record.id.hasPrefix("0000000001-24-000001:\(record.document.sequence ?? "?"):"))
        }
        let library = Converter(options: options).chunks(CommandLineTests.submission())
        #expect(library.map(\.text) == records.map(\.text))
    }

    @Test func aStreamRecordCarriesEachDocumentsChunksAsAnArray() throws {
        var options = ConversionOptions()
        options.format = .chunks
        var outputs: [[UInt8]] = []
        _ = Converter(options: options).convertEach(Submission(CommandLineTests.submission())) { outputs.append($0.output) }
        #expect(outputs.count == 2)
        for output in outputs {
            let records = try JSONDecoder().decode([Record].self, from: Data(output))
            #expect(!records.isEmpty)
            #expect(records.allSatisfy { $0.filing.accession_number == "0000000001-24-000001" })
        }
    }

    @Test func badInputNeverCrashes() {
        for input: [UInt8] in [[], [0, 0xFF, 0x3C], Array("<DOCUMENT><TEXT><p>x".utf8), Array(repeating: 0x2E, count: 10_000)] {
            var options = ConversionOptions()
            options.format = .chunks
            options.chunkSize = 1
            _ = Converter(options: options).convert(input)
            _ = Converter(options: options).chunks(input)
        }
    }

    // MARK: the golden filings

    static let target = 2000

    /// The Markdown of each block of the document, the way the Markdown writer renders them.
    static func markdown(_ document: FilingDocument) -> String {
        var out: [UInt8] = []
        var writer = MarkdownWriter(options: ConversionOptions())
        writer.render(document.body.blocks, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("the chunks of a golden filing hold its words in order, cite them, and keep table rows whole",
          arguments: GoldenCase.all.filter { !$0.name.hasPrefix("flag-") })
    func goldenChunks(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        var options = golden.options(format: .chunks)
        options.chunkSize = Self.target
        let converter = Converter(options: options)
        let chunks = converter.chunks(bytes)
        for document in converter.documents(bytes) {
            // Viewer and data files are named, not converted: they make no chunks.
            if case .omitted(let entry)? = document.body.blocks.first?.content, entry.reason == .viewerFile || entry.reason == .xbrlData {
                continue
            }
            let mine = chunks.filter { $0.document.sequence == document.sequence && $0.document.filename == document.filename }
            let expected = Self.words(Self.markdown(document))
            let got = mine.flatMap { Self.words($0.text) }
            // Every word of the document, in order; the only extra words are repeated table headers.
            var k = 0
            for word in got where k < expected.count && word == expected[k] { k += 1 }
            #expect(k == expected.count, "\(golden.name) document \(document.sequence ?? "-"): word \(k) of \(expected.count) missing")
            // A cut table's later pieces open their chunks with its header again.
            var repeated = 0
            var previous: Block?
            for chunk in mine {
                let content = chunk.blocks.filter { if case .pageBreak = $0.content { return false } else { return true } }
                if case .table(let t)? = content.first?.content, !t.headerRows.isEmpty, let before = previous,
                   case .table(let u) = before.content, u.headerRows == t.headerRows, before.source == content.first?.source {
                    repeated += Self.words(t.fusedHeader.map(\.plainText).joined(separator: " ")).count
                }
                previous = content.last
            }
            #expect(got.count - expected.count == repeated, "\(golden.name): \(got.count - expected.count) extra words, \(repeated) in repeated headers")
            // No table row split: every row line of the Markdown is a line of one chunk.
            let lines = Set(mine.flatMap { $0.text.split(separator: "\n") })
            for row in Self.markdown(document).split(separator: "\n") where row.hasPrefix("| ") && row.hasSuffix(" |") {
                #expect(lines.contains(row), "\(golden.name): row split: \(row.prefix(80))")
            }
            // The source holds the first and last words of the filing's own text.
            guard document.kind == .html || document.kind == .text, document.type?.hasPrefix("EX-27") != true else { continue }
            for chunk in mine {
                let own = chunk.plain.split(separator: "\n").filter { !$0.hasPrefix("[image: ") && !$0.hasPrefix("[attachment: ") }
                    .joined(separator: "\n")
                let ascii = own.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
                guard let first = ascii.first, let last = ascii.last, let lo = chunk.source.first?.lowerBound,
                      let hi = chunk.source.last?.upperBound else { continue }
                // Markup may split a word (loncor-20f-2016's `<B>C</B><B>ONSOLIDATED`): compare with the tags taken out.
                let region = Array(bytes[lo..<hi]).withoutTags
                #expect(region.windowsContain(Array(first.utf8)), "\(golden.name) \(chunk.id): first word \(first) not in source")
                #expect(region.windowsContain(Array(last.utf8)), "\(golden.name) \(chunk.id): last word \(last) not in source")
            }
        }
        // Sizes: within 10% of the target but for a chunk that is one block no cut can shorten.
        for chunk in chunks where chunk.text.unicodeScalars.count > Self.target + Self.target / 10 {
            let content = chunk.blocks.filter {
                if case .heading = $0.content { return false }
                if case .pageBreak = $0.content { return false }
                return true
            }
            #expect(content.count <= 1, "\(golden.name) \(chunk.id): \(chunk.text.unicodeScalars.count) characters")
        }
    }
}
