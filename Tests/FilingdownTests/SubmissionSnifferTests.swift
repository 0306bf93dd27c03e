import Testing
@testable import Filingdown

/// What a document really is, decided from its bytes after EDGAR's inner wrapper.
@Suite struct SubmissionSnifferTests {
    static func sniff(_ text: String, type: String? = nil) -> (DocumentKind, String) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { buf in
            let r = DocumentSniffer.sniff(buf, type: type)
            return (r.kind, String(decoding: bytes[r.content], as: UTF8.self))
        }
    }

    @Test("kinds", arguments: [
        ("<html><body><p>x</p></body></html>", DocumentKind.html),
        ("<HTML>\n<HEAD><TITLE>EX-1.1</TITLE></HEAD>", .html),
        ("<P STYLE=\"margin:0\">Text</P>", .html),
        ("<XBRL>\n<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"x\"><body/></html>\n</XBRL>", .html),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x\">\n<html>", .html),
        ("<XML>\n<?xml version=\"1.0\"?>\n<ownershipDocument><documentType>4</documentType></ownershipDocument>\n</XML>", .xml),
        ("<ownershipDocument>\n<documentType>4</documentType>\n</ownershipDocument>", .xml),
        ("<?xml version='1.0'?>\n<FilingSummary><HtmlFileName>R1.htm</HtmlFileName></FilingSummary>", .xml),
        ("<XBRL>\n<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>\n</XBRL>", .xml),
        ("<?xml version=\"1.0\"?>\n<!-- generated -->\n<xbrli:xbrl xmlns:xbrli=\"x\"/>", .xml),
        ("begin 644 logo.jpg\nM_]C_X\n`\nend\n", .binary),
        ("<PDF>\nbegin 644 letter.pdf\nM)5!$1\n`\nend\n</PDF>", .binary),
        ("%PDF-1.4 raw", .binary),
        ("\n\n<PAGE>   1\n        ANNUAL REPORT\n<TABLE>\n<S>     <C>\n", .text),
        ("<TABLE> <S> <C>\n<ARTICLE> 5\n<MULTIPLIER> 1,000,000\n", .text),
        ("<PRE>\n     Column one     Column two\n</PRE>\n", .text),
        ("Dear Sir:\n\nPlease find enclosed.\n", .text),
        ("{\n \"instance\": {}\n}", .text),
        ("/* css */ .report { color: red }", .text),
    ])
    func kinds(_ text: String, _ kind: DocumentKind) {
        #expect(Self.sniff(text).0 == kind)
    }

    @Test("the TYPE does not decide the kind")
    func typeIgnored() {
        #expect(Self.sniff("<html><body>x</body></html>", type: "GRAPHIC").0 == .html)
        #expect(Self.sniff("plain words", type: "EX-101.INS").0 == .text)
    }

    @Test("inner wrappers are peeled off the content")
    func wrapperContent() {
        let (kind, content) = Self.sniff("\n<XML>\n<?xml version=\"1.0\"?>\n<a/>\n</XML>\n")
        #expect(kind == .xml)
        #expect(content == "<?xml version=\"1.0\"?>\n<a/>")
        let (_, pdf) = Self.sniff("<PDF>\nbegin 644 x\nend\n</PDF>\n")
        #expect(pdf == "begin 644 x\nend")
    }

    @Test("a wrapper cut off before its closing tag runs to the end")
    func unclosedWrapper() {
        let (kind, content) = Self.sniff("<XML>\n<?xml version=\"1.0\"?>\n<edgarSubmission>")
        #expect(kind == .xml)
        #expect(content == "<?xml version=\"1.0\"?>\n<edgarSubmission>")
    }

    @Test("NUL bytes mean binary")
    func nulBytes() {
        let bytes: [UInt8] = [0x47, 0x49, 0x46, 0x00, 0x01, 0x02]
        #expect(bytes.withUnsafeBytes { DocumentSniffer.kind(of: $0, type: nil) } == .binary)
    }

    @Test("the probe reads past comments and doctype to the root element")
    func probe() {
        let text = "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE x [ <!ENTITY a \"b\"> ]>\n<link:linkbase xmlns:link=\"l\">"
        let probe = Array(text.utf8).withUnsafeBytes { MarkupProbe($0) }
        #expect(probe.hasProlog)
        #expect(probe.root == "link:linkbase")
        #expect(probe.localRoot == "linkbase")
        #expect(probe.rootHasNamespace)
        #expect(!probe.isHTMLRoot)
    }
}
