import Testing
@testable import Filingdown

/// Uuencoded sections inside text or HTML documents are never shown as text.
@Suite struct SubmissionUUBlockTests {
    static let encoded = Fixture.uuencode((0..<120).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }, name: "chart.gif")

    static func find(_ text: String) -> [UUBlock] {
        Array(text.utf8).withUnsafeBytes { UUBlock.find(in: $0) }
    }

    @Test("a section in the middle of a text document becomes an attachment block")
    func inPlainText() {
        let text = "Exhibit A\n\n" + Self.encoded + "Exhibit B\n"
        let blocks = Array(text.utf8).withUnsafeBytes { PlainTextDocument.convert($0).blocks.withoutSources }
        #expect(blocks == [.preformatted("Exhibit A"), .omitted(OmittedDocument(filename: "chart.gif", type: "", size: 120, encoding: "uuencode", reason: .embeddedEncoding)),
                           .preformatted("Exhibit B")])
    }

    @Test("a section inside HTML becomes an omitted-document block before parsing")
    func inHTML() {
        let input = "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n<html><body><p>Before</p>\n" + Self.encoded + "<p>After</p></body></html>\n</TEXT>\n</DOCUMENT>\n"
        let (md, _) = Fixture.convert(input)
        #expect(md.contains("Before"))
        #expect(md.contains("After"))
        #expect(md.contains("*Attachment: chart.gif, 120 bytes (uuencoded), not shown*"))
        #expect(!md.contains("begin 644"))
    }

    @Test("the section's extent and decoded size")
    func extent() {
        let text = "x\n" + Self.encoded + "y\n"
        let blocks = Self.find(text)
        #expect(blocks.count == 1)
        #expect(blocks[0].name == "chart.gif")
        #expect(blocks[0].size == 120)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[blocks[0].range], as: UTF8.self) + "\n" == Self.encoded)
    }

    @Test("data lines whose begin line was damaged are still found, with that line")
    func damagedBegin() {
        let damaged = Self.encoded.replacingOccurrences(of: "begin 644", with: "ibegin 644")
        let blocks = Self.find("text\n" + damaged)
        #expect(blocks.count == 1)
        #expect(blocks[0].range.lowerBound == 5)
        #expect(blocks[0].name == "chart.gif")
    }

    @Test("prose is never taken for encoded data", arguments: [
        "begin 644 is how the section starts, we wrote.\nThen the story went on.\n",
        "MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AN\nMANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AN\n",
        "begin 644 x\n\nnot data here\n",
    ])
    func prose(_ text: String) {
        #expect(Self.find(text).isEmpty)
    }
}
