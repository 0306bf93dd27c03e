import Foundation
import Testing
@testable import Filingdown

/// Inline XBRL facts, numbers and stacked paragraphs carried on table cells for JSON, on tiny
/// hand-written inline XBRL documents.
@Suite struct CellFactTests {
    /// A hand-written inline XBRL 10-K: a header with a duration, an instant and a dimensional
    /// context, a plain and a divide unit; `body` goes after it.
    static func document(_ body: String, header: String = standardHeader) -> String {
        """
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>
        <div style="display:none"><ix:header><ix:resources>\(header)</ix:resources></ix:header></div>
        \(body)
        </body></html>
        """
    }

    static let standardHeader = """
        <xbrli:context id="fy24"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier></xbrli:entity>
        <xbrli:period><xbrli:startDate>2023-10-01</xbrli:startDate><xbrli:endDate>2024-09-28</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:context id="end24"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier></xbrli:entity>
        <xbrli:period><xbrli:instant>2024-09-28</xbrli:instant></xbrli:period></xbrli:context>
        <xbrli:context id="fy24-products"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">1</xbrli:identifier>
        <xbrli:segment><xbrldi:explicitMember dimension="srt:ProductOrServiceAxis">us-gaap:ProductMember</xbrldi:explicitMember>
        <xbrldi:typedMember dimension="us-gaap:StartDateAxis"><us-gaap:StartDateAxis.domain>2024-09-29</us-gaap:StartDateAxis.domain></xbrldi:typedMember>
        </xbrli:segment></xbrli:entity>
        <xbrli:period><xbrli:startDate>2023-10-01</xbrli:startDate><xbrli:endDate>2024-09-28</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
        <xbrli:unit id="usdPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
        <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
        """

    static func fact(_ concept: String, _ context: String, _ text: String, unit: String = "usd", scale: Int = 6,
                     extra: String = "") -> String {
        "<ix:nonFraction name=\"\(concept)\" contextRef=\"\(context)\" unitRef=\"\(unit)\" decimals=\"-6\" scale=\"\(scale)\" format=\"ixt:num-dot-decimal\"\(extra)>\(text)</ix:nonFraction>"
    }

    /// The one table of `body`, converted.
    static func table(_ body: String, header: String = standardHeader) throws -> Table {
        try #require(tables(document(body, header: header)).first)
    }

    @Test func aDurationContextGivesTheFactItsStartAndEnd() throws {
        let t = try Self.table("""
            <table><tr><td></td><td>2024</td></tr>
            <tr><td>Net sales</td><td>\(Self.fact("us-gaap:Revenues", "fy24", "391,035"))</td></tr>
            <tr><td>Cost of sales</td><td>\(Self.fact("us-gaap:CostOfRevenue", "fy24", "210,352"))</td></tr></table>
            """)
        let fact = try #require(t.bodyRows[0][1].facts.first)
        #expect(fact.concept == "us-gaap:Revenues")
        #expect(fact.contextID == "fy24")
        #expect(fact.period == .duration(start: "2023-10-01", end: "2024-09-28"))
        #expect(fact.unit == "USD")
        #expect(fact.decimals == "-6")
        #expect(fact.scale == 6)
        #expect(fact.text == "391,035")
        #expect(fact.value == "391035000000")
        #expect(t.bodyRows[0][0].facts.isEmpty)
    }

    @Test func anInstantContextGivesTheFactItsDate() throws {
        let t = try Self.table("""
            <table><tr><td></td><td>September 28, 2024</td></tr>
            <tr><td>Cash</td><td>\(Self.fact("us-gaap:Cash", "end24", "29,943"))</td></tr>
            <tr><td>Total assets</td><td>\(Self.fact("us-gaap:Assets", "end24", "364,980"))</td></tr></table>
            """)
        #expect(t.bodyRows[1][1].facts.first?.period == .instant("2024-09-28"))
    }

