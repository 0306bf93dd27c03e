import Synchronization

/// What the `filingdown-bench` benchmark needs from the library and cannot get from the
/// public conversion API: where the HTML documents of an input lie, and the charset the
/// converter would parse each one with, so that its libxml2 parse-only floor parses exactly
/// the bytes the converter parses, the same way.
public enum BenchmarkSupport {
    /// One HTML document of an input.
    public struct HTMLDocumentSpan: Sendable, Hashable {
        /// The HTML content in the input: inside `<TEXT>`, with any `<XBRL>`/`<XML>` inner
        /// wrapper peeled off (what the converter hands to libxml2).
        public var content: Range<Int>
        /// The whole `<TEXT>` of the document in the input (its size is what "document size" means).
        public var text: Range<Int>
        /// What the converter tells libxml2 the bytes are when no encoding is forced.
        public var encoding: TextEncoding
        public var type: String?
        public var filename: String?
    }

    /// The HTML documents of `bytes` (a submission or a single document), found the way the
    /// converter finds them: `SubmissionReader` splits, `DocumentSniffer` decides. No parsing.
    public static func htmlDocuments(in bytes: UnsafeRawBufferPointer) -> [HTMLDocumentSpan] {
        let reader = SubmissionReader(bytes)
        return reader.parts.compactMap { part in
            let text = UnsafeRawBufferPointer(rebasing: bytes[part.text])
            let sniffed = DocumentSniffer.sniff(text, type: part.type)
            guard sniffed.kind == .html else { return nil }
            let content = (part.text.lowerBound + sniffed.content.lowerBound)..<(part.text.lowerBound + sniffed.content.upperBound)
            let encoding = TextEncoding.detect(UnsafeRawBufferPointer(rebasing: bytes[content]))
            return HTMLDocumentSpan(content: content, text: part.text, encoding: encoding, type: part.type, filename: part.filename)
        }
    }

    /// HTML documents being parsed right now, across threads, and the most at once so far:
    /// the benchmark's evidence that a submission is converted one document at a time.
    public static var parsesInFlightPeak: Int { parseCensus.peak.load(ordering: .relaxed) }
    public static var parsesStarted: Int { parseCensus.started.load(ordering: .relaxed) }

    static let parseCensus = ParseCensus()

    final class ParseCensus: Sendable {
        let running = Atomic<Int>(0)
        let peak = Atomic<Int>(0)
        let started = Atomic<Int>(0)

        func begin() {
            let now = running.wrappingAdd(1, ordering: .relaxed).newValue
            started.wrappingAdd(1, ordering: .relaxed)
            var seen = peak.load(ordering: .relaxed)
            while now > seen {
                let (exchanged, original) = peak.compareExchange(expected: seen, desired: now, ordering: .relaxed)
                if exchanged { break }
                seen = original
            }
        }

        func end() { running.wrappingSubtract(1, ordering: .relaxed) }
    }

    /// Sizes of every document's `<TEXT>` in `bytes`, whatever its kind.
    public static func documentSizes(in bytes: UnsafeRawBufferPointer) -> [Int] {
        SubmissionReader(bytes).parts.map { $0.text.count }
    }
}
