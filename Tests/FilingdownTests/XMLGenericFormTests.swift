import FoundationEssentials
import Testing
@testable import Filingdown

/// Every EDGAR XML form reaches the output: the generic renderer's labels, sections and
/// tables, the 13F-HR cover, summary and signature, and, over every XML document of the
/// goldens and the corpus, every text and attribute value.
@Suite struct XMLGenericFormTests {
    static func convert(_ xml: String) -> Document {
        Array(xml.utf8).withUnsafeBytes { XMLDocumentSummary.convert($0) }
    }

    static func headings(_ d: Document) -> [String] {
        d.blocks.compactMap { if case .heading(let h) = $0.content { return h.inlines.plainText } else { return nil } }
    }

    static func tables(_ d: Document) -> [[[String]]] {
        d.blocks.compactMap { b -> [[String]]? in
            guard case .table(let t) = b.content else { return nil }
            return (t.headerRows + t.bodyRows).map { $0.map { $0.inlines.plainText } }
        }
    }

    @Test("element names become labels: words split at case and digits, acronyms in capitals")
    func labelsFromElementNames() {
        #expect(GenericXMLForm.label("registrantFullName") == "Registrant full name")
        #expect(GenericXMLForm.label("registrantCik") == "Registrant CIK")
        #expect(GenericXMLForm.label("isReportPeriodLt12") == "Is report period lt 12")
        #expect(GenericXMLForm.label("form13FFileNumber") == "Form 13F file number")
        #expect(GenericXMLForm.label("SOLE_VOTING") == "Sole voting")
        #expect(GenericXMLForm.label("officeLEI") == "Office LEI")
    }

    static let form = """
    <?xml version="1.0"?>
    <edgarSubmission xmlns="http://www.sec.gov/edgar/ncen">
      <headerData><submissionType>N-CEN</submissionType></headerData>
      <formData>
        <generalInfo reportEndingPeriod="2025-11-30"/>
        <registrantInfo>
          <registrantFullName>AB Active ETFs, Inc.</registrantFullName>
          <fileNumbers><fileNumberInfo fileNumber="811-00126"/><fileNumberInfo fileNumber="811-00134"/></fileNumbers>
          <directors>
            <director><directorName>Alexander Chaloff</directorName><crdNumber>005019996</crdNumber></director>
            <director><directorName>Carol C. McMullen</directorName><crdNumber>N/A</crdNumber></director>
          </directors>
          <isRegistrantLastFiling>N</isRegistrantLastFiling>
        </registrantInfo>
        <explanation>First paragraph of a long answer that a filer typed into the form, long enough to be free text rather than a value.

    Second paragraph of the same answer, after a blank line, which stays a paragraph of its own in the output.</explanation>
      </formData>
    </edgarSubmission>
    """

    @Test("a form without a renderer: a titled form, sections per element, fields, repeated records as a table")
    func genericFormSections() {
        let d = Self.convert(Self.form)
        let headings = Self.headings(d)
        #expect(headings.first == "Form N-CEN: Annual report for registered investment companies")
        #expect(headings.contains("Registrant info"))
        #expect(headings.contains("Directors"))
        let tables = Self.tables(d)
        #expect(tables.contains { $0.contains(["Report ending period", "2025-11-30"]) })
        #expect(tables.contains { $0.contains(["Registrant full name", "AB Active ETFs, Inc."]) })
        // A field after the directors in the XML is still one of the registrant's fields, above them.
        #expect(tables.contains { $0.contains(["Is registrant last filing", "N"]) && $0.contains(["File numbers", "811-00126; 811-00134"]) })
        #expect(tables.contains { $0 == [["Director name", "CRD number"], ["Alexander Chaloff", "005019996"], ["Carol C. McMullen", "N/A"]] })
    }

    @Test("long free text becomes its label in bold and one paragraph per paragraph typed")
    func longTextAsParagraphs() {
        let d = Self.convert(Self.form)
        let paragraphs = d.blocks.compactMap { b -> String? in
            if case .paragraph(let i) = b.content { return i.plainText } else { return nil }
        }
        #expect(paragraphs.contains("Explanation"))
        #expect(paragraphs.contains { $0.hasPrefix("First paragraph") && $0.hasSuffix("rather than a value.") })
        #expect(paragraphs.contains { $0.hasPrefix("Second paragraph") })
    }

