import Testing
@testable import Filingdown

@Suite struct SectionTests {
    static let tenK = """
    <p><b>TABLE OF CONTENTS</b></p>
    <p><b>Item 1. Business</b></p><p><b>Item 1A. Risk Factors</b></p><p><b>Item 2. Properties</b></p>
    <p style="page-break-before:always"><b>PART I</b></p>
    <p><b>Item 1. Business</b></p><p>We make things. See Item 1A, Risk Factors, for risks.</p>
    <p><b>Item 1A. Risk Factors</b></p><p>Our business is risky.</p><p>More risks.</p>
    <p align=center>7</p><div style="page-break-after:always"></div>
    <p><b>Item 2. Properties</b></p><p>We own buildings.</p>
    <p><b>PART II</b></p><p><b>Item 5. Market</b></p><p>Our shares trade.</p>
    <p><b>SIGNATURES</b></p><p>Signed.</p>
    """

    @Test func theOutlineListsTheBodyItemsNotTheContents() {
        let entries = OutlineBuilder.outline(of: Converter().documents(Array(SectionTests.tenK.utf8))[0].body)
        #expect(entries.map(\.label) == ["Part I", "Item 1", "Item 1A", "Item 2", "Part II", "Item 5", "Signatures"])
        #expect(entries.map(\.part) == [nil, "I", "I", "I", nil, "II", nil])
        #expect(entries[2].title == "Risk Factors")
        #expect(entries[2].page == "7")
    }

    @Test func aSectionStartsAtItsHeadingAndEndsBeforeTheNextItem() {
        var options = ConversionOptions()
        options.frontMatter = false
        options.sections = SectionSpec.parse("1A")!
        let md = String(decoding: Converter(options: options).convert(Array(SectionTests.tenK.utf8)).output, as: UTF8.self)
        #expect(md == "### Item 1A. Risk Factors\n\nOur business is risky.\n\nMore risks.\n\n")
    }

    @Test func theLastItemEndsAtTheSignatures() {
        var options = ConversionOptions()
        options.sections = SectionSpec.parse("Part II Item 5")!
        let md = String(decoding: Converter(options: options).convert(Array(SectionTests.tenK.utf8)).output, as: UTF8.self)
        #expect(md == "### Item 5. Market\n\nOur shares trade.\n\n")
    }

    @Test func thePartEndsAtTheSignaturesAndTheMarkdownSaysSoAtPartLevel() {
        let document = Converter().documents(Array(SectionTests.tenK.utf8))[0].body
        let entries = OutlineBuilder.outline(of: document)
        #expect(entries[4].label == "Part II" && entries[4].end == entries[6].start)
        #expect(entries[6].end.block == document.blocks.count)
        var options = ConversionOptions()
        options.frontMatter = false
        let md = String(decoding: Converter(options: options).convert(Array(SectionTests.tenK.utf8)).output, as: UTF8.self)
        #expect(md.hasSuffix("### Item 5. Market\n\nOur shares trade.\n\n## SIGNATURES\n\nSigned.\n\n"))
    }

    @Test func specsNameItemsAndParts() {
        #expect(SectionSpec.parse("1A") == [SectionSpec(part: nil, item: "1A")])
        #expect(SectionSpec.parse("Item 7") == [SectionSpec(part: nil, item: "7")])
        #expect(SectionSpec.parse("7,7A") == [SectionSpec(part: nil, item: "7"), SectionSpec(part: nil, item: "7A")])
        #expect(SectionSpec.parse("Part II Item 1A") == [SectionSpec(part: "II", item: "1A")])
        #expect(SectionSpec.parse("part ii") == [SectionSpec(part: "II", item: nil)])
        #expect(SectionSpec.parse("5.02") == [SectionSpec(part: nil, item: "5.02")])
        #expect(SectionSpec.parse("Risk Factors") == nil)
    }

