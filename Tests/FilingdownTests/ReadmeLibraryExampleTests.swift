import FoundationEssentials
import Testing
@testable import Filingdown

/// The README's library example, compiled here and run on a bundled filing. The test fails
/// when the README's copy drifts from this one.
@Suite struct ReadmeLibraryExampleTests {
    @Test("the README's library example compiles, runs and is the README's text")
    func readmeExampleIsThisCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = String(decoding: try Data(contentsOf: root.appendingPathComponent("README.md")), as: UTF8.self)
        let source = String(decoding: try Data(contentsOf: URL(fileURLWithPath: #filePath)), as: UTF8.self)
        let start = try #require(source.range(of: "// README example begins\n"))
        let end = try #require(source.range(of: "\n// README example ends"))
        let example = "import Filingdown\n\n" + source[start.upperBound..<end.lowerBound]
        #expect(readme.contains(example))

        let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("Golden/apple-10k-2024/input.htm")))
        let lines = summarize(bytes)
        #expect(lines.contains { $0.hasPrefix("item 1A: Item 1A.") })
        #expect(lines.contains { $0.hasPrefix("part II: PART II") })
        #expect(lines.contains { $0.hasPrefix("table: ") })
    }
}

// README example begins
/// The Parts, Items and signature pages of a filing, with the page each starts on, and the
/// size of each table.
func summarize(_ bytes: [UInt8]) -> [String] {
    var lines: [String] = []
    for document in Converter().documents(bytes) {
        for block in document.body.blocks {
            switch block.content {
            case .heading(let heading) where heading.role != .section:
                let page = block.source?.pageLabel ?? "?"
                lines.append("\(heading.role.name) \(heading.role.number ?? ""): \(heading.inlines.plainText), page \(page)")
            case .table(let table):
                lines.append("table: \(table.columnCount) columns, \(table.bodyRows.count) rows")
            default:
                break
            }
        }
    }
    return lines
}
// README example ends