    static let thirteenF = """
    <?xml version="1.0" encoding="UTF-8"?>
    <edgarSubmission xmlns="http://www.sec.gov/edgar/thirteenffiler" xmlns:com="http://www.sec.gov/edgar/common">
      <headerData><submissionType>13F-HR</submissionType>
        <filerInfo><liveTestFlag>LIVE</liveTestFlag><periodOfReport>12-31-2024</periodOfReport></filerInfo></headerData>
      <formData>
        <coverPage>
          <reportCalendarOrQuarter>12-31-2024</reportCalendarOrQuarter>
          <filingManager><name>Example Capital Management LLC</name>
            <address><com:street1>100 Main Street</com:street1><com:city>Omaha</com:city></address></filingManager>
          <reportType>13F HOLDINGS REPORT</reportType>
        </coverPage>
        <signatureBlock><name>Jane Q. Example</name><signature>/s/ Jane Q. Example</signature><signatureDate>02-14-2025</signatureDate></signatureBlock>
        <summaryPage>
          <tableEntryTotal>3</tableEntryTotal><tableValueTotal>1234567890</tableValueTotal>
          <otherManagers2Info>
            <otherManager2><sequenceNumber>1</sequenceNumber><otherManager><cik>0000111111</cik><name>First Affiliate Advisors LP</name></otherManager></otherManager2>
            <otherManager2><sequenceNumber>2</sequenceNumber><otherManager><cik>0000222222</cik><name>Second Affiliate Trust Co</name></otherManager></otherManager2>
          </otherManagers2Info>
        </summaryPage>
      </formData>
    </edgarSubmission>
    """

    @Test("a 13F-HR shows its cover page, signature block and summary page with its other managers")
    func thirteenFCoverSummarySignature() {
        let d = Self.convert(Self.thirteenF)
        let headings = Self.headings(d)
        #expect(headings.first == "Form 13F-HR: Holdings report")
        for section in ["Cover page", "Signature block", "Summary page", "Filing manager"] { #expect(headings.contains(section)) }
        let tables = Self.tables(d)
        #expect(tables.contains { $0.contains(["Report type", "13F HOLDINGS REPORT"]) })
        #expect(tables.contains { $0.contains(["Signature", "/s/ Jane Q. Example"]) })
        #expect(tables.contains { $0.contains(["Table value total", "1234567890"]) })
        #expect(tables.contains { $0 == [["Sequence number", "CIK", "Name"], ["1", "0000111111", "First Affiliate Advisors LP"],
                                         ["2", "0000222222", "Second Affiliate Trust Co"]] })
    }

    @Test("a form with its own renderer lists the values its tables leave out under Other fields")
    func knownFormOtherFields() {
        let d = Self.convert(SubmissionXMLTests.form4.replacingOccurrences(of: "<documentType>", with: "<schemaVersion>X0306</schemaVersion><documentType>"))
        #expect(Self.headings(d).contains("Other fields"))
        #expect(Self.tables(d).contains { $0.contains(["Schema version", "X0306"]) })
    }

    @Test("bad XML never crashes the generic renderer", arguments: [
        "<a>", "<a><b>x</a>", "<?xml version=\"1.0\"?><r " + String(repeating: "x=\"1\" ", count: 3) + "/>",
        "<r>" + String(repeating: "<e>", count: 600) + "deep" + String(repeating: "</e>", count: 600) + "</r>",
        "<r><x/><x/><x>t</x><x a=\"1\"/></r>",
    ])
    func badXMLNeverCrashes(_ xml: String) {
        _ = Self.convert(xml)
    }

    // MARK: every text of every XML document

    /// Every element's text and every attribute value of `root`.
    static func values(_ root: XMLElement) -> [String] {
        var out: [String] = []
        var stack = [root]
        while let e = stack.popLast() {
            if !e.text.isEmpty { out.append(e.text) }
            out += GenericXMLForm.attributes(of: e).map(\.value).filter { ASCIIText.meaningful($0) != nil }
            stack += e.children
        }
        return out
    }

    /// The values of `bytes`' XML documents missing from their converted blocks, as `file: value`.
    static func missingValues(_ bytes: [UInt8], name: String) -> [String] {
        var options = ConversionOptions()
        options.allDocuments = true
        let submission = Submission(bytes)
        let documents = Converter(options: options).documents(submission)
        var missing: [String] = []
        for (slice, document) in zip(submission.documents, documents) where slice.kind == .xml {
            let root = bytes.withUnsafeBytes { XMLTree.parse(UnsafeRawBufferPointer(rebasing: $0[slice.content])) }
            guard let root else { continue }
            let shown = ShownText(document.body.blocks)
            for v in values(root) where !shown.contains(v) { missing.append("\(name) \(slice.filename ?? "?"): \(v.prefix(60))") }
        }
        return missing
    }

    static let corpus = GoldenCase.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")

    @Test("every text and attribute value of every golden XML document appears in its output")
    func goldenXMLComplete() throws {
        var missing: [String] = []
        for golden in GoldenCase.all {
            missing += Self.missingValues([UInt8](try Data(contentsOf: golden.input)), name: golden.name)
        }
        #expect(missing.isEmpty, "\(missing.prefix(20))")
    }

    @Test("every text and attribute value of every corpus XML document appears in its output (when ../shared/corpus is there)")
    func corpusXMLComplete() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: Self.corpus.path) else { return }
        var missing: [String] = []
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".xml") || name.hasSuffix(".nc") {
            missing += Self.missingValues([UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(name))), name: name)
        }
        #expect(missing.isEmpty, "\(missing.prefix(20))")
    }
}
