import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `man/filingdown.1` keeps up with the tool: every option the tool has is documented, every
/// option documented exists, and the page renders without a warning.
@Suite struct ManPageTests {
    static let page = CommandLineTests.packageRoot + "/man/filingdown.1"

    private func source() throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: Self.page)), as: UTF8.self)
    }

    /// `--output-dir` as roff spells it: `\-\-output\-dir`.
    private func roff(_ option: String) -> String {
        option.replacing("-", with: "\\-")
    }

    @Test func everyOptionOfTheToolIsDocumented() throws {
        let page = try source()
        let names = try CommandLineTests.ToolInfo.load().allNames + ["--generate-completion-script"]
        #expect(names.count > 20)
        for name in names {
            #expect(page.contains(roff(name)), "\(name) is missing from man/filingdown.1")
        }
    }

    @Test func everyDocumentedOptionExists() throws {
        let known = Set(try CommandLineTests.ToolInfo.load().allNames + ["--generate-completion-script"])
        let page = try source()
        // Options are introduced by .TP, then a line such as `.BR \-f ", " \-\-format " \fIformat\fR"`.
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var documented: [String] = []
        for (i, line) in lines.enumerated() where line == ".TP" && i + 1 < lines.count {
            let tag = lines[i + 1].replacing("\\-", with: "-")
            for word in tag.split(whereSeparator: { " \",".contains($0) }) where word.hasPrefix("-") && word.count > 1 {
                documented.append(String(word))
            }
        }
        #expect(documented.count > 20)
        for option in documented {
            #expect(known.contains(option), "man/filingdown.1 documents \(option), which the tool does not have")
        }
    }

    @Test func everySectionTheIssueAsksForIsThere() throws {
        let page = try source()
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO"] {
            #expect(page.contains(".SH \(section)\n") || page.contains(".SH \"\(section)\"\n"), "no \(section) section")
        }
    }

    static let groff: String? = ["/usr/bin/groff", "/usr/local/bin/groff", "/bin/groff"].first { access($0, X_OK) == 0 }

    @Test(.enabled(if: groff != nil, "groff is not installed"))
    func rendersWithoutWarnings() throws {
        let process = try CommandLineTests.Process(executable: Self.groff!, arguments: ["-man", "-ww", "-z", Self.page],
                                                   stdin: "/dev/null")
        let run = try process.wait()
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "groff: \(run.stderr)")
    }
}
