import FoundationEssentials
import Testing
@testable import Filingdown

/// Every case under Golden/ converted in every format and compared byte for byte.
/// `FILINGDOWN_UPDATE_GOLDEN=1 swift test` rewrites the expected files instead; read every
/// rewritten file against its source before committing it (docs/golden.md).
@Suite struct GoldenTests {
    static let update = ProcessInfo.processInfo.environment["FILINGDOWN_UPDATE_GOLDEN"] == "1"

    @Test("golden output matches the expected file", arguments: GoldenCase.all)
    func goldenOutputMatches(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        for (format, ext) in GoldenCase.extensions {
            let result = Converter(options: golden.options(format: format)).convert(bytes)
            let actual = String(decoding: result.output, as: UTF8.self)
            let url = golden.expectedURL(ext)
            if GoldenTests.update {
                try Data(result.output).write(to: url)
                continue
            }
            guard let data = try? Data(contentsOf: url) else {
                Issue.record("\(golden.name): missing expected.\(ext); run FILINGDOWN_UPDATE_GOLDEN=1 swift test")
                continue
            }
            let expected = String(decoding: data, as: UTF8.self)
            if expected != actual {
                Issue.record("\(golden.name) expected.\(ext) differs:\n\(LineDiff.describe(expected: expected, actual: actual))")
            }
        }
    }

    /// Cases with an `expected.outline` pin the `--outline` listing too.
    @Test("golden outline matches the expected listing", arguments: GoldenCase.all.filter(\.hasOutline))
    func goldenOutlineMatches(_ golden: GoldenCase) throws {
        let listing = DocumentOutline.listing(Converter(options: golden.options(format: .markdown)).outline(try golden.inputBytes()))
        let url = golden.expectedURL("outline")
        if GoldenTests.update {
            try Data(listing.utf8).write(to: url)
            return
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        if expected != listing {
            Issue.record("\(golden.name) expected.outline differs:\n\(LineDiff.describe(expected: expected, actual: listing))")
        }
    }

    /// Cases with an `expected.chunks.jsonl` pin `-f chunks` too, ids named after the input file.
    @Test("golden chunks match the expected lines", arguments: GoldenCase.all.filter(\.hasChunks))
    func goldenChunksMatch(_ golden: GoldenCase) throws {
        var options = golden.options(format: .chunks)
        options.inputName = golden.input.lastPathComponent
        let output = Converter(options: options).convert(try golden.inputBytes()).output
        let url = golden.expectedURL("chunks.jsonl")
        if GoldenTests.update {
            try Data(output).write(to: url)
            return
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let actual = String(decoding: output, as: UTF8.self)
        if expected != actual {
            Issue.record("\(golden.name) expected.chunks.jsonl differs:\n\(LineDiff.describe(expected: expected, actual: actual))")
        }
    }

    @Test("there are golden cases to check")
    func goldenCasesExist() {
        #expect(GoldenCase.all.count >= 3)
    }
}
