import Testing
@testable import Filingdown

/// The container dialects: where documents start and end, by byte offset, in every form
/// EDGAR has used, with any line ending.
@Suite struct SubmissionReaderTests {
    static let twoDocuments = """
    <DOCUMENT>
    <TYPE>S-3/A
    <SEQUENCE>1
    <TEXT>
    Registration statement
    </TEXT>
    </DOCUMENT>
    <DOCUMENT>
    <TYPE>EX-99
    <SEQUENCE>2
    <TEXT>
    Consent
    </TEXT>
    </DOCUMENT>

    """

    @Test("bare <DOCUMENT> blocks with no header")
    func bareDocuments() {
        let (reader, bytes) = Fixture.reader(Self.twoDocuments)
        #expect(reader.header == nil)
        #expect(!reader.isBare)
        #expect(reader.parts.map(\.type) == ["S-3/A", "EX-99"])
        #expect(Fixture.text(of: reader.parts[0], in: bytes) == "Registration statement\n")
        #expect(Fixture.text(of: reader.parts[1], in: bytes) == "Consent\n")
        #expect(reader.parts.allSatisfy { !$0.truncated })
    }

    @Test("LF, CRLF and CR-only line endings split the same way", arguments: ["\n", "\r\n", "\r"])
    func lineEndings(_ eol: String) {
        let input = (Fixture.header + Self.twoDocuments).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: eol)
        let (reader, bytes) = Fixture.reader(input)
        #expect(reader.parts.count == 2)
        #expect(reader.parts.map(\.sequence) == ["1", "2"])
        #expect(Fixture.text(of: reader.parts[1], in: bytes) == "Consent" + eol)
        #expect(reader.header?.accessionNumber == "0000000000-24-000001")
        #expect(reader.header?.parties.first?.name == "EXAMPLE CORP")
    }

    @Test("the PEM wrapper and <IMS-DOCUMENT> of 1993-1996")
    func pemAndIMS() {
        let input = """
        -----BEGIN PRIVACY-ENHANCED MESSAGE-----
        Proc-Type: 2001,MIC-CLEAR
        Originator-Name: keymaster@town.hall.org
        MIC-Info: RSA-MD5,RSA,
         tzPdlKXYT52BKKK9HdDppGhGoTgEnoKKEpoR5A5CeynOomLqEmR0EvlOpvOIxAnk

        <IMS-DOCUMENT>0000950144-94-000177.txt : 19940203
        <IMS-HEADER>0000950144-94-000177.hdr.sgml : 19940203
        ACCESSION NUMBER:\t\t0000950144-94-000177
        CONFORMED SUBMISSION TYPE:\t8-K
        FILED AS OF DATE:\t\t19940202

        FILER:

        \tCOMPANY DATA:\t
        \t\tCOMPANY CONFORMED NAME:\t\t\tTURNER BROADCASTING SYSTEM INC
        \t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t4833
        </IMS-HEADER>
        <DOCUMENT>
        <TYPE>8-K
        <SEQUENCE>1
        <TEXT>
        <PAGE>   1
        report
        </TEXT>
        </DOCUMENT>
        </IMS-DOCUMENT>
        -----END PRIVACY-ENHANCED MESSAGE-----

        """
        let (reader, bytes) = Fixture.reader(input)
        #expect(reader.parts.count == 1)
        #expect(reader.header?.formType == "8-K")
        #expect(reader.header?.filingDate == "1994-02-02")
        #expect(reader.header?.parties.first?.sic == "4833")
        #expect(Fixture.text(of: reader.parts[0], in: bytes) == "<PAGE>   1\nreport\n")
    }

    @Test(".nc <SUBMISSION> with angle-bracket header tags")
    func ncSubmission() {
        let input = """
        <SUBMISSION>
        <ACCESSION-NUMBER>0001193125-10-145855
        <TYPE>424B5
        <PUBLIC-DOCUMENT-COUNT>1
        <FILING-DATE>20100624
        <FILER>
        <COMPANY-DATA>
        <CONFORMED-NAME>CARMAX AUTO FUNDING LLC
        <CIK>0001259380
        <ASSIGNED-SIC>6189
        </COMPANY-DATA>
        </FILER>
        <DOCUMENT>
        <TYPE>424B5
        <SEQUENCE>1
        <FILENAME>d424b5.htm
        <DESCRIPTION>RULE 424(B)(5) FILING
        <TEXT>
        <HTML><BODY><P>Prospectus</P></BODY></HTML>
        </TEXT>
        </DOCUMENT>
        </SUBMISSION>

        """
        let (reader, _) = Fixture.reader(input)
        #expect(reader.header?.accessionNumber == "0001193125-10-145855")
        #expect(reader.header?.formType == "424B5")
        #expect(reader.header?.filingDate == "2010-06-24")
        #expect(reader.header?.parties.map(\.name) == ["CARMAX AUTO FUNDING LLC"])
        #expect(reader.parts.map(\.description) == ["RULE 424(B)(5) FILING"])
    }

    @Test("a single .htm with a <DOCUMENT>/<TYPE>/<TEXT> wrapper and empty fields")
    func htmWrapperWithEmptyFields() {
        let input = "<DOCUMENT>\n<TYPE>\n<SEQUENCE>\n<FILENAME>\n<DESCRIPTION>\n<TEXT>\n<HTML><BODY>x</BODY></HTML>\n</TEXT>\n</DOCUMENT>\n"
        let (reader, _) = Fixture.reader(input)
        #expect(reader.parts.count == 1)
        #expect(reader.parts[0].type == nil)
        #expect(reader.parts[0].sequence == nil)
        #expect(reader.parts[0].position == 1)
        #expect(!reader.isBare)
    }

    @Test("a <DOCUMENT> line inside a document's text is not a boundary")
    func quotedDocumentTag() {
        let input = "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\nThe filer types\n<DOCUMENT>\nat the top of each part.\n</TEXT>\n</DOCUMENT>\n"
        let (reader, bytes) = Fixture.reader(input)
        #expect(reader.parts.count == 1)
        #expect(Fixture.text(of: reader.parts[0], in: bytes).contains("at the top of each part."))
    }

    @Test("an HTML page that merely mentions <DOCUMENT> is one bare document")
    func htmlMentioningTag() {
        let input = "<html><body><p>See</p>\n<DOCUMENT>\n<TYPE>X\n</body></html>"
        let (reader, _) = Fixture.reader(input)
        #expect(reader.isBare)
        #expect(reader.parts.count == 1)
    }

    @Test("a file cut off inside a document's text keeps that text and marks it truncated")
    func cutOffText() {
        let input = "<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nfirst page\nsecond"
        let (reader, bytes) = Fixture.reader(input)
        #expect(reader.parts.count == 1)
        #expect(reader.parts[0].truncated)
        #expect(Fixture.text(of: reader.parts[0], in: bytes) == "first page\nsecond")
    }

    @Test("a document missing </TEXT> ends at the next document, which is still found")
    func missingCloseBeforeNextDocument() {
        let input = "<DOCUMENT>\n<TYPE>A\n<TEXT>\none\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>B\n<TEXT>\ntwo\n</TEXT>\n</DOCUMENT>\n"
        let (reader, bytes) = Fixture.reader(input)
        #expect(reader.parts.map(\.type) == ["A", "B"])
        #expect(reader.parts[0].truncated)
        #expect(!reader.parts[1].truncated)
        #expect(Fixture.text(of: reader.parts[0], in: bytes) == "one\n")
    }

    @Test("a document cut off inside its metadata has empty text")
    func cutOffMetadata() {
        let (reader, _) = Fixture.reader("<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>3")
        #expect(reader.parts.count == 1)
        #expect(reader.parts[0].type == "GRAPHIC")
        #expect(reader.parts[0].text.isEmpty)
        #expect(reader.parts[0].truncated)
    }

    @Test("tags are found case-insensitively and after leading spaces")
    func caseAndIndent() {
        let input = "  <document>\n<type>EX-1\n<text>\nbody\n  </text>\n</document>\n"
        let (reader, bytes) = Fixture.reader(input)
        #expect(reader.parts.map(\.type) == ["EX-1"])
        #expect(Fixture.text(of: reader.parts[0], in: bytes) == "body\n  ")
    }

    @Test("ByteScanner finds a tag only at a line start, across CR-only line ends")
    func scanner() {
        let bytes = Array("x <TEXT>\r<TEXT>\r".utf8)
        bytes.withUnsafeBytes { buf in
            let s = ByteScanner(buf)
            #expect(s.findTag("<text>", from: 0) == 2)
            #expect(s.findTagAtLineStart("<TEXT>", from: 0) == 9)
            #expect(s.lineEnd(0) == 8)
            #expect(s.nextLine(8) == 9)
            #expect(s.findTag("<TEXT>", from: 10) == nil)
        }
    }
}
