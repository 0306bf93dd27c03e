import Testing
@testable import Filingdown

/// Bad input never crashes: every cut of a submission, and seeded random damage to one,
/// converts in every format, never shows encoded text, and gives one heading per document found.
@Suite struct SubmissionRobustnessTests {
    static var inputs: [String] {
        [Fixture.submission,
         "<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<TEXT>\n<XML>\n\(SubmissionXMLTests.form4)\n</XML>\n</TEXT>\n</DOCUMENT>\n"]
    }

    @Test("every prefix of a submission converts", arguments: 0..<2)
    func prefixes(_ which: Int) {
        let bytes = Array(Self.inputs[which].utf8)
        var cut = 0
        while cut <= bytes.count {
            Self.check(Array(bytes[0..<cut]))
            cut += 11
        }
    }

    @Test("seeded random damage converts", arguments: Array(UInt64(1)...UInt64(12)))
    func damage(_ seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        let original = Array(Fixture.submission.utf8)
        let alphabet = Array("<>/\n\r\t DOCUMENTEXTYPSQbegin`M&;#\u{0}".utf8) + [0xFF, 0x92, 0xC3]
        for _ in 0..<60 {
            var bytes = original
            for _ in 0..<(1 + next() % 12) {
                let at = next() % bytes.count
                switch next() % 3 {
                case 0: bytes[at] = alphabet[next() % alphabet.count]
                case 1: bytes.remove(at: at)
                default: bytes.insert(alphabet[next() % alphabet.count], at: at)
                }
            }
            Self.check(bytes)
        }
    }

    static func check(_ bytes: [UInt8]) {
        let found = bytes.withUnsafeBytes { SubmissionReader($0) }
        for format in [ConversionOptions.Format.markdown, .text, .json] {
            var options = ConversionOptions()
            options.format = format
            let out = String(decoding: Converter(options: options).convert(bytes).output, as: UTF8.self)
            #expect(!out.contains("begin 644"))
            #expect(!out.split(separator: "\n").contains { $0.count == 61 && $0.first == "M" && $0.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x60 } })
            if format == .markdown && !found.isBare {
                #expect(Fixture.count("# Document", in: out) == found.parts.count)
            }
        }
        _ = Converter().list(bytes)
    }
}
