import Testing
@testable import Filingdown

@Suite struct VisibilityTests {
    @Test func hiddenContentNeverReachesTheOutput() {
        let md = convert("""
        <html><head><title>T</title><style>p{font-family:x}</style><script>var a=1;</script></head>
        <body><div style="display:none"><ix:header><ix:hidden>us-gaap:Revenue 0000320193</ix:hidden></ix:header></div>
        <p>Visible text.</p><p hidden>secret</p><ix:header>dei:Fact</ix:header></body></html>
        """)
        #expect(md == "Visible text.\n\n")
    }

    private func withoutHeader(_ html: String) -> String? {
        Array(html.utf8).withUnsafeBytes { Preflight($0, encoding: .utf8).copy }.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("inline XBRL headers are cut from the bytes before libxml2 parses them")
    func inlineXBRLHeaderIsCutBeforeParsing() {
        #expect(withoutHeader("a<ix:header x=\"1\"><ix:hidden>H</ix:hidden></ix:header>b<ix:header>c</ix:header>d") == "abd")
        #expect(convert("<p>Before</p><div style=\"display:none\"><ix:header><ix:resources>ctx</ix:resources></ix:header></div><p>After</p>")
            == "Before\n\nAfter\n\n")
    }

    @Test("a name that only begins like ix:header, or a header that never closes, is left to the parser")
    func lookalikeOrUnclosedHeaderIsLeftAlone() {
        #expect(withoutHeader("<ix:headerless>t</ix:headerless>") == nil)
        #expect(withoutHeader("<p>A</p><ix:header>never closed") == nil)
        #expect(convert("<p>A</p><ix:header><p>B</p>") == "A\n\n")
    }

    @Test func inlineXBRLIsUnwrappedKeepingTheTextAround() {
        let md = convert("<p>Revenue was $<ix:nonFraction name=\"us-gaap:Revenue\">95.2</ix:nonFraction> billion in <ix:nonNumeric>2024</ix:nonNumeric>.</p>")
        #expect(md == "Revenue was $95.2 billion in 2024.\n\n")
    }
}

@Suite struct JoinTests {
    @Test func wordsInDifferentTagsKeepTheirSpace() {
        #expect(convert("<p><font>On</font> <font>March 8</font>\n<font>, 2017</font> we</p>") == "On March 8, 2017 we\n\n")
    }

    @Test func noSpaceIsAddedAfterAnOpeningParenthesisOrDollarAtATagEdge() {
        #expect(convert("<p>(<span> 565 </span>) and $ <span>391,035</span></p>") == "(565) and $391,035\n\n")
    }

    @Test func spacesInsideOneTextRunAreKept() {
        #expect(convert("<p>at the - market</p>") == "at the - market\n\n")
    }

    @Test func whiteSpaceRunsCollapse() {
        #expect(convert("<p>a \n\t  b&nbsp;&nbsp;c</p>") == "a b c\n\n")
    }

    @Test func inlineDisplayedBlocksDoNotBreakTheParagraph() {
        #expect(convert("<div>at $<div style=\"display:inline;\"><ix:nonFraction>5.22</ix:nonFraction></div> per share</div>") == "at $5.22 per share\n\n")
    }

    @Test func superscriptFootnoteMarkersStayAttached() {
        #expect(convert("<p>Services<sup>(1)</sup> grew</p>") == "Services⁽¹⁾ grew\n\n")
    }
}

@Suite struct DecodingTests {
    @Test func windows1252ReferencesMeanWhatTheFilerMeant() {
        #expect(convert("<p>Apple&#146;s &#147;best&#148; year &#151; ever</p>") == "Apple’s “best” year — ever\n\n")
    }

    @Test func softHyphensAndZeroWidthCharactersAreRemoved() {
        #expect(convert("<p>ac&shy;count&#8203;ing</p>") == "accounting\n\n")
    }

    @Test func invalidUTF8IsReadAsWindows1252() {
        var bytes = Array("<p>Apple".utf8)
        bytes.append(0x92)
        bytes += Array("s year</p>".utf8)
        let out = String(decoding: Converter().convert(bytes).output, as: UTF8.self)
        #expect(out == "Apple’s year\n\n")
    }

    @Test func anUnterminatedCommentDoesNotSwallowTheDocument() {
        let md = convert("<html><body><!--DOCTYPE html PUBLIC\n<p>First paragraph.</p><p>Second.</p></body></html>")
        #expect(md.contains("First paragraph."))
        #expect(md.contains("Second."))
    }
}

@Suite struct HeadingTests {
    @Test func boldStandaloneLinesAreHeadings() {
        let md = convert("<p>Body text that runs on for a while in a normal paragraph.</p><p style=\"font-weight:700\">Liquidity and Capital Resources</p><p>More body text here.</p>")
        #expect(md.contains("#### Liquidity and Capital Resources\n"))
    }

    @Test func headingsNeedARealWord() {
        let md = convert("<p>Text before.</p><p><b>or</b></p><p><b>(a)</b></p><p><b>•</b></p><p><b>SM</b></p><p><b>2024</b></p>")
        #expect(!md.contains("#"))
    }

