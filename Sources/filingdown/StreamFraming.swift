import Filingdown

/// How several inputs share one stream (standard output or `-o FILE`) without breaking
/// its format. Each file's output is framed so that a reader, or `csplit`, can find where
/// each input starts:
///
/// - Markdown: a line `<!-- filingdown: PATH -->` before each file (an HTML comment, so it
///   renders as nothing), with a blank line on either side.
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
            var out: [UInt8] = Array(((index > 0 ? "\n" : "") + "<!-- filingdown: \(StreamFraming.commentSafe(path)) -->\n\n").utf8)
            out += output
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
        case .jsonl:
            var out: [UInt8] = []
            for line in output.split(separator: 0x0A) where !line.isEmpty {
                out += StreamFraming.record(Array(line), path: path)
            }
            return out
        }
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
