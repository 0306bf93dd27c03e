import Testing
import Yams
@testable import Filingdown

/// The header in every dialect, as typed fields and as front matter a YAML parser accepts.
@Suite struct SubmissionHeaderTests {
    static func header(_ text: String) -> SubmissionHeader { HeaderParser.parse(text) }

    @Test("colon header: accession, form, dates, items, filer with address and SIC split")
    func colonHeader() {
        let (reader, _) = Fixture.reader(Fixture.submission)
        let h = try! #require(reader.header)
        #expect(h.accessionNumber == "0000000000-24-000001")
        #expect(h.formType == "8-K")
        #expect(h.filingDate == "2024-01-02")
        #expect(h.period == "2023-12-29")
        #expect(h.acceptanceDateTime == "2024-01-02T16:30:15")
        #expect(h.documentCount == 3)
        #expect(h.items == ["Other Events", "Financial Statements and Exhibits"])
        let filer = try! #require(h.parties.first)
        #expect(filer.role == "filer")
        #expect(filer.cik == "0000000001")
        #expect(filer.sic == "3571")
        #expect(filer.industry == "ELECTRONIC COMPUTERS")
        #expect(filer.fiscalYearEnd == "0930")
        #expect(filer.businessAddress?.city == "SPRINGFIELD")
    }

    @Test("many FILER blocks each become a party, in order")
    func multiFiler() {
        var text = "ACCESSION NUMBER:\t0000092122-05-000042\n"
        for n in 1...300 {
            text += "FILER:\n\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\tCO \(n)\n\t\tCENTRAL INDEX KEY:\t\(n)\n\n"
        }
        let parties = Self.header(text).parties
        #expect(parties.count == 300)
        #expect(parties.first?.name == "CO 1")
        #expect(parties.last?.cik == "300")
    }

    @Test("SUBJECT COMPANY and FILED BY, with former names")
    func subjectCompanyFiledBy() {
        let text = """
        SUBJECT COMPANY:\t

        \tCOMPANY DATA:\t
        \t\tCOMPANY CONFORMED NAME:\t\t\tCVR ENERGY INC
        \t\tCENTRAL INDEX KEY:\t\t\t0001376139

        FILED BY:\t\t

        \tCOMPANY DATA:\t
        \t\tCOMPANY CONFORMED NAME:\t\t\tICAHN ENTERPRISES HOLDINGS L.P.

        \tFORMER COMPANY:\t
        \t\tFORMER CONFORMED NAME:\tAMERICAN REAL ESTATE HOLDINGS L P
        \t\tDATE OF NAME CHANGE:\t19980311
        """
        let parties = Self.header(text).parties
        #expect(parties.map(\.role) == ["subject-company", "filed-by"])
        #expect(parties[1].formerNames == [.init(name: "AMERICAN REAL ESTATE HOLDINGS L P", dateChanged: "1998-03-11")])
    }

    @Test("REPORTING-OWNER and ISSUER (modern Form 4 header)")
    func reportingOwnerIssuer() {
        let text = """
        <ACCEPTANCE-DATETIME>20250110160730
        ACCESSION NUMBER:\t\t0001127602-25-001055
        REPORTING-OWNER:\t

        \tOWNER DATA:\t
        \t\tCOMPANY CONFORMED NAME:\t\t\tGarascia Jessica A.
        \t\tCENTRAL INDEX KEY:\t\t\t0001806647
        \t\tORGANIZATION NAME:

        ISSUER:\t\t

        \tCOMPANY DATA:\t
        \t\tCOMPANY CONFORMED NAME:\t\t\tAAR CORP
        \t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tAIRCRAFT & PARTS [3720]
        """
        let h = Self.header(text)
        #expect(h.acceptanceDateTime == "2025-01-10T16:07:30")
        #expect(h.parties.map(\.role) == ["reporting-owner", "issuer"])
        #expect(h.parties.map(\.name) == ["Garascia Jessica A.", "AAR CORP"])
        #expect(h.parties[1].sic == "3720")
    }

