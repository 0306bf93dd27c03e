import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Filingdown

/// The preflight hands libxml2 each long `style` value as an index (`fdstyle="N"`) and the
/// builder reads the value back: what libxml2 would have parsed a character at a time.
@Suite struct InternedStyleTests {
    static let bold = "font-weight:bold;font-family:'Times New Roman'"
    static let plain = "font-weight:normal;font-family:Arial"

    static func copy(_ html: String) -> (copy: String?, values: [String]) {
        Array(html.utf8).withUnsafeBytes { bytes in
            let p = Preflight(bytes, encoding: .utf8)
            return (p.copy.map { String(decoding: $0, as: UTF8.self) },
                    p.interned.values.map { String(decoding: $0.dropLast(), as: UTF8.self) })
        }
    }

    @Test("a repeated long style value becomes one index, in any case of the attribute name")
    func repeatedValueSharesAnIndex() {
        let html = "<p style=\"\(Self.bold)\">a</p><P STYLE = '\(Self.plain)'>b</P><p style=\"\(Self.bold)\">c</p>"
        let (copy, values) = Self.copy(html)
        #expect(copy == "<p fdstyle=\"0\">a</p><P fdstyle=\"1\">b</P><p fdstyle=\"0\">c</p>")
        #expect(values == [Self.bold, Self.plain])
    }

    @Test("values libxml2 would not read verbatim, short ones and doubled attributes stay in place")
    func unsafeValuesStay() {
        for html in ["<p style=\"font-family:&quot;Arial&quot;;color:red\">a</p>",
                     "<p style=\"font-family:Ar\u{00ED}al;font-weight:bold\">a</p>",
                     "<p style=\"font-weight:\nbold;color:#000000\">a</p>",
                     "<p style=\"bold\">a</p>",
                     "<p style=\"\(Self.bold)\" style=\"\(Self.plain)\">a</p>",
                     "<p style=\"\(Self.bold)>\">a</p>",
                     "<script>x = '<p style=\"\(Self.bold)\">'</script>",
                     "<!-- <p style=\"\(Self.bold)\"> -->"] {
            #expect(Self.copy(html).copy == nil, "\(html)")
        }
    }

    @Test("a document that uses the marker attribute itself keeps all its styles")
    func ownMarkerAttributeTurnsInterningOff() {
        let html = "<p fdstyle=\"7\">a</p><p style=\"\(Self.bold)\">b</p>"
        #expect(Self.copy(html).copy == nil)
        #expect(convert(html) == "a\n\n**b**\n\n")
    }

    @Test("interned styles convert as the attributes did, and blocks still point at their text")
    func convertsAsBefore() {
        let html = "<p style=\"\(Self.bold)\">Bold heading text</p><p style=\"\(Self.plain)\">Body <span style=\"\(Self.bold)\">strong</span> words</p>"
        #expect(convert(html) == "#### Bold heading text\n\nBody **strong** words\n\n")
        let bytes = Array(html.utf8)
        let blocks = Converter().documents(bytes).first?.body.blocks ?? []
        #expect(blocks.count == 2)
        for (block, word) in zip(blocks, ["Bold", "Body"]) {
            guard let s = block.source else { Issue.record("no source"); continue }
            #expect(String(decoding: bytes[s.range], as: UTF8.self).contains(word))
        }
    }
}

/// The preflight removes the attributes the builder never reads, which libxml2 would parse and
/// copy for nothing: an inline XBRL figure's `name`, `contextRef`, `id`… when no fact is read,
/// `valign`, `width`, `nowrap` on any element.
@Suite struct UnreadAttributeTests {
    static func copy(_ html: String, facts: Bool = false) -> String? {
        Array(html.utf8).withUnsafeBytes { Preflight($0, encoding: .utf8, facts: facts).copy }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("a run of unread attributes goes as one cut, read ones stay")
    func unreadAttributesGo() {
        #expect(Self.copy("<td valign=\"top\" width=10% nowrap align=\"right\">x</td>") == "<td align=\"right\">x</td>")
        #expect(Self.copy("<a id='n1' href=\"https://sec.gov/\" name=\"n1\">x</a><br clear=\"all\"/>")
            == "<a  href=\"https://sec.gov/\" >x</a><br />")
    }

