import FoundationEssentials
import Testing
@testable import Filingdown

@Suite struct MarkdownEscapingTests {
    @Test func ordinaryPunctuationIsNotEscaped() {
        #expect(convert("<p>Apple Inc. reported per-share results (in millions) of 1.5x and 2+2.</p>") == "Apple Inc. reported per-share results (in millions) of 1.5x and 2+2.\n\n")
    }

    @Test func blockStartMarkupIsEscaped() {
        #expect(convert("<p># 1 priority</p>") == "\\# 1 priority\n\n")
        #expect(convert("<p>1. Introduction</p>") == "1\\. Introduction\n\n")
        #expect(convert("<p>- not a list</p>") == "\\- not a list\n\n")
        #expect(convert("<p>&gt; quoted</p>") == "\\> quoted\n\n")
    }

    @Test func inlineMarkupCharactersThatCouldPairAreEscaped() {
        #expect(convert("<p>a*b*c and snake_case and _x_ and `code` and &lt;tag&gt;</p>") == "a\\*b\\*c and snake_case and \\_x\\_ and \\`code\\` and \\<tag>\n\n")
    }

    @Test func twoDollarSignsInOneParagraphAreEscapedAgainstMath() {
        #expect(convert("<p>Sales of $5 and $10.</p>") == "Sales of \\$5 and \\$10.\n\n")
        #expect(convert("<p>Sales of $5 million.</p>") == "Sales of $5 million.\n\n")
    }

    @Test func emphasisIsNeverGluedWhereItCouldNotClose() {
        #expect(convert("<p>word<b>(bold)</b>word</p>") == "word(bold)word\n\n")
        #expect(convert("<p>A<b> bold </b>word</p>") == "A **bold** word\n\n")
    }
}

@Suite struct PlainTextTests {
    @Test func paragraphsWrapAtTheColumnLimitOnWordBoundaries() {
        let text = convert("<p>\(String(repeating: "alpha beta gamma ", count: 20))1,234,567,890</p>", .text, columns: 40)
        for line in text.split(separator: "\n") { #expect(line.count <= 40) }
        #expect(text.contains("1,234,567,890"))
    }

    @Test func zeroColumnsMeansNoWrapping() {
        let long = String(repeating: "word ", count: 50).trimmingASCIISpaces()
        #expect(convert("<p>\(long)</p>", .text, columns: 0) == long + "\n\n")
    }

    @Test func headingsAreUnderlined() {
        #expect(convert("<p><b>PART I</b></p><p>Body text.</p>", .text) == "PART I\n======\n\nBody text.\n\n")
    }

    @Test func pageBreaksAreFormFeedsByDefault() {
        #expect(convert("<p>One.</p><div style=\"page-break-before:always\"><p>Two.</p></div>", .text) == "One.\n\n\u{0C}\n\nTwo.\n\n")
        #expect(convert("<p>One.</p><div style=\"page-break-before:always\"><p>Two.</p></div>", .text, pageBreaks: ConversionOptions.PageBreakStyle.none) == "One.\n\nTwo.\n\n")
    }

    @Test func tablesAreAlignedWithNumbersRightAligned() {
        let text = convert(TableTests.apple, .text)
        let lines = text.split(separator: "\n").map(String.init)
        let products = lines.first { $0.hasPrefix("Products") }!, services = lines.first { $0.hasPrefix("Services") }!
        #expect(products.hasSuffix("$298,085") && services.hasSuffix("85,200"))
        #expect(products.count == services.count)
        #expect(lines.contains { $0.hasPrefix("---") })
    }
}

@Suite struct JSONWriterTests {
    struct Output: Decodable {
        struct Doc: Decodable {
            struct B: Decodable { var type: String; var text: String?; var level: Int?; var rows: [[String]]? }
            var kind: String
            var blocks: [B]
        }
        var schema: String
        var documents: [Doc]
    }

