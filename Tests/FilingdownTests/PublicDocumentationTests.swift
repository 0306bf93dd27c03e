import FoundationEssentials
import Testing

/// Every `public` or `open` declaration of the library has a `///` comment directly above it
/// (attributes such as `@inlinable` may sit between), so the API says what its names do not.
@Suite struct PublicDocumentationTests {
    static let sources: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Filingdown")

    /// Requirements of `BlockRenderer` and `DocumentWriter`: a writer's witness inherits the
    /// protocol's documentation, so only the requirement in DocumentWriter.swift carries one.
    static let witnessNames: Set<String> = [
        "heading", "paragraph", "list", "table", "pageBreak", "preformatted", "image", "omitted", "rule",
        "begin", "write", "end", "needsOutline",
    ]

    /// `Sources/Filingdown/Model/Block.swift:3: public struct Block …` for each undocumented declaration.
    static func undocumented() throws -> [String] {
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
        var found: [String] = []
        for file in files {
            let data = try Data(contentsOf: sources.appendingPathComponent(file))
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.drop { $0 == " " || $0 == "\t" } }
            let isWriter = file.hasPrefix("Writers/") && file.hasSuffix("Writer.swift")
            for (i, line) in lines.enumerated() where isPublicDeclaration(line) {
                var j = i - 1
                while j >= 0, lines[j].hasPrefix("@") { j -= 1 }
                if j >= 0, lines[j].hasPrefix("///") { continue }
                if isWriter, let name = declaredName(line), witnessNames.contains(name) { continue }
                found.append("Sources/Filingdown/\(file):\(i + 1): \(line.prefix(100))")
            }
        }
        return found
    }

    /// `public` or `open` followed by whitespace, at the start of the trimmed line.
    static func isPublicDeclaration(_ line: Substring) -> Bool {
        for keyword in ["public", "open"] where line.hasPrefix(keyword) {
            if let next = line.dropFirst(keyword.count).first, next.isWhitespace { return true }
        }
        return false
    }

    /// `heading` in `public mutating func heading(_ …`, `needsOutline` in `public var needsOutline: Bool`.
    static func declaredName(_ line: Substring) -> String? {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard let k = words.firstIndex(where: { $0 == "func" || $0 == "var" || $0 == "let" }), k + 1 < words.count else {
            return nil
        }
        return String(words[k + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }

    @Test func sourcesAreFound() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.sources.path)
        #expect(files.contains("Model/Block.swift"))
    }

    @Test func everyPublicDeclarationIsDocumented() throws {
        let missing = try Self.undocumented()
        #expect(missing.isEmpty, "no /// comment above:\n\(missing.joined(separator: "\n"))")
    }

    @Test func scanSeesWhatItShould() {
        #expect(Self.isPublicDeclaration("public var x: Int"))
        #expect(Self.isPublicDeclaration("open\tclass C"))
        #expect(!Self.isPublicDeclaration("publicly(x)"))
        #expect(!Self.isPublicDeclaration("opened = true"))
        #expect(Self.declaredName("public mutating func heading(_ h: Heading, of block: Block)") == "heading")
        #expect(Self.declaredName("public var needsOutline: Bool { true }") == "needsOutline")
        #expect(Self.declaredName("public struct MarkdownWriter: DocumentWriter") == nil)
    }
}
