import FoundationEssentials
import Testing
@testable import Filingdown

/// EDGAR's XBRL viewer files and the XBRL data are named after the filer's documents, not
/// converted, unless asked for; every `<DOCUMENT>` is still named.
@Suite struct SupportFileTests {
    static func document(_ seq: Int, _ type: String, _ filename: String, _ text: String) -> String {
        "<DOCUMENT>\n<TYPE>\(type)\n<SEQUENCE>\(seq)\n<FILENAME>\(filename)\n<TEXT>\n\(text)\n</TEXT>\n</DOCUMENT>\n"
    }

    static let submission = "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t0000000000-24-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n"
        + document(1, "8-K", "form8k.htm", "<html><body><p>The filer's report.</p></body></html>")
        + document(2, "EX-101.SCH", "abc-20241220.xsd", "<XBRL>\n<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:annotation>schema words</xs:annotation></xs:schema>\n</XBRL>")
        + document(3, "XML", "R1.htm", "<XML>\n<html><body><p>Cover page again</p></body></html>\n</XML>")
        + document(4, "XML", "Show.js", "<XML>\nfunction toggleNextSibling (e) { if (e.nextSibling.style.display=='none') {} }\n</XML>")
        + document(5, "XML", "report.css", "<XML>\n.report table { border-collapse: collapse; }\n</XML>")
        + document(6, "EX-99.1", "ex991.htm", "<html><body><p>The press release.</p></body></html>")
        + document(7, "XML", "abc_htm.xml", "<XML>\n<?xml version=\"1.0\"?>\n<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"><fact>1</fact></xbrli:xbrl>\n</XML>")
        + "</SEC-DOCUMENT>\n"

    @Test("viewer and data files are told apart by name, type and root element", arguments: [
        ("Show.js", "XML", DocumentKind.text, nil, OmittedDocument.Reason.viewerFile),
        ("report.css", "XML", .text, nil, .viewerFile),
        ("R12.htm", "XML", .html, nil, .viewerFile),
        ("FilingSummary.xml", "XML", .xml, "FilingSummary", .viewerFile),
        ("MetaLinks.json", "JSON", .text, nil, .viewerFile),
        ("Financial_Report.xlsx", "EXCEL", .binary, nil, .viewerFile),
        ("0000943374-24-000509-xbrl.zip", "ZIP", .binary, nil, .xbrlData),
        ("bcow-20241220_lab.xml", "EX-101.LAB", .xml, "link:linkbase", .xbrlData),
        ("form8k_122024_htm.xml", "XML", .xml, "xbrli:xbrl", .xbrlData),
    ] as [(String, String, DocumentKind, String?, OmittedDocument.Reason)])
    func classifiesSupportFiles(_ name: String, _ type: String, _ kind: DocumentKind, _ root: String?, _ reason: OmittedDocument.Reason) {
        #expect(SupportFile.classify(type: type, filename: name, kind: kind, root: root)?.reason == reason)
    }

    @Test("the filer's documents are never support files", arguments: [
        ("d828969d8k.htm", "8-K", DocumentKind.html, nil),
        ("primary_doc.xml", "N-CEN", .xml, "edgarSubmission"),
        ("R&D-summary.htm", "EX-99.1", .html, nil),
        ("g123.jpg", "GRAPHIC", .binary, nil),
        ("infotable.xml", "INFORMATION TABLE", .xml, "informationTable"),
    ] as [(String, String, DocumentKind, String?)])
    func filerDocumentsStay(_ name: String, _ type: String, _ kind: DocumentKind, _ root: String?) {
        #expect(SupportFile.classify(type: type, filename: name, kind: kind, root: root) == nil)
    }

    @Test("viewer script, stylesheet and R page are not converted; each is listed after the filer's documents")
    func supportFilesListedAfterFilersDocuments() {
        let md = String(decoding: Converter().convert(Self.submission).output, as: UTF8.self)
        #expect(!md.contains("toggleNextSibling"))
        #expect(!md.contains("border-collapse"))
        #expect(!md.contains("Cover page again"))
        #expect(!md.contains("schema words"))
        let filer = md.range(of: "# Document 6: EX-99.1")!.lowerBound
        let list = md.range(of: "# Not converted: 5 XBRL viewer and data files")!.lowerBound
        #expect(md.range(of: "# Document 1: 8-K")!.lowerBound < filer && filer < list)
        for line in ["- Document 2: EX-101.SCH (abc-20241220.xsd): XBRL schema", "- Document 3: XML (R1.htm): XBRL viewer page",
                     "- Document 4: XML (Show.js): XBRL viewer script", "- Document 5: XML (report.css): XBRL viewer stylesheet",
                     "- Document 7: XML (abc_htm.xml): XBRL instance"] {
            #expect(md.contains(line), "\(line)")
        }
    }

    @Test("plain text lists them too; JSON keeps each as a document holding one attachment block with its reason")
    func supportFilesInTextAndJSON() throws {
        var options = ConversionOptions()
        options.format = .text
        let text = String(decoding: Converter(options: options).convert(Self.submission).output, as: UTF8.self)
        #expect(text.contains("Not converted: 5 XBRL viewer and data files"))
        #expect(text.contains("Document 4: XML (Show.js): XBRL viewer script"))
        options.format = .json
        struct Output: Decodable {
            struct Entry: Decodable { var type: String; var reason: String?; var detail: String? }
            struct Doc: Decodable { var sequence: String; var filename: String?; var blocks: [Entry] }
            var documents: [Doc]
        }
        let json = try JSONDecoder().decode(Output.self, from: Data(Converter(options: options).convert(Self.submission).output))
        #expect(json.documents.map(\.sequence) == ["1", "6", "2", "3", "4", "5", "7"])
        let show = json.documents.first { $0.filename == "Show.js" }!
        #expect(show.blocks.count == 1)
        #expect(show.blocks[0].type == "attachment")
        #expect(show.blocks[0].reason == "viewer_file")
        #expect(show.blocks[0].detail == "XBRL viewer script")
    }

    @Test("--all-documents converts them in their place; a --document that names one converts it")
    func allDocumentsConvertsThem() {
        var options = ConversionOptions()
        options.allDocuments = true
        let md = String(decoding: Converter(options: options).convert(Self.submission).output, as: UTF8.self)
        #expect(md.contains("toggleNextSibling"))
        #expect(!md.contains("Not converted"))
        #expect(md.range(of: "# Document 4: XML (Show.js)")!.lowerBound < md.range(of: "# Document 6: EX-99.1")!.lowerBound)
        options = ConversionOptions()
        options.documents = ["R1.htm"]
        let one = String(decoding: Converter(options: options).convert(Self.submission).output, as: UTF8.self)
        #expect(one.contains("Cover page again"))
    }

    @Test("a viewer file given alone is converted: it is what was asked for")
    func bareSupportFileConverted() {
        let xml = "<?xml version=\"1.0\"?>\n<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"><fact>42</fact></xbrli:xbrl>"
        let md = String(decoding: Converter().convert(xml).output, as: UTF8.self)
        #expect(md.contains("42"))
    }

    @Test("no corpus output holds viewer JavaScript or CSS, and every document is named (when ../shared/corpus is there)")
    func corpusHasNoViewerCode() throws {
        let corpus = XMLGenericFormTests.corpus
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else { return }
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".nc") {
            let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
            let submission = Submission(bytes)
            let md = String(decoding: Converter().convert(submission).output, as: UTF8.self)
            for slice in submission.documents {
                if let sequence = slice.sequence, !submission.isBare {
                    #expect(md.contains("Document \(sequence)"), "\(name): document \(sequence) not named")
                }
                let file = (slice.filename ?? "").lowercased()
                guard file.hasSuffix(".js") || file.hasSuffix(".css") else { continue }
                let text = String(decoding: bytes[slice.content], as: UTF8.self)
                let longest = text.split(separator: "\n").map { ASCIIText.trimmed(String($0)) }.max { $0.count < $1.count } ?? ""
                #expect(longest.count < 12 || !md.contains(longest), "\(name): \(slice.filename ?? "") shown")
            }
        }
    }
}
