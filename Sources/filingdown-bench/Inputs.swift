import Filingdown

/// One HTML document, copied out of its corpus file: what the converter parses.
struct HTMLInput {
    var name: String
    var bytes: [UInt8]
    var encoding: TextEncoding
}

/// The corpus files and the HTML documents inside them.
struct Corpus {
    /// Paths of the filings (README.md and MANIFEST.tsv left out), sorted.
    var files: [String]
    var fileBytes: Int
    var documents: [HTMLInput]
    var htmlBytes: Int { documents.reduce(0) { $0 + $1.bytes.count } }
    var largestDocument: HTMLInput? { documents.max { $0.bytes.count < $1.bytes.count } }

    static let skipped: Set<String> = ["README.md", "MANIFEST.tsv"]

    static func load(_ directory: String) -> Corpus {
        var files: [String] = []
        var fileBytes = 0
        var documents: [HTMLInput] = []
        for name in System.listDirectory(directory) where !skipped.contains(name) {
            let path = directory + "/" + name
            guard System.isRegularFile(path), let bytes = System.readFile(path) else { continue }
            files.append(path)
            fileBytes += bytes.count
            bytes.withUnsafeBytes { buf in
                for span in BenchmarkSupport.htmlDocuments(in: buf) {
                    let label = span.filename.map { "\(name)!\($0)" } ?? name
                    documents.append(HTMLInput(name: label, bytes: Array(buf[span.content]), encoding: span.encoding))
                }
            }
        }
        return Corpus(files: files, fileBytes: fileBytes, documents: documents)
    }
}

/// A full EDGAR submission (`<SEC-DOCUMENT>` with a header) made by repeating the corpus's
/// HTML documents until it reaches the target size.
struct SyntheticSubmission {
    var bytes: [UInt8]
    var documentCount: Int
    var largestDocument: Int

    static func build(from documents: [HTMLInput], targetBytes: Int) -> SyntheticSubmission {
        precondition(!documents.isEmpty, "no HTML documents to repeat")
        var out: [UInt8] = []
        out.reserveCapacity(targetBytes + (documents.map(\.bytes.count).max() ?? 0) + 4096)
        // Count first, so the header can say how many documents follow.
        var count = 0
        var total = 0
        while total < targetBytes {
            total += documents[count % documents.count].bytes.count + 120
            count += 1
        }
        out.append(contentsOf: """
            <SEC-DOCUMENT>0000000000-26-000009.txt : 20260101
            <SEC-HEADER>0000000000-26-000009.hdr.sgml : 20260101
            <ACCEPTANCE-DATETIME>20260101120000
            ACCESSION NUMBER:\t\t0000000000-26-000009
            CONFORMED SUBMISSION TYPE:\t10-K
            PUBLIC DOCUMENT COUNT:\t\t\(count)
            CONFORMED PERIOD OF REPORT:\t20251231
            FILED AS OF DATE:\t\t20260101

            FILER:

            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tFILINGDOWN BENCHMARK SYNTHETIC INC
            \t\tCENTRAL INDEX KEY:\t\t\t0000000009
            </SEC-HEADER>

            """.utf8)
        var largest = 0
        for i in 0..<count {
            let doc = documents[i % documents.count]
            largest = max(largest, doc.bytes.count)
            let type = i == 0 ? "10-K" : "EX-99.\(i)"
            out.append(contentsOf: "<DOCUMENT>\n<TYPE>\(type)\n<SEQUENCE>\(i + 1)\n<FILENAME>doc\(i + 1).htm\n<DESCRIPTION>\(sanitize(doc.name))\n<TEXT>\n".utf8)
            out.append(contentsOf: doc.bytes)
            out.append(contentsOf: "\n</TEXT>\n</DOCUMENT>\n".utf8)
        }
        out.append(contentsOf: "</SEC-DOCUMENT>\n".utf8)
        return SyntheticSubmission(bytes: out, documentCount: count, largestDocument: largest)
    }

    private static func sanitize(_ s: String) -> String {
        String(s.map { $0 == "<" || $0 == ">" ? "_" : $0 })
    }
}
