import Testing
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
                    p.styles.values.map { String(decoding: $0.dropLast(), as: UTF8.self) })
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
