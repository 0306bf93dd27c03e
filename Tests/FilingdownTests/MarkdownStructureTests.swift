import FoundationEssentials
import Testing
@testable import Filingdown

#if canImport(Glibc)
import Glibc
#endif

/// The Markdown parses, under a real CommonMark/GFM parser, into the blocks the model holds:
/// every heading a heading, every table a table, and no line that starts with `|` outside a
/// table. cmark-gfm is the referee (Debian's `cmark-gfm`; `.ci/run` installs it).
let cmarkGFM: String? = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first { access($0, X_OK) == 0 }

@Suite(.enabled(if: cmarkGFM != nil, "cmark-gfm is not installed"))
struct MarkdownStructureTests {
    @Test("Markdown parses into the model's headings and tables", arguments: GoldenCase.all)
    func markdownParsesIntoTheModelsBlocks(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        let converter = golden.bodyConverter
        let documents = converter.documents(bytes)
        let named = bytes.withUnsafeBytes { !SubmissionReader($0).isBare }
        // Viewer and data files share one heading over their list.
        let support = documents.filter { d in
            guard case .omitted(let o)? = d.body.blocks.first?.content else { return false }
            return o.reason == .viewerFile || o.reason == .xbrlData
        }
        var headings = named ? documents.count - support.count + (support.isEmpty ? 0 : 1) : 0
        var tables = 0
        for d in documents where !support.contains(d) {
            for b in d.body.blocks {
                if case .heading = b.content { headings += 1 }
                if case .table = b.content { tables += 1 }
            }
        }
        let markdown = converter.convert(bytes).output
        let box = try CommandLineTests.Sandbox()
        let file = try box.write("doc.md", markdown)
        let result = try CommandLineTests.Process(executable: cmarkGFM!,
                                                  arguments: ["--sourcepos", "-e", "table", "-t", "xml", file],
                                                  stdin: "/dev/null").wait()
        #expect(result.status == 0)
        let xml = result.out
        #expect(count("<heading ", in: xml) == headings, "\(golden.name): headings")
        #expect(count("<table ", in: xml) == tables, "\(golden.name): tables")

        // Every line that starts with `|` lies inside a table the parser found.
        let tableLines = tableLineRanges(xml)
        let lines = String(decoding: markdown, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var inFence = false
        for (i, line) in lines.enumerated() {
            if line.hasPrefix("```") { inFence.toggle() }
            guard !inFence, line.hasPrefix("|") else { continue }
            #expect(tableLines.contains { $0.contains(i + 1) }, "\(golden.name): line \(i + 1) starts with | outside a table")
        }
    }

    private func count(_ needle: String, in text: String) -> Int {
        pieces(of: text, after: needle).count
    }

    /// The text after each occurrence of `needle`.
    private func pieces(of text: String, after needle: String) -> [Substring] {
        var out: [Substring] = []
        var rest = Substring(text)
        while let r = rest.firstRange(of: needle) {
            rest = rest[r.upperBound...]
            out.append(rest)
        }
        return out
    }

    /// `sourcepos="12:1-20:40"` of each `<table>` element, as line ranges.
    private func tableLineRanges(_ xml: String) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for part in pieces(of: xml, after: "<table sourcepos=\"") {
            let pos = part.prefix { $0 != "\"" }
            let ends = pos.split(separator: "-")
            guard ends.count == 2, let a = Int(ends[0].split(separator: ":")[0]), let b = Int(ends[1].split(separator: ":")[0]) else { continue }
            ranges.append(a...b)
        }
        return ranges
    }
}
