import Testing
@testable import Filingdown

/// XML forms rendered as model tables, other XML named, and libxml2 kept safe.
@Suite struct SubmissionXMLTests {
    static func convert(_ xml: String) -> Document {
        Array(xml.utf8).withUnsafeBytes { XMLDocumentSummary.convert($0) }
    }

    static func tables(_ d: Document) -> [Table] {
        d.blocks.compactMap { if case .table(let t) = $0.content { return t } else { return nil } }
    }

    static func headings(_ d: Document) -> [String] {
        d.blocks.compactMap { if case .heading(let h) = $0.content { return h.inlines.plainText } else { return nil } }
    }

    static let form4 = """
    <?xml version="1.0"?>
    <ownershipDocument>
      <documentType>4</documentType>
      <periodOfReport>2020-10-09</periodOfReport>
      <issuer><issuerCik>0000320193</issuerCik><issuerName>Apple Inc.</issuerName><issuerTradingSymbol>AAPL</issuerTradingSymbol></issuer>
      <reportingOwner>
        <reportingOwnerId><rptOwnerCik>0001513362</rptOwnerCik><rptOwnerName>Maestri Luca</rptOwnerName></reportingOwnerId>
        <reportingOwnerAddress><rptOwnerStreet1>ONE APPLE PARK WAY</rptOwnerStreet1><rptOwnerStreet2></rptOwnerStreet2>
          <rptOwnerCity>CUPERTINO</rptOwnerCity><rptOwnerState>CA</rptOwnerState><rptOwnerZipCode>95014</rptOwnerZipCode></reportingOwnerAddress>
        <reportingOwnerRelationship><isDirector>0</isDirector><isOfficer>1</isOfficer><officerTitle>CFO</officerTitle></reportingOwnerRelationship>
      </reportingOwner>
      <nonDerivativeTable>
        <nonDerivativeTransaction>
          <securityTitle><value>Common Stock</value><footnoteId id="F1"/></securityTitle>
          <transactionDate><value>2020-10-09</value></transactionDate>
          <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>S</transactionCode></transactionCoding>
          <transactionAmounts>
            <transactionShares><value>243431</value></transactionShares>
            <transactionPricePerShare><value>116.89</value><footnoteId id="F2"/></transactionPricePerShare>
            <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
          </transactionAmounts>
          <postTransactionAmounts><sharesOwnedFollowingTransaction><value>110272</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
          <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
        </nonDerivativeTransaction>
        <nonDerivativeHolding>
          <securityTitle><value>Common Stock</value></securityTitle>
          <postTransactionAmounts><sharesOwnedFollowingTransaction><value>5000</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
          <ownershipNature><directOrIndirectOwnership><value>I</value></directOrIndirectOwnership>
            <natureOfOwnership><value>By trust</value></natureOfOwnership></ownershipNature>
        </nonDerivativeHolding>
      </nonDerivativeTable>
      <derivativeTable>
        <derivativeTransaction>
          <securityTitle><value>Restricted Stock Unit</value></securityTitle>
          <conversionOrExercisePrice><footnoteId id="F3"/></conversionOrExercisePrice>
          <transactionDate><value>2020-10-01</value></transactionDate>
          <transactionCoding><transactionCode>M</transactionCode></transactionCoding>
          <transactionAmounts><transactionShares><value>100</value></transactionShares>
            <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode></transactionAmounts>
          <underlyingSecurity><underlyingSecurityTitle><value>Common Stock</value></underlyingSecurityTitle>
            <underlyingSecurityShares><value>100</value></underlyingSecurityShares></underlyingSecurity>
          <postTransactionAmounts><sharesOwnedFollowingTransaction><value>0</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
          <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
        </derivativeTransaction>
      </derivativeTable>
      <footnotes>
        <footnote id="F1">Rule 10b5-1 plan.</footnote>
        <footnote id="F2">Weighted average.</footnote>
        <footnote id="F3">Each unit converts into one share.</footnote>
      </footnotes>
      <ownerSignature><signatureName>/s/ Sam Whittington</signatureName><signatureDate>2020-10-13</signatureDate></ownerSignature>
    </ownershipDocument>
    """