    @Test func partsAndItemsHaveFixedLevels() {
        let md = convert("<p><b>PART I</b></p><p><b>Item 1A. Risk Factors</b></p><p>Our business is risky.</p><p><b>Item 2. Properties</b></p><p>We own buildings.</p>")
        #expect(md.contains("## PART I\n"))
        #expect(md.contains("### Item 1A. Risk Factors\n"))
        #expect(md.contains("### Item 2. Properties\n"))
    }

    @Test func itemsInATableOfContentsAreNotHeadings() {
        let contents = "<p><b>Item 1. Business</b></p><p><b>Item 1A. Risk Factors</b></p><p><b>Item 2. Properties</b></p>"
        let body = "<p><b>Item 1. Business</b></p><p>We sell.</p><p><b>Item 1A. Risk Factors</b></p><p>Risks.</p><p><b>Item 2. Properties</b></p><p>Land.</p>"
        let md = convert(contents + body)
        #expect(md.hasPrefix("**Item 1. Business**\n\n**Item 1A. Risk Factors**\n\n**Item 2. Properties**\n\n### Item 1. Business\n"))
    }

    @Test func anItemCaptionLaidOutAsAOneRowTableIsAHeading() {
        let md = convert("<table><tr><td><b>ITEM 7.01</b></td><td><b>REGULATION FD DISCLOSURE</b></td></tr></table><p>On March 8 we issued a press release.</p>")
        #expect(md.hasPrefix("### ITEM 7.01 REGULATION FD DISCLOSURE\n"))
    }

    @Test func aPlainTypeItemCaptionWithATitleCaseTitleIsAHeading() {
        // P&G's 10-K for 2025: label in plain type, the long title underlined, no bold anywhere.
        let md = convert("<p>Item 5. <u>Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities.</u></p><p>Our shares trade on the NYSE.</p>")
        #expect(md.hasPrefix("### Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities.\n"))
    }

    @Test func anItemLabelFollowedByASentenceIsNotAHeading() {
        let md = convert("<p>Item 7. The information required by this item is incorporated herein by reference to our proxy statement.</p>")
        #expect(!md.contains("#"))
    }

    @Test func aCrossReferenceInRunningTextIsNotAHeading() {
        let md = convert("<p>See Item 1A, Risk Factors, of this report for a discussion of the risks that we face in our business.</p>")
        #expect(!md.contains("#"))
    }
}

@Suite struct PageTests {
    @Test func cssPageBreaksBecomeThematicBreaksWithThePageNumber() {
        let md = convert("<p>Page one text.</p><p align=center>17</p><div style=\"page-break-after:always\"></div><p>Page two text.</p>")
        #expect(md == "Page one text.\n\n<!-- page 17 -->\n\n---\n\nPage two text.\n\n")
    }

    @Test func pageNumbersInTheirUsualFormsAreRecognised() {
        for label in ["17", "iv", "F-12", "Page 3", "Page 3 of 40", "- 3 -", "A-1"] {
            #expect(PageFurniture.isPageNumber(label), "\(label)")
        }
        for text in ["2024 Annual Report", "Item 1", "1,234", "Total"] {
            #expect(!PageFurniture.isPageNumber(text), "\(text)")
        }
    }

    @Test func runningFootersThatRepeatOnEveryPageAreRemoved() {
        var html = ""
        for word in ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"] {
            html += "<p>\(word) is what this page is about.</p><p>Acme Corp. | 2024 Form 10-K | \(word.count)</p><hr style=\"page-break-after:always\">"
        }
        let md = convert(html)
        #expect(!md.contains("Acme Corp."))
        #expect(md.contains("Zeta is what this page is about."))
    }

    @Test func textThatIsNotFurnitureIsKept() {
        let md = convert("<p>Acme Corp. | 2024 Form 10-K</p><p>Body.</p><div style=\"page-break-before:always\"></div><p>Next page.</p>")
        #expect(md.contains("Acme Corp."))
    }

    /// 50 pages of the same two short paragraphs used to convert to a lone `---`.
    @Test func linesThatCarryMostOfAPageAreNeverRunningHeaders() {
        let page = "<p>Notice of meeting</p><p>Vote by mail or online.</p><div style=\"page-break-after:always\"></div>"
        let md = convert(String(repeating: page, count: 50))
        #expect(md.components(separatedBy: "Notice of meeting").count - 1 == 50)
        #expect(md.components(separatedBy: "Vote by mail or online.").count - 1 == 50)
    }

    @Test func backLinksToTheContentsAreRemoved() {
        let md = convert("<p><a href=\"#toc\">Table of Contents</a></p><p>Body one.</p><div style=\"page-break-before:always\"></div><p><a href=\"#toc\">Table of Contents</a></p><p>Body two.</p>")
        #expect(!md.contains("Table of Contents"))
    }

    @Test func pageBreakClassesFromAStyleSheetCount() {
        let md = convert("<html><head><style>.pb { page-break-before: always }</style></head><body><p>One.</p><div class=\"pb\"><p>Two.</p></div></body></html>")
        #expect(md == "One.\n\n---\n\nTwo.\n\n")
    }

    @Test("a page-break class counts among other classes, in any case, from any style block")
    func pageBreakClassAmongOthers() {
        let md = convert("""
        <html><head><style>.x { color: red }</style><style>p.PB-After { page-break-after: always }</style></head>
        <body><p class="lead pb-after">One.</p><p class="pb-afterword">Two.</p><p>Three.</p></body></html>
        """)
        #expect(md == "One.\n\n---\n\nTwo.\n\nThree.\n\n")
    }
}

