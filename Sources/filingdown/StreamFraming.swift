import Filingdown

/// How several inputs share one stream (standard output or `-o FILE`) without breaking
/// its format. Each file's output is framed so that a reader, or `csplit`, can find where
/// each input starts:
///
/// - Markdown: a line `<!-- filingdown: PATH -->` before each file (an HTML comment, so it
///   renders as nothing), with a blank line on either side. The first file's front matter
///   opens the stream, above its delimiter; every later file's header follows its delimiter
///   as a fenced `yaml` block, which renders as code, not as a rule and bullet lists.
/// - Text: a line `==> PATH <==` before each file, as `head` and `tail` mark several files.
/// - JSON and JSON Lines: JSON Lines throughout, every record opening with a `"path"`
///   member: one record per input for `json` (the input's object put on one line), one per
///   document for `jsonl`. The stream is then valid JSON Lines, which one JSON object could
///   not be for a hundred thousand inputs written as they finish.
struct StreamFraming {
    let format: ConversionOptions.Format

    func frame(_ output: [UInt8], path: String, index: Int) -> [UInt8] {
        switch format {
        case .markdown:
            // The first filing's front matter opens the stream, before its delimiter: front
            // matter is only front matter on the first line. Later filings come with their
            // header as a fenced block (`ConversionOptions.headerAsCodeBlock`).
            let frontMatter = index == 0 ? StreamFraming.frontMatterLength(output) : 0
            var out: [UInt8] = Array(output[0..<frontMatter])
            var rest = frontMatter
            if frontMatter > 0 {
                out.append(0x0A)
                while rest < output.count, output[rest] == 0x0A { rest += 1 }
            }
            out += Array(((index > 0 ? "\n" : "") + "<!-- filingdown: \(StreamFraming.commentSafe(path)) -->\n\n").utf8)
            out += output[rest...]
            StreamFraming.endLine(&out)
            return out
        case .text:
            var out: [UInt8] = Array(((index > 0 ? "\n" : "") + "==> \(StreamFraming.lineSafe(path)) <==\n").utf8)
            out += output
            StreamFraming.endLine(&out)
            return out
        case .json:
            // Valid JSON has raw line breaks only between tokens (inside strings they are
            // escaped), so dropping them puts the object on one line without changing it.
            return StreamFraming.record(output.filter { $0 != 0x0A && $0 != 0x0D }, path: path)
        case .jsonl, .chunks:
            var out: [UInt8] = []
            for line in output.split(separator: 0x0A) where !line.isEmpty {
                out += StreamFraming.record(Array(line), path: path)
            }
            return out
        }
    }

    /// The bytes of a `---` … `---` block that opens `output`, through its closing line
    /// break; 0 when there is none. The YAML quotes every value, so no line inside is `---`.
    static func frontMatterLength(_ output: [UInt8]) -> Int {
        let open: [UInt8] = Array("---\n".utf8)
        guard output.starts(with: open) else { return 0 }
        var line = open.count
        while line < output.count {
            var end = line
            while end < output.count, output[end] != 0x0A { end += 1 }
            if end - line == 3, output[line..<end].elementsEqual("---".utf8) { return min(end + 1, output.count) }
            line = end + 1
        }
        return 0
    }

    /// `{"path":"a.htm",` + the object after its `{`.
    private static func record(_ object: [UInt8], path: String) -> [UInt8] {
        guard object.first == UInt8(ascii: "{") else { return object.isEmpty ? [] : object + [0x0A] }
        var out = Array("{\"path\":".utf8) + JSONText.quoted(path)
        if object.count > 1, object[1] != UInt8(ascii: "}") { out.append(UInt8(ascii: ",")) }
        out += object.dropFirst()
        out.append(0x0A)
        return out
    }

    /// Exactly one line break at the end, so files are one blank line apart.
    private static func endLine(_ out: inout [UInt8]) {
        while out.last == 0x0A || out.last == 0x0D { out.removeLast() }
        out.append(0x0A)
    }

    /// An HTML comment may not contain `--`; a path may. Hyphen runs are broken up with
    /// `%2D` (and `%` itself becomes `%25`), so the comment stays a comment.
    static func commentSafe(_ path: String) -> String {
        var out = ""
        var previous: Character = " "
        for c in lineSafe(path) {
            if c == "%" { out += "%25" } else if c == "-" && previous == "-" { out += "%2D" } else if c == ">" { out += "%3E" } else { out.append(c) }
            previous = c
        }
        return out
    }

    /// No line breaks, nor any other control character, inside a delimiter line.
    static func lineSafe(_ path: String) -> String {
        ControlEscaping.escaped(path)
    }
}
