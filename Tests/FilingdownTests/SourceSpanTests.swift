import FoundationEssentials
import Testing
@testable import Filingdown

/// Every block says where in the filing it came from, and which page it sits on.
@Suite struct SourceSpanTests {
    /// The first word of a block's text made of ASCII letters and digits only: what must
    /// appear verbatim in its source bytes (entities, windows-1252 and typographic
    /// characters are spelt differently in the input).
    static func firstWord(_ text: String) -> String? {
        for word in text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }) where word.count >= 2 {
            return String(word)
        }
        return nil
    }

    static func text(of block: Block) -> String? {
        switch block.content {
        case .heading(let h): return h.inlines.plainText
        case .paragraph(let i): return i.plainText
        case .list(let l): return l.items.first?.plainText
        case .table(let t): return t.rows.lazy.flatMap { $0 }.first { !$0.isEmpty }?.plainText
        case .preformatted(let s): return s
        case .textTable(let t): return t.lines.joined(separator: "\n")
        default: return nil
        }
    }

    @Test("every block's source bytes hold its first word", arguments: GoldenCase.all)
    func sourceHoldsFirstWord(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        let documents = Converter(options: golden.options(format: .json)).documents(bytes)
        var checked = 0
        for d in documents {
            for block in d.body.blocks {
                let source = try #require(block.source, "\(golden.name): a block with no source")
                #expect(source.start >= 0 && source.start <= source.end && source.end <= bytes.count)
                // XML forms are rendered with labels of ours (`Reporting owners`); their blocks span the form.
                guard d.kind != .xml, let text = Self.text(of: block), let word = Self.firstWord(text) else { continue }
                let slice = bytes[source.range]
                // Markup may split a word (`<B>C</B><B>ONSOLIDATED`): compare with the tags taken out.
                let found = Array(slice).withoutTags.windowsContain(Array(word.utf8))
                #expect(found, "\(golden.name): `\(word)` not in bytes \(source.start)..<\(source.end) of block \(text.prefix(60))")
                checked += 1
            }
        }
        #expect(checked > 0 || documents.allSatisfy { $0.kind == .binary || $0.kind == .xml })
    }

    @Test("page indexes count the page breaks before a block; labels are the next break's number", arguments: GoldenCase.all)
    func pagesFollowPageBreaks(_ golden: GoldenCase) throws {
        let documents = Converter(options: golden.options(format: .json)).documents(try golden.inputBytes())
        for d in documents {
            let blocks = d.body.blocks
            var breaksBefore = 0
            for (i, block) in blocks.enumerated() {
                let next = blocks[i...].first { if case .pageBreak = $0.content { return true } else { return false } }
                var label: String?
                if case .pageBreak(let pb)? = next?.content { label = pb.number }
                #expect(block.source?.page == breaksBefore + 1, "\(golden.name) block \(i)")
                #expect(block.source?.pageLabel == label, "\(golden.name) block \(i)")
                if case .pageBreak = block.content { breaksBefore += 1 }
            }
        }
    }

    @Test("offsets after a cut inline XBRL header and transcoded windows-1252 map back to the input")
    func offsetsSurvivePreflight() {
        let html = Array("<p>caf".utf8) + [0xE9] + Array(" \u{0092}x</p><ix:header>HIDDEN</ix:header><p>Second paragraph</p>".utf8)
        // 0x92 is not valid UTF-8 on its own, so the whole document reads as windows-1252.
        let bytes = html.map { $0 == 0xC2 ? 0x20 : $0 }
        let blocks = Converter().documents(bytes).first?.body.blocks ?? []
        #expect(blocks.count == 2)
        guard blocks.count == 2, let second = blocks[1].source else { return }
        #expect(String(decoding: bytes[second.range], as: UTF8.self).contains("Second paragraph"))
        #expect(!String(decoding: bytes[second.range], as: UTF8.self).contains("HIDDEN"))
    }

    @Test("after a comment repaired on a one-line document, blocks still point at their text")
    func offsetsSurviveCommentRepair() {
        let bytes = Array("<p>Before it</p><!--DOCTYPE never closed><p>Second paragraph</p><p>Third one</p>".utf8)
        let blocks = Converter().documents(bytes).first?.body.blocks ?? []
        #expect(blocks.count == 3)
        for (block, word) in zip(blocks, ["Before", "Second", "Third"]) {
            guard let s = block.source else { Issue.record("no source"); continue }
            #expect(String(decoding: bytes[s.range], as: UTF8.self).contains(word))
        }
    }

    @Test("a uuencoded run inside HTML becomes an omitted-document block, not text")
    func uuencodedRunIsOmittedDocument() {
        let line = "M" + String(repeating: "0", count: 60)
        let html = "<p>Before</p>\nbegin 644 logo.gif\n\(line)\n\(line)\n`\nend\n<p>After</p>"
        let blocks = Converter().documents(Array(html.utf8)).first?.body.blocks ?? []
        let omitted = blocks.compactMap { if case .omitted(let o) = $0.content { return o } else { return nil } }
        #expect(omitted.map(\.filename) == ["logo.gif"])
        #expect(omitted.first?.reason == .embeddedEncoding)
        #expect(blocks.map { SourceSpanTests.text(of: $0) }.compactMap { $0 } == ["Before", "After"])
    }
}

/// Source bytes as text with the markup taken out, for checks that a word lies in a range.
extension Array where Element == UInt8 {
    var withoutTags: [UInt8] {
        var out: [UInt8] = []
        var inTag = false
        for b in self {
            if b == UInt8(ascii: "<") { inTag = true } else if b == UInt8(ascii: ">") { inTag = false } else if !inTag { out.append(b) }
        }
        return out
    }

    func windowsContain(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        for i in 0...(count - needle.count) where self[i] == needle[0] && Array(self[i..<(i + needle.count)]) == needle {
            return true
        }
        return false
    }
}
