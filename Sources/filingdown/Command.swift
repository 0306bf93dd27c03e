import ArgumentParser
import Filingdown
import FoundationEssentials

@main
struct Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filingdown",
        abstract: "Convert SEC EDGAR filings to Markdown, plain text or JSON.",
        version: "0.1.0")

    @Option(name: .shortAndLong, help: "Output format: markdown, text, json or jsonl.")
    var format: String = "markdown"

    @Option(name: .shortAndLong, help: "Write the output to FILE instead of standard output.")
    var output: String?

    @Argument(help: "A filing (.txt, .nc, .htm); '-' or nothing reads standard input.")
    var input: String?

    mutating func run() throws {
        var options = ConversionOptions()
        guard let f = ConversionOptions.Format(rawValue: format == "md" ? "markdown" : format == "txt" ? "text" : format) else {
            throw ValidationError("unknown format '\(format)'")
        }
        options.format = f
        let path = input ?? "-"
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch {
            FileHandleOutput.stderr("filingdown: \(path): \(error)\n")
            throw ExitCode(1)
        }
        let result = Converter(options: options).convert(bytes)
        for w in result.warnings { FileHandleOutput.stderr("filingdown: \(path): \(w)\n") }
        if let output {
            try Data(result.output).write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandleOutput.stdout(result.output)
        }
    }
}
