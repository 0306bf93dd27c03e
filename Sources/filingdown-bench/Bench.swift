import CLibXML2
import Filingdown
#if canImport(Glibc)
import Glibc
#endif

/// `filingdown-bench`: the benchmark of issue 9. Converts the HTML documents of the corpus
/// and a synthetic ~100 MB submission on one thread, per format, against libxml2's
/// parse-only floor measured in the same run on the same bytes; measures peak memory in
/// child processes; times the CLI with --jobs 1 and 2; times the CLI's start-up.
///
///     swift run -c release --scratch-path .build-bench filingdown-bench [--corpus DIR] [--iterations N]
@main
struct Bench {
    static let usage = """
        usage: filingdown-bench [--corpus DIR] [--iterations N] [--synthetic-mb N]
                                [--sections throughput,memory,cli,startup] [--cli PATH]
               filingdown-bench --profile FORMAT [--corpus DIR] [--iterations N]
               filingdown-bench --child FORMAT --input FILE [--count-docs]   (internal)

          --corpus DIR        the filings (default: ../shared/corpus from the package root)
          --iterations N      timed rounds per format (default 5; one untimed warm-up first)
          --synthetic-mb N    size of the synthetic submission (default 100)
          --sections LIST     which parts to run (default: all four)
          --cli PATH          the filingdown binary to time (default: next to this one)
          --profile FORMAT    only convert the corpus's HTML documents N times (for perf record);
                              --profile floor only parses them with libxml2
        FORMAT is markdown, text, json or chunks; for --child also read (read the input only) or parse
        (read, then libxml2-parse every HTML document: the DOM's own peak).
        """

    struct Options {
        var corpus: String
        var iterations = 5
        var syntheticMB = 100
        var sections: Set<String> = ["throughput", "memory", "cli", "startup"]
        var cli: String?
        var profile: String?
        var child: String?
        var input: String?
        var countDocs = false
    }

    /// The package root, from where this file sits (Sources/filingdown-bench/Bench.swift).
    static let packageRoot: String = {
        let file = #filePath
        return System.dirname(System.dirname(System.dirname(file)))
    }()

    static func main() {
        var options = Options(corpus: packageRoot + "/../shared/corpus")
        var args = CommandLine.arguments.dropFirst()
        func value(_ flag: String) -> String {
            guard let v = args.popFirst() else { fail("\(flag) needs a value") }
            return v
        }
        while let arg = args.popFirst() {
            switch arg {
            case "--corpus": options.corpus = value(arg)
            case "--iterations": options.iterations = max(1, number(value(arg), arg))
            case "--synthetic-mb": options.syntheticMB = max(1, number(value(arg), arg))
            case "--sections": options.sections = Set(value(arg).split(separator: ",").map(String.init))
            case "--cli": options.cli = value(arg)
            case "--profile": options.profile = value(arg)
            case "--child": options.child = value(arg)
            case "--input": options.input = value(arg)
            case "--count-docs": options.countDocs = true
            case "-h", "--help": print(usage); exit(0)
            default: fail("unknown argument \(arg)\n\(usage)")
            }
        }
        ParseFloor.setUp()
        if let child = options.child {
            guard let input = options.input else { fail("--child needs --input") }
            runChild(format: child, input: input, countDocs: options.countDocs)
        } else if let profile = options.profile {
            runProfile(format: profile, options: options)
        } else {
            Benchmark(options: options).run()
        }
    }

    static func number(_ s: String, _ flag: String) -> Int {
        guard let n = Int(s) else { fail("\(flag) needs a number, not \(s)") }
        return n
    }

    static func fail(_ message: String) -> Never {
        var err = "filingdown-bench: " + message + "\n"
        err.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        exit(2)
    }

    static func format(named name: String) -> ConversionOptions.Format? {
        switch name {
        case "markdown", "md": return .markdown
        case "text", "txt": return .text
        case "json": return .json
        case "jsonl": return .jsonl
        case "chunks": return .chunks
        default: return nil
        }
    }

    // MARK: - Child: one conversion of one file, then report the peak

    /// Reads the file whole (as the CLI does), converts it streaming into a byte counter, and
    /// prints `hwm_kib=… live_max=… docs=… out=…`.
    static func runChild(format: String, input: String, countDocs: Bool) {
        if countDocs { LiveDocumentCounter.install() }
        BenchmarkSupport.countParses()
        guard let bytes = System.readFile(input) else { fail("cannot read \(input)") }
        var out = 0
        switch format {
        case "read":
            out = bytes.withUnsafeBytes { BenchmarkSupport.documentSizes(in: $0).count }
        case "parse":
            bytes.withUnsafeBytes { buf in
                for span in BenchmarkSupport.htmlDocuments(in: buf) {
                    out += ParseFloor.parse(UnsafeRawBufferPointer(rebasing: buf[span.content]), encoding: span.encoding)
                }
            }
        default:
            guard let f = Bench.format(named: format) else { fail("unknown format \(format)") }
            var conversion = ConversionOptions()
            conversion.format = f
            let converter = Converter(options: conversion)
            _ = bytes.withUnsafeBytes { converter.convert($0) { out += $0.count } }
        }
        // Trees libxml2 built (the parse row), or the converter's tree-free parses in flight.
        let liveMax = max(LiveDocumentCounter.maxLive, BenchmarkSupport.parsesInFlightPeak)
        let docs = LiveDocumentCounter.created + BenchmarkSupport.parsesStarted
        print("hwm_kib=\(System.peakRSSKiB()) live_max=\(liveMax) docs=\(docs) out=\(out)")
    }

    // MARK: - Profile: the Markdown (or other) loop alone, for perf record

    static func runProfile(format name: String, options: Options) {
        let f = format(named: name)
        guard f != nil || name == "floor" else { fail("unknown format \(name)") }
        guard System.isDirectory(options.corpus) else { fail("no corpus directory at \(options.corpus); pass --corpus DIR") }
        let corpus = Corpus.load(options.corpus)
        var conversion = ConversionOptions()
        conversion.format = f ?? .markdown
        let converter = Converter(options: conversion)
        var times: [Double] = []
        for _ in 0..<options.iterations {
            let t0 = System.threadCPU()
            var out = 0
            for doc in corpus.documents {
                if f == nil {
                    out += doc.bytes.withUnsafeBytes { ParseFloor.parse($0, encoding: doc.encoding) }
                } else {
                    _ = doc.bytes.withUnsafeBytes { converter.convert($0) { out += $0.count } }
                }
            }
            times.append(System.threadCPU() - t0)
        }
        let mbps = Double(corpus.htmlBytes) / 1e6 / Fmt.median(times)
        print("\(name): \(corpus.documents.count) HTML documents, \(Fmt.mb(corpus.htmlBytes)) MB, median \(Fmt.num(mbps)) MB/s (CPU clock) over \(options.iterations) rounds")
    }
}
