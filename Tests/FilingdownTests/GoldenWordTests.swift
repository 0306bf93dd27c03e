import FoundationEssentials
import Testing
@testable import Filingdown

/// Over every golden filing's Markdown: words a chunker can trust. No list or footnote
/// marker glued to its text where the filing drew the gap with CSS (`(a)Documents`), no
/// Wingdings letter standing for a check box (`Yes ¨ No x`), and no asterisk the reader sees
/// that the filing did not print (two emphasis runs touching: `going concern*.*`).
struct GoldenWordTests {
    @Test("no golden filing glues a marker to its text or leaves a Wingdings check box", arguments: GoldenCase.all)
    func markersAndCheckBoxesReadAsPrinted(_ golden: GoldenCase) throws {
        let markdown = String(decoding: golden.bodyConverter.convert(try golden.inputBytes()).output, as: UTF8.self)
        for line in markdown.split(separator: "\n") {
            #expect(GoldenWordTests.gluedMarker(in: line) == nil, "\(golden.name): \(line.prefix(80))")
            #expect(GoldenWordTests.wingdingsBox(in: line) == nil, "\(golden.name): \(line.prefix(80))")
        }
    }

    @Test("a marker glued to a capitalised word is found, a marker before a space or another marker is not")
    func theGluedMarkerCheckReadsMarkers() {
        #expect(GoldenWordTests.gluedMarker(in: "(a)Documents filed") == "(a)D")
        #expect(GoldenWordTests.gluedMarker(in: "Notes: (1)The amounts") == "(1)T")
        #expect(GoldenWordTests.gluedMarker(in: "[a]Net of tax") == "[a]N")
        #expect(GoldenWordTests.gluedMarker(in: "(a) Documents, Item 14(a)(1), director(s) and (iv)") == nil)
    }

    @Test("Wingdings letters beside Yes and No are found, words that hold them are not")
    func theCheckBoxCheckReadsBoxes() {
        #expect(GoldenWordTests.wingdingsBox(in: "Yes ¨ No x") != nil)
        #expect(GoldenWordTests.wingdingsBox(in: "þ Annual report") != nil)
        #expect(GoldenWordTests.wingdingsBox(in: "Yes ☐ No ☒") == nil)
        #expect(GoldenWordTests.wingdingsBox(in: "Yes or no, to a degree of 5 x 10") == nil)
    }

    /// `(a)`, `(1)`, `[a]`, `(iv)` touching a capital that starts a word, as `(a)D`; nil when none.
    static func gluedMarker(in line: Substring) -> String? {
        let u = Array(line.unicodeScalars)
        for (i, c) in u.enumerated() where c == "(" || c == "[" {
            if i > 0, u[i - 1].properties.isAlphabetic || u[i - 1].properties.numericType != nil || u[i - 1] == ")" { continue }
            let close: Unicode.Scalar = c == "(" ? ")" : "]"
            var j = i + 1
            while j < u.count, j - i <= 4, u[j].isASCII, u[j].properties.isAlphabetic || u[j].properties.numericType != nil { j += 1 }
            guard j > i + 1, j + 2 < u.count, u[j] == close else { continue }
            let next = u[j + 1], after = u[j + 2]
            if next.properties.isUppercase, after.properties.isLowercase {
                return String(String.UnicodeScalarView(u[i...(j + 1)]))
            }
        }
        return nil
    }

    /// A Wingdings box letter (`¨`, `þ`, `ý`, or `o`/`q`/`x` between Yes and No) left as text.
    static func wingdingsBox(in line: Substring) -> String? {
        if let c = line.first(where: { $0 == "¨" || $0 == "þ" || $0 == "ý" }) { return String(c) }
        let words = line.split(separator: " ")
        for (k, w) in words.enumerated() where ["o", "q", "x", "n"].contains(w) && k > 0 && k + 1 < words.count {
            let before = words[k - 1].lowercased(), after = words[k + 1].lowercased()
            if before == "yes" && after.hasPrefix("no") || before == "no" && after.hasPrefix("yes") { return String(w) }
        }
        return nil
    }
}

/// Every asterisk a reader sees in the rendered Markdown is one the filing printed: cmark-gfm's
/// plain-text rendering holds as many `*` as the model's text.
@Suite(.enabled(if: cmarkGFM != nil, "cmark-gfm is not installed"))
struct GoldenAsteriskTests {
    @Test("no golden filing's Markdown shows an asterisk its text does not hold", arguments: GoldenCase.all)
    func noEmphasisMarkLeaksAsAnAsterisk(_ golden: GoldenCase) throws {
        let converter = golden.bodyConverter
        let bytes = try golden.inputBytes()
        var printed = 0
        for d in converter.documents(bytes) {
            for b in d.body.blocks { printed += GoldenAsteriskTests.asterisks(in: b) }
        }
        let box = try CommandLineTests.Sandbox()
        let file = try box.write("doc.md", converter.convert(bytes).output)
        let result = try CommandLineTests.Process(executable: cmarkGFM!, arguments: ["-e", "table", "-t", "plaintext", file],
                                                  stdin: "/dev/null").wait()
        #expect(result.status == 0)
        let shown = result.out.unicodeScalars.filter { $0 == "*" }.count
        #expect(shown <= printed, "\(golden.name): \(shown) asterisks shown, \(printed) in the text")
    }

    static func asterisks(in block: Block) -> Int {
        func count(_ s: String) -> Int { s.unicodeScalars.filter { $0 == "*" }.count }
        switch block.content {
        case .heading(let h): return count(h.inlines.plainText)
        case .paragraph(let i): return count(i.plainText)
        case .list(let l): return l.items.reduce(0) { $0 + count($1.plainText) }
        case .table(let t): return t.rows.reduce(0) { $0 + $1.reduce(0) { $0 + count($1.plainText) } }
        case .textTable(let t): return t.lines.reduce(0) { $0 + count($1) }
        case .preformatted(let s): return count(s)
        default: return 0
        }
    }
}