    @Test func aDimensionalContextGivesItsAxesAndMembersInOrder() throws {
        let t = try Self.table("""
            <table><tr><td></td><td>2024</td></tr>
            <tr><td>Products</td><td>\(Self.fact("us-gaap:Revenues", "fy24-products", "294,866"))</td></tr>
            <tr><td>Total</td><td>\(Self.fact("us-gaap:Revenues", "fy24", "391,035"))</td></tr></table>
            """)
        let fact = try #require(t.bodyRows[0][1].facts.first)
        #expect(fact.dimensions == [XBRLDimension(axis: "srt:ProductOrServiceAxis", member: "us-gaap:ProductMember"),
                                    XBRLDimension(axis: "us-gaap:StartDateAxis", member: "2024-09-29")])
        #expect(t.bodyRows[1][1].facts.first?.dimensions == [])
    }

    @Test func aDivideUnitReadsNumeratorOverDenominator() throws {
        let t = try Self.table("""
            <table><tr><td></td><td>2024</td></tr>
            <tr><td>Basic</td><td>$\(Self.fact("us-gaap:EarningsPerShareBasic", "fy24", "6.11", unit: "usdPerShare", scale: 0))</td></tr>
            <tr><td>Diluted</td><td>$\(Self.fact("us-gaap:EarningsPerShareDiluted", "fy24", "6.08", unit: "usdPerShare", scale: 0))</td></tr></table>
            """)
        let fact = try #require(t.bodyRows[0][1].facts.first)
        #expect(fact.unit == "USD/shares")
        #expect(fact.value == "6.11")
        #expect(t.bodyRows[0][1].number == "6.11")
    }

    @Test func aNegatedFactPrintedInParenthesesIsNegativeInBothReadings() throws {
        let t = try Self.table("""
            <table><tr><td></td><td></td><td>2024</td><td></td></tr>
            <tr><td>Other income</td><td>$</td><td>(\(Self.fact("us-gaap:OtherIncome", "fy24", "269", extra: " sign=\"-\"")))</td><td></td></tr>
            <tr><td>Net sales</td><td>$</td><td>\(Self.fact("us-gaap:Revenues", "fy24", "391,035"))</td><td></td></tr></table>
            """)
        let cell = t.bodyRows[0][1]
        #expect(cell.plainText == "$(269)")
        #expect(cell.number == "-269")
        let fact = try #require(cell.facts.first)
        #expect(fact.negated)
        #expect(fact.text == "269")
        #expect(fact.value == "-269000000")
    }

    @Test func aFactSplitByCurrencyAndParenthesisCellsStaysWithItsFigureAfterTheMerge() throws {
        // The filer's layout: `$` | `(1,234` | `)` in three cells, the fact in the middle one.
        let t = try Self.table("""
            <table><tr><td></td><td colspan="3">2024</td><td colspan="3">2023</td></tr>
            <tr><td>Net change</td><td>$</td><td>(\(Self.fact("us-gaap:Change", "fy24", "1,234", extra: " sign=\"-\""))</td><td>)</td>
            <td>$</td><td>\(Self.fact("us-gaap:Change", "fy24-products", "567"))</td><td></td></tr>
            <tr><td>Total</td><td>$</td><td>\(Self.fact("us-gaap:Total", "fy24", "8"))</td><td></td><td>$</td><td>\(Self.fact("us-gaap:Total", "fy24-products", "9"))</td><td></td></tr></table>
            """)
        #expect(t.columnCount == 3)
        #expect(t.bodyRows[0].map(\.plainText) == ["Net change", "$(1,234)", "$567"])
        #expect(t.bodyRows[0][1].facts.map(\.concept) == ["us-gaap:Change"])
        #expect(t.bodyRows[0][1].facts.first?.contextID == "fy24")
        #expect(t.bodyRows[0][2].facts.first?.contextID == "fy24-products")
        #expect(t.bodyRows[0][1].number == "-1234")
    }

    @Test func nestedFactsEachGetTheTextTheyWrap() throws {
        // apple-10k-2024 tags one printed par value twice, one fact inside the other.
        let inner = Self.fact("us-gaap:ParValue", "fy24", "0.00001", scale: 0)
        let t = try Self.table("""
            <table><tr><td></td><td>2024</td></tr>
            <tr><td>Common stock, $<ix:nonFraction name="us-gaap:ParValue" contextRef="end24" unitRef="usdPerShare" decimals="INF" scale="0">\(inner)</ix:nonFraction> par value</td><td>\(Self.fact("us-gaap:StockholdersEquity", "end24", "83,276"))</td></tr>
            <tr><td>Total</td><td>\(Self.fact("us-gaap:Equity", "end24", "1"))</td></tr></table>
            """)
        let facts = t.bodyRows[0][0].facts
        #expect(facts.map(\.contextID) == ["end24", "fy24"])
        #expect(facts.map(\.text) == ["0.00001", "0.00001"])
        #expect(facts.first?.decimals == "INF")
    }

    @Test func aFactOutsideATableCellIsNotKept() throws {
        let t = try Self.table("""
            <p>Revenue grew to $\(Self.fact("us-gaap:Revenues", "fy24", "391,035")) million.</p>
            <table><tr><td></td><td>2024</td></tr><tr><td>Net sales</td><td>1</td></tr><tr><td>Total</td><td>2</td></tr></table>
            """)
        #expect(t.rows.allSatisfy { $0.allSatisfy(\.facts.isEmpty) })
    }

    @Test func aNonNumericFactInACellIsKeptWithoutAUnit() throws {
        let t = try Self.table("""
            <table><tr><td>Title of each class</td><td>Trading symbol</td></tr>
            <tr><td><ix:nonNumeric name="dei:Security12bTitle" contextRef="fy24">Common Stock</ix:nonNumeric></td><td><ix:nonNumeric name="dei:TradingSymbol" contextRef="fy24">AAPL</ix:nonNumeric></td></tr>
            <tr><td><ix:nonNumeric name="dei:Security12bTitle" contextRef="fy24-products">0.000% Notes due 2025</ix:nonNumeric></td><td>—</td></tr></table>
            """)
        let fact = try #require(t.rows[1][1].facts.first)
        #expect(fact.concept == "dei:TradingSymbol")
        #expect(!fact.isNumeric)
        #expect(fact.unit == nil)
        #expect(fact.value == nil)
        #expect(fact.text == "AAPL")
    }

    @Test func aMissingContextOrUnitLeavesThePeriodNullAndTheUnitAsReferenced() throws {
        let t = try Self.table("""
            <table><tr><td></td><td>2024</td></tr>
            <tr><td>Net sales</td><td>\(Self.fact("us-gaap:Revenues", "nowhere", "5", unit: "eur"))</td></tr>
            <tr><td>Total</td><td>6</td></tr></table>
            """, header: "")
        let fact = try #require(t.bodyRows[0][1].facts.first)
        #expect(fact.period == nil)
        #expect(fact.unit == "eur")
    }

    @Test func contextsReadWhateverTheirPrefix() throws {
        // galaxynextgen-10k-2021 and delaware-485bpos-2024 write `i:` for the instance namespace.
        let header = """
            <i:context id="x"><i:entity><i:identifier scheme="s">1</i:identifier></i:entity><i:period><i:instant>2021-06-30</i:instant></i:period></i:context>
            <i:unit id="u"><i:measure>iso4217:USD</i:measure></i:unit>
            <!-- a comment with <i:context id="y"> inside -->
            """
        let t = try Self.table("""
            <table><tr><td></td><td>2021</td></tr>
            <tr><td>Cash</td><td>\(Self.fact("us-gaap:Cash", "x", "12", unit: "u"))</td></tr><tr><td>Total</td><td>3</td></tr></table>
            """, header: header)
        let fact = try #require(t.bodyRows[0][1].facts.first)
        #expect(fact.period == .instant("2021-06-30"))
        #expect(fact.unit == "USD")
    }

    @Test func aTruncatedHeaderNeverCrashes() {
        for header in ["<xbrli:context id=\"a\"><xbrli:period><xbrli:instant>2024", "<xbrli:unit id=", "<", "</", "<!--", "<x a='", "<a b=\"c\"/"] {
            let html = Self.document("<table><tr><td>a</td><td>\(Self.fact("c", "a", "1"))</td></tr><tr><td>b</td><td>2</td></tr></table>",
                                     header: header)
            _ = tables(html)
        }
    }

    @Test func printedNumbersReadSignCurrencyPercentAndDashes() {
        let cases: [(String, String?)] = [
            ("391,035", "391035"), ("$391,035", "391035"), ("$(1,234.5)", "-1234.5"), ("($1,234)", "-1234"),
            ("(3)%", "-3"), ("12.5%", "12.5"), ("-7", "-7"), ("−7", "-7"), ("0.065", "0.065"), ("$0.00001", "0.00001"),
            ("—", "0"), ("–", "0"), ("-", "0"), ("$—", "0"), ("—%", "0"), ("1,234,567", "1234567"), ("007", "7"), ("0.50", "0.5"),
            ("N/A", nil), ("12.5x", nil), ("8-35008", nil), ("3/4/22", nil), ("1,2", nil), ("12,34", nil), ("Net sales", nil),
            ("2024 and 2023", nil), ("(12", nil), ("12)", nil), ("", nil), ("$", nil), ("1.2.3", nil), ("5.", nil),
        ]
        for (printed, expected) in cases {
            #expect(TableCell(text: printed).number == expected, "\(printed)")
        }
    }

    @Test func aFactValueIsExactAtEveryScale() {
        #expect(XBRLNumber.value(text: "391,035", format: "ixt:num-dot-decimal", scale: 6, negated: false) == "391035000000")
        #expect(XBRLNumber.value(text: "12.5", format: "ixt:num-dot-decimal", scale: -2, negated: false) == "0.125")
        #expect(XBRLNumber.value(text: "1.234,5", format: "ixt:num-comma-decimal", scale: 3, negated: true) == "-1234500")
        #expect(XBRLNumber.value(text: "—", format: "ixt:fixed-zero", scale: 6, negated: false) == "0")
        #expect(XBRLNumber.value(text: "0", format: nil, scale: 6, negated: true) == "0")
        #expect(XBRLNumber.value(text: "three", format: "ixt-sec:numwordsen", scale: 0, negated: false) == nil)
    }

    @Test func stackedParagraphsInACellAreApartInJSON() throws {
        let table = Table(headerRows: [[TableCell(text: "Title"), TableCell(text: "Symbol")]],
                          bodyRows: [[TableCell([.text("Common Stock"), .lineBreak, .text("Preferred Stock")]), TableCell(text: "ABC")]],
                          alignments: [.left, .left])
        let json = try Self.tableJSON(table)
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 1)
        #expect(paragraphs.first?["row"] as? Int == 1)
        #expect(paragraphs.first?["column"] as? Int == 0)
        #expect(paragraphs.first?["paragraphs"] as? [String] == ["Common Stock", "Preferred Stock"])
    }

    @Test func jsonGivesNumbersInTheShapeOfRowsAndFactsByCell() throws {
        let html = Self.document("""
            <table><tr><td></td><td></td><td>2024</td></tr>
            <tr><td>Net sales</td><td>$</td><td>\(Self.fact("us-gaap:Revenues", "fy24-products", "391,035"))</td></tr>
            <tr><td>Other</td><td>$</td><td>(\(Self.fact("us-gaap:Other", "end24", "2", extra: " sign=\"-\"")))</td></tr></table>
            """)
        let block = try #require(try Self.blocksJSON(html).first { $0["type"] as? String == "table" })
        let numbers = try #require(block["numbers"] as? [[Any]])
        #expect(numbers.count == 3)
        #expect(numbers[0].allSatisfy { $0 is NSNull })
        #expect((numbers[1][1] as? NSNumber)?.intValue == 391035)
        #expect((numbers[2][1] as? NSNumber)?.intValue == -2)
        let facts = try #require(block["facts"] as? [[String: Any]])
        #expect(facts.count == 2)
        let first = facts[0]
        #expect(first["row"] as? Int == 1 && first["column"] as? Int == 1)
        #expect(first["concept"] as? String == "us-gaap:Revenues")
        #expect(first["period"] as? [String: String] == ["start": "2023-10-01", "end": "2024-09-28"])
        #expect(first["dimensions"] as? [String: String] == ["srt:ProductOrServiceAxis": "us-gaap:ProductMember",
                                                             "us-gaap:StartDateAxis": "2024-09-29"])
        #expect(first["unit"] as? String == "USD")
        #expect(first["decimals"] as? Int == -6)
        #expect(first["scale"] as? Int == 6)
        #expect(first["sign"] is NSNull)
        #expect((first["value"] as? NSNumber)?.int64Value == 391_035_000_000)
        #expect(facts[1]["period"] as? [String: String] == ["instant": "2024-09-28"])
        #expect(facts[1]["sign"] as? String == "-")
    }

    @Test func factsLeaveMarkdownAndPlainTextAsTheyWere() {
        let withFacts = Self.document("""
            <table><tr><td></td><td>2024</td></tr>
            <tr><td>Net sales</td><td>$\(Self.fact("us-gaap:Revenues", "fy24", "391,035"))</td></tr>
            <tr><td>Other</td><td>(\(Self.fact("us-gaap:Other", "fy24", "2")))</td></tr></table>
            """)
        let plain = Self.document("""
            <table><tr><td></td><td>2024</td></tr>
            <tr><td>Net sales</td><td>$<span>391,035</span></td></tr>
            <tr><td>Other</td><td>(<span>2</span>)</td></tr></table>
            """)
        #expect(convert(withFacts) == convert(plain))
        #expect(convert(withFacts, .text) == convert(plain, .text))
    }

    /// The issue's bar: on apple-10k-2024, every inline XBRL number in a table cell carries its
    /// concept and period. The source is scanned here tag by tag, apart from the converter.
    @Test func everyTaggedNumberInAppleTenKTableCellsCarriesItsConceptAndPeriod() throws {
        let path = CommandLineTests.packageRoot + "/Golden/apple-10k-2024/input.htm"
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let source = Self.cellFacts(in: bytes)
        #expect(source.count > 800)
        let document = try #require(Converter().documents(bytes).first)
        var carried: [String: Int] = [:]
        for block in document.body.blocks {
            guard case .table(let table) = block.content else { continue }
            for row in table.rows {
                for cell in row {
                    for fact in cell.facts where fact.isNumeric && fact.period != nil {
                        #expect(fact.text.isEmpty || cell.plainText.contains(fact.text), "\(fact.concept) \(fact.text) in \(cell.plainText)")
                        carried["\(fact.concept) \(fact.contextID) \(fact.text)", default: 0] += 1
                    }
                }
            }
        }
        var missing: [String] = []
        for key in source {
            if let n = carried[key], n > 0 { carried[key] = n - 1 } else { missing.append(key) }
        }
        #expect(missing.isEmpty, "\(missing.count) of \(source.count) not carried: \(missing.prefix(5))")
    }

    /// Numeric character references (`&#8212;`) and `&nbsp;` decoded, as the text of a figure needs.
    static func decoded(_ s: String) -> String {
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            if let semi = after.firstIndex(of: ";"), after.hasPrefix("&#"), let code = UInt32(after[after.index(amp, offsetBy: 2)..<semi]),
               let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar == "\u{A0}" ? " " : scalar)
                rest = after[after.index(after: semi)...]
            } else if after.hasPrefix("&nbsp;") {
                out += " "
                rest = after.dropFirst(6)
            } else {
                out += "&"
                rest = after.dropFirst()
            }
        }
        return out + rest
    }

    /// `concept context text` of every `ix:nonFraction` inside a `<td>` or `<th>`, outside the
    /// `ix:header`, of a well-formed (XHTML) inline XBRL document.
    static func cellFacts(in bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [String] = []
        var cellDepth = 0
        var inHeader = false
        var open: [(key: String, text: String)] = []
        var rest = text[...]
        while let lt = rest.firstIndex(of: "<") {
            let between = rest[..<lt]
            for k in open.indices { open[k].text += between }
            guard let gt = rest[lt...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            let closing = tag.hasPrefix("/")
            let name = (closing ? tag.dropFirst() : tag).prefix { $0 != " " && $0 != "/" }.lowercased()
            let selfClosing = tag.hasSuffix("/")
            switch name {
            case "td", "th": if !selfClosing { cellDepth += closing ? -1 : 1 }
            case "ix:header": inHeader = !closing
            case "ix:nonfraction":
                if closing, let fact = open.popLast() {
                    if !fact.key.isEmpty { out.append(fact.key + " " + decoded(fact.text).split(separator: " ").joined(separator: " ")) }
                } else if !closing {
                    func attribute(_ a: String) -> String {
                        guard let r = tag.range(of: " \(a)=\"") else { return "" }
                        return String(tag[r.upperBound...].prefix { $0 != "\"" })
                    }
                    open.append((cellDepth > 0 && !inHeader ? attribute("name") + " " + attribute("contextRef") : "", ""))
                }
            default: break
            }
        }
        return out
    }

    // MARK: helpers

    static func blocksJSON(_ html: String) throws -> [[String: Any]] {
        let out = convert(html, .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        return try #require(documents.first?["blocks"] as? [[String: Any]])
    }

    static func tableJSON(_ table: Table) throws -> [String: Any] {
        var writer = JSONWriter(options: ConversionOptions(), lines: false)
        var out: [UInt8] = []
        writer.table(table, of: Block(.table(table)), into: &out)
        return try #require(try JSONSerialization.jsonObject(with: Data(out)) as? [String: Any])
    }
}