    @Test("inline XBRL attributes a fact reads stay while facts are read, long values interned; meta keeps its charset")
    func factsAndMetaKeepTheirs() {
        let fact = "<ix:nonFraction name=\"us-gaap:Revenues\" contextRef=\"c-1\" unitRef=\"usd\">5</ix:nonFraction>"
        #expect(Self.copy(fact, facts: true) == "<ix:nonFraction fdname=\"0\" contextRef=\"c-1\" unitRef=\"usd\">5</ix:nonFraction>")
        #expect(Self.copy(fact, facts: false) == "<ix:nonFraction >5</ix:nonFraction>")
        #expect(Self.copy("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">") == nil)
    }

    @Test("attributes libxml2 might read otherwise than the walk are left in place")
    func doubtfulAttributesStay() {
        for html in ["<td title=\"a<b\">x</td>", "<td 1x=\"y\">x</td>", "<td /valign=\"x\">x</td>",
                     "<td title=\"caf\u{00E9}\">x</td>"] {
            #expect(Self.copy(html) == nil, "\(html)")
        }
    }

    @Test("a document converts the same with its unread attributes, and blocks point at their text")
    func convertsTheSame() {
        let with = "<div id=\"d1\" lang=\"en\"><p id=\"p1\" align=\"center\" data-x=\"1\">Centred words</p>"
            + "<table border=\"1\" cellpadding=\"0\" width=\"100%\"><tr valign=\"top\"><td width=\"50%\" nowrap>Revenue</td>"
            + "<td align=\"right\" width=\"50%\">$ 1,234</td></tr><tr><td>Costs</td><td align=\"right\">(5)</td></tr></table>"
            + "<p id=\"p2\">Closing paragraph</p></div>"
        let without = "<div><p align=\"center\">Centred words</p><table><tr><td>Revenue</td><td align=\"right\">$ 1,234</td></tr>"
            + "<tr><td>Costs</td><td align=\"right\">(5)</td></tr></table><p>Closing paragraph</p></div>"
        #expect(convert(with) == convert(without))
        let bytes = Array(with.utf8)
        let blocks = Converter().documents(bytes).first?.body.blocks ?? []
        for (block, word) in zip(blocks, ["Centred", "Revenue", "Closing"]) {
            guard let s = block.source else { Issue.record("no source"); continue }
            #expect(String(decoding: bytes[s.range], as: UTF8.self).contains(word))
        }
    }
}

/// A fact's long attribute values go to libxml2 as indexes and come back to the fact whole.
@Suite struct InternedFactValueTests {
    @Test("a fact reads its interned name and context as it read the attributes")
    func factReadsInternedValues() throws {
        let tag = "<ix:nonFraction id=\"f-1\" name=\"us-gaap:Revenues\" contextRef=\"c-20230101-20231231\" unitRef=\"usd\" decimals=\"-6\" scale=\"6\" sign=\"-\" format=\"ixt:num-dot-decimal\">"
        let bytes = Array(tag.utf8)
        let preflight = bytes.withUnsafeBytes { Preflight($0, encoding: .utf8, facts: true) }
        let copy = try #require(preflight.copy)
        #expect(String(decoding: copy, as: UTF8.self)
            == "<ix:nonFraction  fdname=\"0\" fdcontextref=\"1\" unitRef=\"usd\" decimals=\"-6\" scale=\"6\" sign=\"-\" fdformat=\"2\">")
        // The attributes as libxml2 hands them over from the copy.
        let names = ["fdname", "fdcontextref", "unitref", "decimals", "scale", "sign", "fdformat"]
        let values = ["0", "1", "usd", "-6", "6", "-", "2"]
        let storage = zip(names, values).flatMap { [strdup($0.0), strdup($0.1)] } + [nil]
        defer { storage.forEach { free($0) } }
        let fact = storage.withUnsafeBufferPointer { list in
            list.withMemoryRebound(to: UnsafePointer<UInt8>?.self) {
                InlineXBRLCatalog.PendingFact(isNumeric: true, attributes: $0.baseAddress, interned: preflight.interned)
            }
        }
        #expect(fact.concept == "us-gaap:Revenues")
        #expect(fact.contextID == "c-20230101-20231231")
        #expect(fact.unitID == "usd")
        #expect(fact.decimals == "-6")
        #expect(fact.scale == 6)
        #expect(fact.negated)
        #expect(fact.format == "ixt:num-dot-decimal")
    }

    @Test("a fact attribute written twice is left as written")
    func repeatedAttributeStays() {
        let tag = "<ix:nonFraction name=\"us-gaap:Revenues\" name=\"us-gaap:CostOfRevenue\">5</ix:nonFraction>"
        #expect(Array(tag.utf8).withUnsafeBytes { Preflight($0, encoding: .utf8, facts: true).copy } == nil)
    }
}