@Suite struct ListTests {
    @Test func htmlListsBecomeLists() {
        #expect(convert("<ul><li>First</li><li>Second</li></ul>") == "- First\n- Second\n\n")
        #expect(convert("<ol><li>First</li><li>Second</li></ol>") == "1. First\n2. Second\n\n")
    }

    @Test func bulletParagraphsAndFloatedBulletsBecomeLists() {
        #expect(convert("<p>• First point</p><p>• Second point</p>") == "- First point\n- Second point\n\n")
        #expect(convert("<div style=\"float:left\">•</div><div>First point</div><div style=\"float:left\">•</div><div>Second</div>") == "- First point\n- Second\n\n")
    }

    @Test func twoColumnBulletTablesBecomeLists() {
        let md = convert("<table><tr><td>●</td><td>First risk;</td></tr><tr><td>●</td><td>Second risk.</td></tr></table>")
        #expect(md == "- First risk;\n- Second risk.\n\n")
    }
}

@Suite struct InlineTests {
    @Test func externalLinksKeepTheirTargetAndInternalOnesDoNot() {
        #expect(convert("<p>See <a href=\"https://www.sec.gov/\">the SEC</a> and <a href=\"#note3\">Note 3</a>.</p>") == "See [the SEC](https://www.sec.gov/) and Note 3.\n\n")
    }

    @Test func imagesKeepAltTextAndSource() {
        #expect(convert("<p>x</p><img src=\"logo.jpg\" alt=\"Acme logo\">") == "x\n\n![Acme logo](logo.jpg)\n\n")
    }

    @Test func boldAndItalicComeFromTagsAndCSS() {
        #expect(convert("<p>A <b>bold</b> and <span style=\"font-style:italic\">slanted</span> word.</p>") == "A **bold** and *slanted* word.\n\n")
    }

    @Test func lineBreaksAreHardBreaks() {
        #expect(convert("<p>One<br>Two</p>") == "One\\\nTwo\n\n")
    }
}

@Suite struct DepthTests {
    @Test func a100000DeepTreeConvertsWithoutRecursion() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        #expect(convert(html) == "deep\n\n")
    }
}

@Suite struct AttributeLimitTests {
    /// The HTML with the cuts made; nil when there are none.
    func limited(_ html: String) -> String? {
        var bytes = Array(html.utf8)
        let cuts = bytes.withUnsafeBytes { AttributeLimit.cuts(in: $0) }
        guard !cuts.isEmpty else { return nil }
        for cut in cuts.reversed() { bytes.removeSubrange(cut) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func tagsWithinTheLimitAreLeftAlone() {
        let tag = "<td " + (0..<AttributeLimit.maxPerTag).map { "a\($0)=\"1\"" }.joined(separator: " ") + ">x</td>"
        #expect(limited("<table><tr>" + tag + "</tr></table>") == nil)
    }

    @Test func attributesPastTheLimitAreCutUpToTheTagEnd() {
        let kept = (0..<AttributeLimit.maxPerTag).map { "k\($0)='v>w'" }.joined(separator: " ")
        let html = "<!-- <p " + String(repeating: "c ", count: 100) + "> --><p " + kept + " cut1 cut2=\"a > b\" cut3>text</p>"
        #expect(limited(html) == "<!-- <p " + String(repeating: "c ", count: 100) + "> --><p " + kept + " >text</p>")
    }

    @Test func scriptTextIsNotReadAsTags() {
        let script = "<script>var s = '<p " + String(repeating: "x ", count: 100) + ">';</script>"
        #expect(limited(script + "<p>ok</p>") == nil)
    }
}

@Suite struct LongTextTests {
    /// The draft builder hands a text node on in pieces of about `DraftBuilder.maxPendingText`
    /// bytes, cut after a space: the paragraph is the same as if it came whole.
    @Test func aTextNodeHandedOnInPiecesMakesTheSameParagraph() {
        let words = (0..<400_000).map { $0 % 7 == 0 ? "(\($0))" : $0 % 5 == 0 ? "$\($0)," : "w\($0)" }
        let body = words.joined(separator: " ")
        #expect(body.utf8.count > 3 * DraftBuilder.maxPendingText)
        let text = convert("<p>" + body + "</p>", .text, columns: 0)
        #expect(text == body + "\n\n")
    }
}
