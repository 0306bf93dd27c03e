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
