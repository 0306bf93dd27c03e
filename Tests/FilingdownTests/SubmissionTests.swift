import Testing
@testable import Filingdown

/// Tiny hand-written submissions and helpers shared by the Submission*Tests files.
enum Fixture {
    /// Converts `text` and returns the output as a string.
    static func convert(_ text: String, format: ConversionOptions.Format = .markdown,
                        configure: (inout ConversionOptions) -> Void = { _ in }) -> (output: String, warnings: [String]) {
        var options = ConversionOptions()
        options.format = format
        configure(&options)
        let result = Converter(options: options).convert(Array(text.utf8))
        return (String(decoding: result.output, as: UTF8.self), result.warnings)
    }

    static func reader(_ text: String) -> (SubmissionReader, [UInt8]) {
        let bytes = Array(text.utf8)
        return (bytes.withUnsafeBytes { SubmissionReader($0) }, bytes)
    }

    /// The text of a part as a string.
    static func text(of part: SubmissionReader.Part, in bytes: [UInt8]) -> String {
        String(decoding: bytes[part.text], as: UTF8.self)
    }

    static func count(_ needle: String, in haystack: String) -> Int {
        haystack.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix(needle) }.count
    }

    /// uuencodes `data` as EDGAR does (`begin 644 name`, 45 bytes a line, `` ` `` for zero).
    static func uuencode(_ data: [UInt8], name: String) -> String {
        func char(_ v: UInt8) -> Character { v == 0 ? "`" : Character(Unicode.Scalar(v + 0x20)) }
        var out = "begin 644 \(name)\n"
        var i = 0
        while i < data.count {
            let chunk = Array(data[i..<min(i + 45, data.count)])
            out.append(char(UInt8(chunk.count)))
            var k = 0
            while k < chunk.count {
                let a = chunk[k], b = k + 1 < chunk.count ? chunk[k + 1] : 0, c = k + 2 < chunk.count ? chunk[k + 2] : 0
                out.append(char(a >> 2))
                out.append(char((a & 0x03) << 4 | b >> 4))
                out.append(char((b & 0x0F) << 2 | c >> 6))
                out.append(char(c & 0x3F))
                k += 3
            }
            out.append("\n")
            i += 45
        }
        out += "`\nend\n"
        return out
    }

    static let header = """
    <SEC-DOCUMENT>0000000000-24-000001.txt : 20240102
    <SEC-HEADER>0000000000-24-000001.hdr.sgml : 20240102
    <ACCEPTANCE-DATETIME>20240102163015
    ACCESSION NUMBER:\t\t0000000000-24-000001
    CONFORMED SUBMISSION TYPE:\t8-K
    PUBLIC DOCUMENT COUNT:\t\t3
    CONFORMED PERIOD OF REPORT:\t20231229
    ITEM INFORMATION:\t\tOther Events
    ITEM INFORMATION:\t\tFinancial Statements and Exhibits
    FILED AS OF DATE:\t\t20240102

    FILER:

    \tCOMPANY DATA:\t
    \t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE CORP
    \t\tCENTRAL INDEX KEY:\t\t\t0000000001
    \t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tELECTRONIC COMPUTERS [3571]
    \t\tSTATE OF INCORPORATION:\t\t\tDE
    \t\tFISCAL YEAR END:\t\t\t0930

    \tBUSINESS ADDRESS:\t
    \t\tSTREET 1:\t\tONE MAIN ST
    \t\tCITY:\t\t\tSPRINGFIELD
    \t\tSTATE:\t\t\tIL
    \t\tZIP:\t\t\t62701
    </SEC-HEADER>

    """

    /// A three-document submission: HTML primary, plain-text exhibit, uuencoded graphic.
    static var submission: String {
        header + """
        <DOCUMENT>
        <TYPE>8-K
        <SEQUENCE>1
        <FILENAME>form8k.htm
        <DESCRIPTION>CURRENT REPORT
        <TEXT>
        <html><body><p>Item 8.01 Other Events.</p></body></html>
        </TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>EX-99.1
        <SEQUENCE>2
        <FILENAME>ex99.txt
        <TEXT>
        <PAGE>
                  Press release
        </TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>GRAPHIC
        <SEQUENCE>3
        <FILENAME>logo.jpg
        <TEXT>
        \(uuencode(Array(0..<200), name: "logo.jpg"))</TEXT>
        </DOCUMENT>
        </SEC-DOCUMENT>

        """
    }
}

/// End to end through the Converter: every `<DOCUMENT>` gets a heading, selection works,
/// `list` names each document without converting it.
@Suite struct SubmissionTests {
    @Test("every <DOCUMENT> block gets exactly one heading")
    func documentHeadings() {
        let (md, warnings) = Fixture.convert(Fixture.submission)
        #expect(Fixture.count("# Document", in: md) == 3)
        #expect(md.contains("# Document 2: EX-99.1 (ex99.txt)"))
        #expect(warnings.isEmpty)
        let (text, _) = Fixture.convert(Fixture.submission, format: .text)
        #expect(Fixture.count("Document ", in: text) == 3)
    }