    @Test("a tagged <REPORTING-OWNER> block holding colon fields (2000-era Form 4)")
    func taggedBlockWithColonFields() {
        let text = """
        SUBJECT COMPANY:

        \tCOMPANY DATA:
        \t\tCOMPANY CONFORMED NAME:\t\t\tPRODUCTIVITY TECHNOLOGIES CORP /
        \t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t []
        <REPORTING-OWNER>

        COMPANY DATA:
        \tCOMPANY CONFORMED NAME:\t\t\tFOSTER ALAN H
        \tCENTRAL INDEX KEY:\t\t\t0001050609
        <RELATIONSHIP>DIRECTOR

        BUSINESS ADDRESS:
        \tCITY:\t\t\tNEW YORK
        </REPORTING-OWNER>
        """
        let h = Self.header(text)
        #expect(h.parties.map(\.role) == ["subject-company", "reporting-owner"])
        #expect(h.parties[0].sic == nil)
        #expect(h.parties[1].name == "FOSTER ALAN H")
        #expect(h.parties[1].businessAddress?.city == "NEW YORK")
        let owner = h.fields.first { $0.key == "REPORTING-OWNER" }
        #expect(owner?.children.contains { $0.key == "RELATIONSHIP" && $0.value == "DIRECTOR" } == true)
    }

    @Test("tag blocks after colon fields (fund series) do not swallow the filer")
    func seriesAfterFiler() {
        let text = """
        CONFORMED SUBMISSION TYPE:\tN-CEN
        FILER:

        \tCOMPANY DATA:\t
        \t\tCOMPANY CONFORMED NAME:\t\t\tAB Active ETFs, Inc.
        <SERIES-AND-CLASSES-CONTRACTS-DATA>
        <EXISTING-SERIES-AND-CLASSES-CONTRACTS>
        <SERIES>
        <SERIES-ID>S000076879
        <SERIES-NAME>AB Tax-Aware Short Duration Municipal ETF
        </SERIES>
        <SERIES>
        <SERIES-ID>S000076880
        </SERIES>
        </EXISTING-SERIES-AND-CLASSES-CONTRACTS>
        </SERIES-AND-CLASSES-CONTRACTS-DATA>
        """
        let h = Self.header(text)
        #expect(h.formType == "N-CEN")
        #expect(h.parties.map(\.name) == ["AB Active ETFs, Inc."])
        let series = h.fields.last?.children.first?.children ?? []
        #expect(series.count == 2)
        #expect(series.first?.children.first?.value == "S000076879")
    }

    @Test("unclosed .nc tags stay plain fields; closed ones become sections")
    func unclosedTags() {
        let text = "<PRIVATE-TO-PUBLIC>\n<ACCESSION-NUMBER>1\n<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>X\n</COMPANY-DATA>\n</FILER>\n<ITEMS>5\n<ITEMS>9.01\n"
        let h = Self.header(text)
        #expect(h.fields.map(\.key) == ["PRIVATE-TO-PUBLIC", "ACCESSION-NUMBER", "FILER", "ITEMS", "ITEMS"])
        #expect(h.items == ["5", "9.01"])
        #expect(h.parties.first?.name == "X")
    }

    @Test("front matter parses as YAML and holds the header's values")
    func frontMatterIsYAML() throws {
        let (md, _) = Fixture.convert(Fixture.submission)
        let yaml = try #require(Self.frontMatter(md))
        let parsed = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect(parsed["accession_number"] as? String == "0000000000-24-000001")
        #expect(parsed["form_type"] as? String == "8-K")
        #expect(parsed["document_count"] as? Int == 3)
        #expect(parsed["items"] as? [String] == ["Other Events", "Financial Statements and Exhibits"])
        let filers = try #require(parsed["filers"] as? [[String: Any]])
        #expect(filers.first?["name"] as? String == "EXAMPLE CORP")
        #expect(filers.first?["sic"] as? String == "3571")
        #expect((filers.first?["business_address"] as? [String: Any])?["zip"] as? String == "62701")
    }

    @Test("hostile header values cannot break the YAML", arguments: [
        "NO: 1", "#3 \"quoted\" \\ back", "- [a, b]", "line\nbreak", "tab\there", "\u{0} nul", "\u{85}next\u{2028}sep\u{FEFF}",
        "{ flow: map }", "*alias &anchor !tag", "---", "'single'", "%directive", "@at `tick`", "é ü 日本",
    ])
    func hostileValues(_ value: String) throws {
        let h = SubmissionHeader(fields: [
            .init(key: "ACCESSION NUMBER", value: value),
            .init(key: "FILER", value: "", children: [.init(key: "COMPANY DATA", value: "", children: [
                .init(key: "COMPANY CONFORMED NAME", value: value),
            ])]),
        ])
        let yaml = HeaderRecord(h).yaml()
        let body = String(yaml.dropFirst(4).dropLast(4))
        let parsed = try #require(try Yams.load(yaml: body) as? [String: Any])
        let expected = ASCIIText.meaningful(value)
        #expect(parsed["accession_number"] as? String == expected)
        let filers = parsed["filers"] as? [[String: Any]]
        #expect(filers?.first?["name"] as? String == expected)
    }

