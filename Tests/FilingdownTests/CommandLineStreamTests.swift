import FoundationEssentials
import Testing

/// Several inputs on one stream: each format's delimiter keeps the format valid and says
/// which input follows.
@Suite struct CommandLineStreamTests {
    typealias Tool = CommandLineTests

    private func twoInputs(_ box: Tool.Sandbox) throws -> (String, String) {
        (try box.write("a--b.htm", Tool.html(title: "First", body: "Alpha.")),
         try box.write("sub.txt", Tool.submission()))
    }

    @Test func markdownInputsAreIntroducedByComments() throws {
        let box = try Tool.Sandbox()
        let (a, b) = try twoInputs(box)
        let run = try Tool.run(["-q", a, b])
        #expect(run.status == 0)
        let comments = run.out.split(separator: "\n").filter { $0.hasPrefix("<!-- filingdown: ") }
        // `--` may not appear inside an HTML comment.
        #expect(comments == ["<!-- filingdown: \(box.path("a-%2Db.htm")) -->", "<!-- filingdown: \(b) -->"])
        #expect(run.out.hasPrefix("<!-- filingdown: "))
        #expect(run.out.contains("-->\n\n"))
    }

    @Test func markdownStreamHasOneFrontMatterAtTheTopAndLaterHeadersFenced() throws {
        let box = try Tool.Sandbox()
        let first = try box.write("first.txt", Tool.submission())
        let second = try box.write("second.txt", Tool.submission())
        let run = try Tool.run(["-q", first, second])
        #expect(run.status == 0)
        // The first filing's front matter is the stream's first lines, then its delimiter.
        #expect(run.out.hasPrefix("---\naccession_number: "))
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false)
        let close = try #require(lines.dropFirst().firstIndex(of: "---"))
        #expect(lines[close + 2] == "<!-- filingdown: \(first) -->")
        // The second filing's header follows its delimiter as a fenced block.
        #expect(run.out.contains("<!-- filingdown: \(second) -->\n\n```yaml\naccession_number: "))
        #expect(run.out.components(separatedBy: "accession_number: ").count == 3)
        guard let cmark = cmarkGFM else { return }
        let body = lines[(close + 1)...].joined(separator: "\n")
        let file = try box.write("stream.md", Array(body.utf8))
        let html = try CommandLineTests.Process(executable: cmark, arguments: [file], stdin: "/dev/null").wait().out
        // The second header is code, not a rule, a paragraph and bullet lists.
        #expect(html.components(separatedBy: "accession_number").count == 2)
        #expect(html.contains("<code class=\"language-yaml\">accession_number: "))
    }

    @Test func textInputsAreIntroducedLikeHead() throws {
        let box = try Tool.Sandbox()
        let (a, b) = try twoInputs(box)
        let run = try Tool.run(["-q", "-f", "text", a, b])
        let headers = run.out.split(separator: "\n").filter { $0.hasPrefix("==> ") }
        #expect(headers == ["==> \(a) <==", "==> \(b) <=="])
        #expect(run.out.contains("\n\n==> \(b) <==\n"))
    }

    private struct Record: Decodable { var path: String; var schema: String }

    @Test(arguments: [("json", 2), ("jsonl", 3)])
    func jsonInputsBecomeJSONLinesWithAPath(format: String, records: Int) throws {
        let box = try Tool.Sandbox()
        let (a, b) = try twoInputs(box)
        let run = try Tool.run(["-q", "-f", format, a, b])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == records)
        let decoded = try lines.map { try JSONDecoder().decode(Record.self, from: Data($0.utf8)) }
        #expect(decoded.first?.path == a)
        #expect(decoded.last?.path == b)
        #expect(decoded.allSatisfy { $0.schema == "filingdown/2" })
    }

    @Test func aFailedInputLeavesNoDelimiter() throws {
        let box = try Tool.Sandbox()
        let (a, _) = try twoInputs(box)
        let run = try Tool.run(["-q", a, box.path("missing.htm")])
        #expect(run.status == 1)
        #expect(run.out.components(separatedBy: "<!-- filingdown: ").count == 2)
    }

    @Test func listNamesTheInputOfEachLine() throws {
        let box = try Tool.Sandbox()
        let (a, b) = try twoInputs(box)
        let run = try Tool.run(["-q", "--list", a, b])
        #expect(run.status == 0)
        let firstFields = run.out.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).first.map(String.init) }
        #expect(firstFields == [a, b, b])
    }
}