    @Test("Form 4: issuer, owner, both tables, footnote references, signature")
    func form4() {
        let d = Self.convert(Self.form4)
        #expect(Self.headings(d).first == "Form 4: Statement of Changes in Beneficial Ownership")
        let tables = Self.tables(d)
        #expect(tables.count == 5)
        #expect(tables[0].textRows.contains(["Trading symbol", "AAPL"]))
        #expect(tables[1].textRows[1] == ["Maestri Luca", "0001513362", "ONE APPLE PARK WAY, CUPERTINO, CA 95014", "Officer (CFO)"])
        let t1 = tables[2]
        #expect(t1.textRows[0] == ["Security", "Date", "Code", "Shares", "(A) or (D)", "Price", "Owned after",
                               "Direct (D) or indirect (I)", "Nature of indirect ownership"])
        #expect(t1.textRows[1] == ["Common Stock [F1]", "2020-10-09", "S", "243431", "D", "116.89 [F2]", "110272", "D", ""])
        #expect(t1.textRows[2] == ["Common Stock", "", "", "", "", "", "5000", "I", "By trust"])
        let t2 = tables[3]
        #expect(t2.textRows[1].first == "Restricted Stock Unit")
        #expect(t2.textRows[1].contains("[F3]"))
        #expect(tables[4].textRows[1] == ["/s/ Sam Whittington", "2020-10-13"])
        let lists = d.blocks.compactMap { if case .list(let l) = $0.content { return l } else { return nil } }
        #expect(lists.first?.items.map(\.plainText) == ["F1: Rule 10b5-1 plan.", "F2: Weighted average.", "F3: Each unit converts into one share."])
    }

    @Test("Form 4 inside an <XML> wrapper in a submission is rendered, not summarized")
    func form4InSubmission() {
        let input = "<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>form4.xml\n<TEXT>\n<XML>\n\(Self.form4)\n</XML>\n</TEXT>\n</DOCUMENT>\n"
        let (md, _) = Fixture.convert(input)
        #expect(md.contains("## Form 4: Statement of Changes in Beneficial Ownership"))
        #expect(md.contains("| Common Stock \\[F1\\] | 2020-10-09 |") || md.contains("| Common Stock [F1] | 2020-10-09 |"))
    }

    @Test("Form D: issuer, related persons, offering amounts")
    func formD() {
        let xml = """
        <?xml version="1.0"?>
        <edgarSubmission><submissionType>D</submissionType>
          <primaryIssuer><cik>0001544190</cik><entityName>Shepherd's Finance, LLC</entityName>
            <issuerAddress><street1>1 MAIN</street1><city>JACKSONVILLE</city><stateOrCountry>FL</stateOrCountry><zipCode>32258</zipCode></issuerAddress>
            <entityType>Limited Liability Company</entityType><yearOfInc><overFiveYears>true</overFiveYears></yearOfInc></primaryIssuer>
          <relatedPersonsList><relatedPersonInfo>
            <relatedPersonName><firstName>Daniel</firstName><middleName>M.</middleName><lastName>Wallach</lastName></relatedPersonName>
            <relatedPersonRelationshipList><relationship>Executive Officer</relationship><relationship>Director</relationship></relatedPersonRelationshipList>
          </relatedPersonInfo></relatedPersonsList>
          <offeringData>
            <federalExemptionsExclusions><item>06b</item><item>3C.1</item></federalExemptionsExclusions>
            <typeOfFiling><newOrAmendment><isAmendment>false</isAmendment></newOrAmendment><dateOfFirstSale><yetToOccur>true</yetToOccur></dateOfFirstSale></typeOfFiling>
            <offeringSalesAmounts><totalOfferingAmount>Indefinite</totalOfferingAmount><totalAmountSold>5725051</totalAmountSold></offeringSalesAmounts>
          </offeringData>
        </edgarSubmission>
        """
        let d = Self.convert(xml)
        #expect(Self.headings(d).first == "Form D: Notice of Exempt Offering of Securities")
        let tables = Self.tables(d)
        #expect(tables[0].textRows.contains(["Address", "1 MAIN, JACKSONVILLE, FL 32258"]))
        #expect(tables[0].textRows.contains(["Year of incorporation", "Over five years ago"]))
        #expect(tables[1].textRows[1] == ["Daniel M. Wallach", "Executive Officer, Director"])
        #expect(tables[2].textRows.contains(["Exemptions and exclusions claimed", "06b, 3C.1"]))
        #expect(tables[2].textRows.contains(["New notice or amendment", "New notice"]))
        #expect(tables[2].textRows.contains(["Date of first sale", "Yet to occur"]))
        #expect(tables[2].textRows.contains(["Total offering amount", "Indefinite"]))
    }

    @Test("13F information table: one row per holding, the value total")
    func thirteenF() {
        let xml = """
        <?xml version="1.0" ?>
        <informationTable xmlns="http://www.sec.gov/edgar/document/thirteenf/informationtable">
          <infoTable><nameOfIssuer>3M CO</nameOfIssuer><titleOfClass>COM</titleOfClass><cusip>88579Y101</cusip><value>409469</value>
            <shrsOrPrnAmt><sshPrnamt>2334</sshPrnamt><sshPrnamtType>SH</sshPrnamtType></shrsOrPrnAmt>
            <investmentDiscretion>SOLE</investmentDiscretion><votingAuthority><Sole>0</Sole><Shared>0</Shared><None>2334</None></votingAuthority></infoTable>
          <infoTable><nameOfIssuer>ABBOTT LABS</nameOfIssuer><titleOfClass>COM</titleOfClass><cusip>002824100</cusip><value>531</value>
            <shrsOrPrnAmt><sshPrnamt>3983</sshPrnamt><sshPrnamtType>SH</sshPrnamtType></shrsOrPrnAmt><putCall>Put</putCall>
            <investmentDiscretion>DFND</investmentDiscretion><votingAuthority><Sole>1</Sole><Shared>2</Shared><None>3</None></votingAuthority></infoTable>
        </informationTable>
        """
        let d = Self.convert(xml)
        let para = d.blocks.compactMap { if case .paragraph(let i) = $0.content { return i.plainText } else { return nil } }
        #expect(para == ["2 holdings. Total of the value column: 410000."])
        let t = Self.tables(d)[0]
        #expect(t.textRows[0] == ["Name of issuer", "Title of class", "CUSIP", "Value", "Shares or principal", "SH/PRN", "Put/call",
                              "Investment discretion", "Voting: sole", "Voting: shared", "Voting: none"])
        #expect(t.textRows[2] == ["ABBOTT LABS", "COM", "002824100", "531", "3983", "SH", "Put", "DFND", "1", "2", "3"])
        #expect(t.alignments[3] == .right)
    }

    @Test("any other XML goes through the generic renderer: a title and every value as a field", arguments: [
        ("<?xml version=\"1.0\"?><xbrli:xbrl xmlns:xbrli=\"x\"><a>THE-FACT</a></xbrli:xbrl>", "Xbrl", "A"),
        ("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"THE-FACT\"/></xs:schema>", "Schema", "Name"),
        ("<FilingSummary><Report>THE-FACT</Report></FilingSummary>", "Filing summary", "Report"),
        ("<edgarSubmission><headerData><submissionType>N-CEN</submissionType></headerData><x>THE-FACT</x></edgarSubmission>",
         "Form N-CEN: Annual report for registered investment companies", "X"),
    ])
    func otherXML(_ xml: String, _ title: String, _ label: String) {
        let d = Self.convert(xml)
        #expect(Self.headings(d).first == title)
        #expect(Self.tables(d).contains { $0.textRows.contains([label, "THE-FACT"]) })
    }

    @Test("malformed XML is named, not dumped, and does not crash")
    func malformed() {
        let d = Self.convert("<?xml version=\"1.0\"?>\n<<<ownershipDocument")
        #expect(d.blocks.count == 1)
        _ = Self.convert("")
        _ = Self.convert("<a>" + String(repeating: "<b>", count: 5000))
    }

    @Test("external entities are never fetched or read")
    func noExternalEntities() {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE ownershipDocument [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY net SYSTEM "http://127.0.0.1:9/x"> ]>
        <ownershipDocument><documentType>4</documentType><remarks>&xxe;&net;</remarks></ownershipDocument>
        """
        let root = Array(xml.utf8).withUnsafeBytes { XMLTree.parse($0) }
        #expect(root?.name == "ownershipDocument")
        #expect(root?.string("remarks") == nil)
        let text = Self.convert(xml).blocks.map { "\($0)" }.joined()
        #expect(!text.contains("root:"))
    }

    @Test("an entity bomb is not expanded")
    func billionLaughs() {
        var dtd = "<!ENTITY a0 \"lol\">"
        for k in 1...10 { dtd += "<!ENTITY a\(k) \"" + String(repeating: "&a\(k - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [\(dtd)]>\n<ownershipDocument><remarks>&a10;</remarks></ownershipDocument>"
        let root = Array(xml.utf8).withUnsafeBytes { XMLTree.parse($0) }
        #expect((root?.string("remarks")?.utf8.count ?? 0) < 1000)
    }
}