    @Test func itemLabelsAreNormalised() {
        #expect(ItemLabel.itemNumber("1a.") == "1A")
        #expect(ItemLabel.itemNumber("9A(T).") == "9A")
        #expect(ItemLabel.itemNumber("16.A.") == "16A")
        #expect(ItemLabel.itemNumber("7.01") == "7.01")
        #expect(ItemLabel.itemNumber("1999") == nil)
    }

    @Test func plainTextFilingsHaveAnOutlineToo() {
        let text = """
        <DOCUMENT>
        <TYPE>10-Q
        <TEXT>
                            PART I. FINANCIAL INFORMATION

        Item 1.   Financial Statements

            The statements follow.

        Item 2.   Management's Discussion and Analysis

            Revenue rose. See Item 1 above.
        </TEXT>
        </DOCUMENT>
        """
        let entries = Converter().outline(Array(text.utf8))[0].entries
        #expect(entries.map(\.label) == ["Part I", "Item 1", "Item 2"])
        var options = ConversionOptions()
        options.format = .text
        options.frontMatter = false
        options.sections = SectionSpec.parse("2")!
        let out = String(decoding: Converter(options: options).convert(Array(text.utf8)).output, as: UTF8.self)
        #expect(out.contains("Item 2.   Management's Discussion and Analysis"))
        #expect(!out.contains("The statements follow."))
    }

    @Test func anItemRunOfTheBodyIsNotMistakenForContents() {
        let md = convert("<p><b>ITEM 4. RESERVED.</b></p><p><b>PART II</b></p><p><b>ITEM 5. MARKET</b></p><p>Shares.</p>")
        #expect(md.contains("### ITEM 4. RESERVED."))
        #expect(md.contains("## PART II"))
    }
}

/// For every 8-K among the golden cases, the outline holds each Item the header's ITEM
/// INFORMATION lines name (by today's numbers, 1.01–9.01, or the pre-2004 ones, 1–12).
@Suite struct EightKOutlineTests {
    static let numbers: [String: [String]] = [
        "entry into a material definitive agreement": ["1.01"], "termination of a material definitive agreement": ["1.02"],
        "completion of acquisition or disposition of assets": ["2.01"], "results of operations and financial condition": ["2.02", "12"],
        "creation of a direct financial obligation": ["2.03"], "unregistered sales of equity securities": ["3.02"],
        "material modification to rights of security holders": ["3.03"], "changes in registrant's certifying accountant": ["4.01", "4"],
        "departure of directors or certain officers": ["5.02"], "amendments to articles of incorporation or bylaws": ["5.03"],
        "submission of matters to a vote of security holders": ["5.07"], "regulation fd disclosure": ["7.01", "9"],
        "other events": ["8.01", "5"], "financial statements and exhibits": ["9.01", "7"],
    ]

    static func numbers(for name: String) -> [String]? {
        let n = name.lowercased()
        if let exact = numbers[n] { return exact }
        return numbers.first { n.hasPrefix($0.key) }?.value
    }

    /// Real filings only: the hand-written submission's header names an Item its body leaves out.
    @Test("an 8-K outline lists the Items its header names", arguments: GoldenCase.all.filter { !$0.name.contains("handwritten") })
    func eightKOutlineListsTheHeaderItems(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        let header = bytes.withUnsafeBytes { SubmissionReader($0).header }
        guard let header, header.formType?.hasPrefix("8-K") == true, !header.items.isEmpty else { return }
        let found = Set(Converter().outline(bytes).first?.entries.map(\.number) ?? [])
        for item in header.items {
            let expected = item.allSatisfy(\.isNumber) ? [item] : (EightKOutlineTests.numbers(for: item) ?? [])
            #expect(!expected.isEmpty, "\(golden.name): no number known for header item '\(item)'")
            #expect(expected.contains(where: found.contains), "\(golden.name): header item '\(item)' not in the outline \(found.sorted())")
        }
    }
}
