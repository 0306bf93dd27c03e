import FoundationEssentials
import Testing
@testable import Filingdown

/// The writers lose nothing: every word the document model holds appears, in order, in
/// the Markdown and in the plain text of every golden case. Plain text lays a table out in
/// wrapped columns, whose words interleave across cells: there, table cells' words must all
/// appear, and every other word in order.
@Suite struct WriterFidelityTests {
    @Test("every model word appears in order in Markdown and plain text", arguments: GoldenCase.all)
    func writersKeepEveryWordInOrder(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        let documents = Converter(options: golden.options(format: .markdown)).documents(bytes)
        for format in [ConversionOptions.Format.markdown, .text] {
            var modelWords: [Substring] = []
            var cellWords: [Substring] = []
            for d in documents {
                for b in d.body.blocks { Words.append(b, to: &modelWords, tableCellsTo: format == .markdown ? nil : { cellWords += $0 }) }
            }
            let output = String(decoding: Converter(options: golden.options(format: format)).convert(bytes).output, as: UTF8.self)
            // Emphasis delimiters and escapes are markup, not word boundaries (`**bold**word`).
            let outWords = Words.split(format == .markdown ? Words.markdownText(output) : output)
            var j = 0
            var missing: String?
            for w in modelWords {
                while j < outWords.count, outWords[j] != w { j += 1 }
                if j == outWords.count { missing = String(w); break }
                j += 1
            }
            #expect(missing == nil, "\(golden.name) \(format): model word '\(missing ?? "")' not found in order")
            var available: [Substring: Int] = [:]
            for w in outWords { available[w, default: 0] += 1 }
            for w in modelWords { available[w, default: 0] -= 1 }
            let lost = cellWords.first { w in
                available[w, default: 0] -= 1
                return available[w, default: 0] < 0
            }
            #expect(lost == nil, "\(golden.name) \(format): table word '\(lost ?? "")' not found")
        }
    }

    @Test("plain text lines outside tables and preformatted text fit the column limit", arguments: GoldenCase.all)
    func plainTextFitsTheColumns(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        for columns in [80, 40] {
            var options = golden.options(format: .text)
            options.columns = columns
            var writer = PlainTextWriter(options: options)
            var out: [UInt8] = []
            for d in Converter(options: options).documents(bytes) {
                var prose = d
                prose.body.blocks = d.body.blocks.filter {
                    switch $0.content {
                    case .table, .preformatted, .textTable: return false
                    default: return true
                    }
                }
                writer.write(prose, outline: [], named: true, into: &out)
            }
            for line in String(decoding: out, as: UTF8.self).split(separator: "\n") where line.count > columns {
                // Only a single word that must not be broken (a URL, a long number) may overflow.
                #expect(!line.drop(while: { $0 == " " }).contains(" "), "\(golden.name): \(line.count) > \(columns): \(line.prefix(100))")
            }
        }
    }
}

enum Words {
    /// Markdown as a reader sees it, near enough for word order: an escaped `*` is a
    /// literal star, other `*` are emphasis, backslashes are escapes.
    static func markdownText(_ md: String) -> String {
        var out = ""
        var chars = md.makeIterator()
        while let c = chars.next() {
            if c == "\\" {
                guard let n = chars.next() else { out.append(c); break }
                if n.isASCII && (n.isPunctuation || n.isSymbol) { out.append(n == "*" ? " " : n) } else { out.append(c); out.append(n) }
            } else if c != "*" {
                out.append(c)
            }
        }
        return out
    }

    /// Runs of letters and digits: what a reader would call the words, markup and spacing aside.
    static func split(_ s: String) -> [Substring] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// The words of `block` in reading order; a table's cells go to `tableCellsTo` instead when given.
    static func append(_ block: Block, to words: inout [Substring], tableCellsTo cells: (([Substring]) -> Void)? = nil) {
        switch block.content {
        case .heading(let h): words += split(FootnoteMarkers.readingText(h.inlines))
        case .paragraph(let inlines): words += split(FootnoteMarkers.readingText(inlines))
        case .list(let l): for item in l.items { words += split(FootnoteMarkers.readingText(item)) }
        case .table(let t):
            words += split(FootnoteMarkers.readingText(t.caption ?? []))
            if let cells {
                // A spanning label, repeated in each column of its header row, is printed once.
                for row in t.headerRows {
                    for (c, cell) in row.enumerated() where c == 0 || row[c - 1] != cell { cells(split(FootnoteMarkers.readingText(cell.inlines))) }
                }
                for row in t.bodyRows { for cell in row { cells(split(FootnoteMarkers.readingText(cell.inlines))) } }
            } else {
                for row in t.displayRows { for cell in row { words += split(FootnoteMarkers.readingText(cell.inlines)) } }
            }
            for note in t.notes { words += split(FootnoteMarkers.readingText(note)) }
        case .preformatted(let s): words += split(s)
        case .textTable(let t): for line in t.lines { words += split(line) }
        case .image(let alt, _): words += split(alt)
        case .omitted, .pageBreak, .rule: break
        }
    }
}