    @Test("every corpus-shaped header in the fixtures gives valid YAML")
    func fixtureHeadersValid() throws {
        for input in [Fixture.submission, Fixture.header] {
            let (md, _) = Fixture.convert(input)
            let yaml = try #require(Self.frontMatter(md))
            #expect(try Yams.load(yaml: yaml) != nil)
        }
    }

    @Test("--no-front-matter drops the header")
    func noFrontMatter() {
        let (md, _) = Fixture.convert(Fixture.submission) { $0.frontMatter = false }
        #expect(md.hasPrefix("# Document 1"))
    }

    @Test("SIC values: code with description, bare code, placeholder")
    func sicSplit() {
        #expect(SubmissionHeader.splitSIC("ELECTRONIC COMPUTERS [3571]") == ("3571", "ELECTRONIC COMPUTERS"))
        #expect(SubmissionHeader.splitSIC("4833") == ("4833", nil))
        #expect(SubmissionHeader.splitSIC("[]") == (nil, nil))
    }

    /// The YAML between the opening `---` and the closing `---`.
    static func frontMatter(_ md: String) -> String? {
        guard md.hasPrefix("---\n") else { return nil }
        let rest = md.dropFirst(4)
        guard let end = rest.firstRange(of: "\n---\n") else { return nil }
        return String(rest[..<end.lowerBound]) + "\n"
    }
}

/// Fund series and classes, typed and in the front matter.
@Suite struct SubmissionSeriesTests {
    static let text = """
    FILER:

    \tCOMPANY DATA:\t
    \t\tCOMPANY CONFORMED NAME:\t\t\tGMO TRUST
    <SERIES-AND-CLASSES-CONTRACTS-DATA>
    <EXISTING-SERIES-AND-CLASSES-CONTRACTS>
    <SERIES>
    <OWNER-CIK>0000772129
    <SERIES-ID>S000004917
    <SERIES-NAME>GMO Multi-Sector Fixed Income Fund
    <CLASS-CONTRACT>
    <CLASS-CONTRACT-ID>C000213366
    <CLASS-CONTRACT-NAME>Class I
    </CLASS-CONTRACT>
    <CLASS-CONTRACT>
    <CLASS-CONTRACT-ID>C000213367
    <CLASS-CONTRACT-NAME>Class R6
    <CLASS-CONTRACT-TICKER-SYMBOL>GMOFX
    </CLASS-CONTRACT>
    </SERIES>
    </EXISTING-SERIES-AND-CLASSES-CONTRACTS>
    </SERIES-AND-CLASSES-CONTRACTS-DATA>
    """

    @Test("series with their classes and tickers")
    func series() {
        let h = HeaderParser.parse(Self.text)
        #expect(h.parties.map(\.name) == ["GMO TRUST"])
        #expect(h.series.count == 1)
        #expect(h.series[0].id == "S000004917")
        #expect(h.series[0].ownerCIK == "0000772129")
        #expect(h.series[0].classes.map(\.name) == ["Class I", "Class R6"])
        #expect(h.series[0].classes.map(\.ticker) == [nil, "GMOFX"])
    }

    @Test("series front matter is valid YAML")
    func seriesYAML() throws {
        let yaml = HeaderRecord(HeaderParser.parse(Self.text)).yaml()
        let parsed = try #require(try Yams.load(yaml: String(yaml.dropFirst(4).dropLast(4))) as? [String: Any])
        let series = try #require(parsed["series"] as? [[String: Any]])
        #expect(series.first?["name"] as? String == "GMO Multi-Sector Fixed Income Fund")
        let classes = try #require(series.first?["classes"] as? [[String: Any]])
        #expect(classes.map { $0["id"] as? String } == ["C000213366", "C000213367"])
        #expect(classes[1]["ticker"] as? String == "GMOFX")
    }
}