    @Test("an attachment is named with its decoded size and never shown encoded")
    func attachmentNamed() {
        let (md, _) = Fixture.convert(Fixture.submission)
        #expect(md.contains("logo.jpg, GRAPHIC, 200 bytes"))
        #expect(!md.contains("begin 644"))
        for format in [ConversionOptions.Format.text, .json, .jsonl] {
            #expect(!Fixture.convert(Fixture.submission, format: format).output.contains("begin 644"))
        }
    }

    @Test("--document matches sequence, type or filename, case-insensitively", arguments: [
        ("2", "EX-99.1"), ("ex-99.1", "EX-99.1"), ("EX99.TXT", "EX-99.1"), ("logo.jpg", "GRAPHIC"), ("8-K", "8-K"),
    ])
    func selection(_ spec: String, _ type: String) {
        let (md, _) = Fixture.convert(Fixture.submission) { $0.documents = [spec] }
        #expect(Fixture.count("# Document", in: md) == 1)
        #expect(md.contains(": \(type)"))
    }

    @Test("--primary keeps only the first document")
    func primaryOnly() {
        let (md, _) = Fixture.convert(Fixture.submission) { $0.primaryOnly = true }
        #expect(Fixture.count("# Document", in: md) == 1)
        #expect(md.contains("# Document 1: 8-K"))
    }

    @Test("a spec that matches nothing converts no document but keeps the header")
    func selectionMatchesNothing() {
        let (md, _) = Fixture.convert(Fixture.submission) { $0.documents = ["EX-1"] }
        #expect(Fixture.count("# Document", in: md) == 0)
        #expect(md.hasPrefix("---\n"))
    }

    @Test("list names every document with kind and size, decoded for attachments")
    func list() {
        let summaries = Converter().list(Array(Fixture.submission.utf8))
        #expect(summaries.map(\.sequence) == ["1", "2", "3"])
        #expect(summaries.map(\.kind) == [.html, .text, .binary])
        #expect(summaries.map(\.filename) == ["form8k.htm", "ex99.txt", "logo.jpg"])
        #expect(summaries[0].description == "CURRENT REPORT")
        #expect(summaries[1].description == nil)
        #expect(summaries[2].size == 200)
        #expect(summaries[0].size == "<html><body><p>Item 8.01 Other Events.</p></body></html>\n".utf8.count)
    }

    @Test("list of a bare file is one document with no sequence")
    func listBare() {
        let summaries = Converter().list(Array("<html><body><p>Hi</p></body></html>".utf8))
        #expect(summaries.count == 1)
        #expect(summaries[0].sequence == nil)
        #expect(summaries[0].kind == .html)
    }

    @Test("a truncated submission converts what is there and warns")
    func truncated() {
        let full = Fixture.submission
        let cut = String(full[..<full.firstRange(of: "Press release")!.upperBound])
        let (md, warnings) = Fixture.convert(cut)
        #expect(Fixture.count("# Document", in: md) == 2)
        #expect(md.contains("Press release"))
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("cut off") == true)
    }

    @Test("a submission cut off inside its header keeps the header and warns")
    func truncatedInHeader() {
        let (md, warnings) = Fixture.convert(String(Fixture.header.prefix(400)))
        #expect(md.hasPrefix("---\naccession_number: \"0000000000-24-000001\""))
        #expect(Fixture.count("# Document", in: md) == 0)
        #expect(warnings.count == 1)
    }

    @Test("empty input converts to nothing and does not crash")
    func emptyInput() {
        #expect(Fixture.convert("").output.isEmpty || Fixture.convert("").output == "\n")
        _ = Fixture.convert("<DOCUMENT>")
        _ = Fixture.convert("<DOCUMENT>\n<TYPE>")
        _ = Fixture.convert("<DOCUMENT>\n<TYPE>X\n<TEXT>")
        _ = Fixture.convert("<SEC-HEADER>\n</SEC-HEADER>")
        _ = Fixture.convert("<XML>")
        _ = Fixture.convert("<XBRL>\n</XBRL>")
        _ = Fixture.convert("begin 644 x\nM")
    }

    @Test("a document with an empty <SEQUENCE> is numbered by its position")
    func emptySequence() {
        let input = "<DOCUMENT>\n<TYPE>\n<SEQUENCE>\n<FILENAME>\n<DESCRIPTION>\n<TEXT>\n<HTML><BODY><P>Annual report</P></BODY></HTML>\n</TEXT>\n</DOCUMENT>\n"
        let (md, _) = Fixture.convert(input)
        #expect(md.hasPrefix("# Document 1\n"))
        let (selected, _) = Fixture.convert(input) { $0.documents = ["1"] }
        #expect(selected == md)
        let doc = Converter().documents(Array(input.utf8))
        #expect(doc.count == 1)
        #expect(doc[0].type == nil && doc[0].filename == nil && doc[0].description == nil)
    }
}
