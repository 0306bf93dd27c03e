import ArgumentParser
import Filingdown

/// The library's option values, parsed straight from the command line, so that the names
/// the user types are the library's own and `--help` lists exactly what the library accepts.
extension ConversionOptions.Format: ExpressibleByArgument {
    /// `md` and `txt` too: the names people know from file extensions.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "markdown", "md": self = .markdown
        case "text", "txt", "plain": self = .text
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "chunks": self = .chunks
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["markdown", "md", "text", "txt", "json", "jsonl", "chunks"] }
}

extension ConversionOptions.PageBreakStyle: ExpressibleByArgument {}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }

    public static var allValueStrings: [String] { ["utf-8", "windows-1252", "iso-8859-1"] }
}

/// A size in bytes as typed: `1000000`, `64K`, `256M`, `1G` (powers of 1024).
struct ByteCount: ExpressibleByArgument, Equatable {
    let value: Int

    init?(argument: String) {
        var digits = Substring(argument)
        var scale = 1
        switch argument.last.map({ $0.uppercased() }) {
        case "K": scale = 1 << 10
        case "M": scale = 1 << 20
        case "G": scale = 1 << 30
        default: break
        }
        if scale > 1 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { return nil }
        value = number * scale
    }
}
