import Testing
@testable import Filingdown

/// The draft builder driven by hand-made events, with no libxml2: what a parser would report
/// for `<p>Hello <b>world</b></p><table><tr><td>1</td></tr></table>` and where.
@Suite struct DraftBuilderEventTests {
    /// Feeds events to a builder the way the SAX layer does; offsets are what the test says.
    struct Events {
        var builder = DraftBuilder()

        mutating func start(_ name: String, _ attributes: [String] = [], at offset: Int) {
            var cName = Array(name.utf8) + [0]
            var storage = attributes.map { Array($0.utf8) + [0] }
            cName.withUnsafeMutableBufferPointer { n in
                let pointers = storage.indices.map { i in storage[i].withUnsafeMutableBufferPointer { UnsafePointer($0.baseAddress!) } }
                var list: [UnsafePointer<UInt8>?] = pointers + [nil]
                list.withUnsafeMutableBufferPointer { l in
                    builder.startElement(UnsafePointer(n.baseAddress!), attributes: attributes.isEmpty ? nil : UnsafePointer(l.baseAddress!),
                                         offset: offset)
                }
            }
            _ = storage.count
        }

        mutating func text(_ s: String, endingAt offset: Int) {
            Array(s.utf8).withUnsafeBufferPointer { builder.characters($0, offset: offset) }
        }

        mutating func end(at offset: Int) { builder.endElement(offset: offset) }
    }

    @Test("a paragraph's source runs from the end of the tag before its text to the end of its text")
    func paragraphSourceFromEvents() {
        var e = Events()
        // <p>Hello <b>world</b></p>
        // 0  3     9  12   17  21  25
        e.start("p", at: 3)
        e.text("Hello ", endingAt: 9)
        e.start("b", at: 12)
        e.text("world", endingAt: 17)
        e.end(at: 21)
        e.end(at: 25)
        e.builder.endDocument(offset: 25)
        let drafts = e.builder.finish()
        #expect(drafts.count == 1)
        guard case .paragraph(let p)? = drafts.first else { Issue.record("no paragraph"); return }
        #expect(p.text == "Hello world")
        #expect(p.inlines.contains { if case .strong = $0 { return true } else { return false } })
        #expect(p.source == 3..<17)
    }

    @Test("a table's source covers its cells; a cell's paragraph keeps its own")
    func tableSourceFromEvents() {
        var e = Events()
        // <table><tr><td>1</td></tr></table>
        e.start("table", at: 7)
        e.start("tr", at: 11)
        e.start("td", at: 15)
        e.text("1", endingAt: 16)
        e.end(at: 21)
        e.end(at: 26)
        e.end(at: 34)
        let drafts = e.builder.finish()
        guard case .table(let t)? = drafts.first else { Issue.record("no table"); return }
        #expect(t.source == 7..<26)
        guard case .paragraph(let p)? = t.rows.first?.first?.content.first else { Issue.record("no cell paragraph"); return }
        #expect(p.source == 15..<16)
    }

    @Test("a preflight marker element becomes the omitted document it names")
    func omittedMarkerFromEvents() {
        var e = Events()
        e.builder.omitted = [OmittedDocument(filename: "logo.gif", type: "", size: 120, encoding: "uuencode", reason: .embeddedEncoding)]
        e.start(Preflight.omittedElement, ["i", "0"], at: 30)
        e.end(at: 39)
        let drafts = e.builder.finish()
        guard case .settled(let block)? = drafts.first, case .omitted(let o) = block.content else { Issue.record("no omitted block"); return }
        #expect(o.filename == "logo.gif")
    }
}