    @Test func jsonParsesAndCarriesEveryBlock() throws {
        let json = convert("<p><b>PART I</b></p><p>Body \"quoted\" text\\.</p>" + TableTests.apple, .json)
        let out = try JSONDecoder().decode(Output.self, from: Data(json.utf8))
        #expect(out.schema == "filingdown/2")
        let b = out.documents[0].blocks
        #expect(b[0].type == "heading" && b[0].level == 2 && b[0].text == "PART I")
        #expect(b[1].text == "Body \"quoted\" text\\.")
        #expect(b[2].type == "table" && b[2].rows?[2][1] == "$294,866")
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControlsAndCopyEverythingElse() {
        #expect(JSONString.quoted("") == "\"\"")
        #expect(JSONString.quoted("it’s “plain” — é") == "\"it’s “plain” — é\"")
        #expect(JSONString.quoted("\"a\\b\"") == "\"\\\"a\\\\b\\\"\"")
        #expect(JSONString.quoted("line\nnext\r\n\tend\u{1}\u{1F}\u{7F}é\u{0}") == "\"line\\nnext\\r\\n\\tend\\u0001\\u001f\\u007fé\\u0000\"")
        #expect(JSONString.quoted("\n") == "\"\\n\"")
        var out: [UInt8] = []
        JSONString.write(nil, into: &out)
        #expect(out == Array("null".utf8))
        // Escapes anywhere in or across the eight-byte words the scan reads at a time.
        let pieces = ["a", "bcdefgh", "é", "’", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", " ", "!", "[", "]", "~", "\u{80}"]
        var state = SeededGenerator(state: 5)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &state)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &state)] }.joined()
            var expected = Array("\"".utf8)
            for u in text.utf8 {
                switch u {
                case 0x22: expected += Array("\\\"".utf8)
                case 0x5C: expected += Array("\\\\".utf8)
                case 0x0A: expected += Array("\\n".utf8)
                case 0x0D: expected += Array("\\r".utf8)
                case 0x09: expected += Array("\\t".utf8)
                case 0..<0x20, 0x7F: expected += Array(("\\u00" + (u < 0x10 ? "0" : "") + String(u, radix: 16)).utf8)
                default: expected.append(u)
                }
            }
            #expect(Array(JSONString.quoted(text).utf8) == expected + Array("\"".utf8), "\(text.debugDescription)")
        }
    }

    @Test func jsonLinesHasOneObjectPerDocument() {
        let sub = "<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n<p>One</p>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>2\n<TEXT>\n<p>Two</p>\n</TEXT>\n</DOCUMENT>\n"
        let lines = convert(sub, .jsonl).split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { #expect((try? JSONDecoder().decode([String: AnyDecodable].self, from: Data(line.utf8))) != nil) }
    }
}

/// Accepts any JSON value (to check that a line parses).
struct AnyDecodable: Decodable {
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { return }
        if (try? c.decode(Bool.self)) != nil { return }
        if (try? c.decode(Double.self)) != nil { return }
        if (try? c.decode(String.self)) != nil { return }
        if (try? c.decode([AnyDecodable].self)) != nil { return }
        _ = try c.decode([String: AnyDecodable].self)
    }
}

/// Every golden case's JSON parses, and each block's text round-trips: it equals the model's
/// text and the concatenation of its inlines.
@Suite struct JSONRoundTripTests {
    struct Output: Decodable {
        var schema: String
        var documents: [Doc]
    }
    struct Doc: Decodable { var blocks: [B] }
    struct B: Decodable {
        var type: String
        var text: String?
        var role: String?
        var inlines: [I]?
        var rows: [[String]]?
        var items: [Item]?
        var source: Source?
    }
    struct Source: Decodable { var start: Int; var end: Int; var page: Int; var page_label: String? }
    struct Item: Decodable { var text: String; var inlines: [I] }
    final class I: Decodable {
        var type: String
        var text: String?
        var content: [I]?
        var plain: String {
            switch type {
            case "text": return text ?? ""
            case "line_break": return "\n"
            default: return (content ?? []).map(\.plain).joined()
            }
        }
    }

    @Test("JSON parses and round-trips every block's text", arguments: GoldenCase.all)
    func jsonRoundTripsEveryBlock(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        let options = golden.options(format: .json)
        let json = Converter(options: options).convert(bytes).output
        let out = try JSONDecoder().decode(Output.self, from: Data(json))
        let model = Converter(options: options).documents(bytes)
        #expect(out.schema == "filingdown/2")
        #expect(out.documents.count == model.count)
        for (d, m) in zip(out.documents, model) {
            #expect(d.blocks.count == m.body.blocks.count)
            for (b, mb) in zip(d.blocks, m.body.blocks) {
                switch mb.content {
                case .heading(let h):
                    #expect(b.text == h.inlines.plainText)
                    #expect(b.role == h.role.name)
                case .paragraph(let inlines):
                    #expect(b.text == inlines.plainText)
                    #expect(b.inlines.map { $0.map(\.plain).joined() } == b.text)
                case .table(let t):
                    #expect(b.rows == t.rows.map { $0.map(\.valueText) })
                case .list(let l):
                    #expect(b.items?.map(\.text) == l.items.map(\.plainText))
                case .preformatted(let s):
                    #expect(b.text == s)
                default:
                    break
                }
            }
        }
    }
}
