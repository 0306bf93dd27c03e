import Synchronization

/// What the `filingdown-bench` benchmark needs from the library and cannot get from the
/// public conversion API: where the HTML documents of an input lie, and the charset the
/// converter would parse each one with, so that its libxml2 parse-only floor parses exactly
/// the bytes the converter parses, the same way.
package enum BenchmarkSupport {
    /// One HTML document of an input.
    package struct HTMLDocumentSpan: Sendable, Hashable {
        /// The HTML content in the input: inside `<TEXT>`, with any `<XBRL>`/`<XML>` inner
        /// wrapper peeled off (what the converter hands to libxml2).
        package var content: Range<Int>
        /// The whole `<TEXT>` of the document in the input (its size is what "document size" means).
        package var text: Range<Int>
        /// What the converter tells libxml2 the bytes are when no encoding is forced.
        package var encoding: TextEncoding
        package var type: String?
        package var filename: String?
    }

    /// The HTML documents of `bytes` (a submission or a single document), found the way the
    /// converter finds them: `SubmissionReader` splits, `DocumentSniffer` decides. No parsing.
    package static func htmlDocuments(in bytes: UnsafeRawBufferPointer) -> [HTMLDocumentSpan] {
        Submission.Layout(bytes).documents.compactMap { slice in
            guard slice.kind == .html else { return nil }
            let encoding = TextEncoding.detect(UnsafeRawBufferPointer(rebasing: bytes[slice.content]))
            return HTMLDocumentSpan(content: slice.content, text: slice.text, encoding: encoding, type: slice.type, filename: slice.filename)
        }
    }

    /// HTML documents being parsed right now, across threads, and the most at once so far:
    /// the benchmark's evidence that a submission is converted one document at a time.
    /// Counted only after `countParses()`: the parse path itself holds no counter.
    package static var parsesInFlightPeak: Int { parseCensus.peak.load(ordering: .relaxed) }
    package static var parsesStarted: Int { parseCensus.started.load(ordering: .relaxed) }

    /// Makes the parser report to the census from now on.
    package static func countParses() {
        HTMLParser.observer.withLock { $0 = parseCensus }
    }

    static let parseCensus = ParseCensus()

    final class ParseCensus: ParseObserver {
        let running = Atomic<Int>(0)
        let peak = Atomic<Int>(0)
        let started = Atomic<Int>(0)

        func parseBegan() {
            let now = running.wrappingAdd(1, ordering: .relaxed).newValue
            started.wrappingAdd(1, ordering: .relaxed)
            var seen = peak.load(ordering: .relaxed)
            while now > seen {
                let (exchanged, original) = peak.compareExchange(expected: seen, desired: now, ordering: .relaxed)
                if exchanged { break }
                seen = original
            }
        }

        func parseEnded() { running.wrappingSubtract(1, ordering: .relaxed) }
    }

    /// Sizes of every document's `<TEXT>` in `bytes`, whatever its kind.
    package static func documentSizes(in bytes: UnsafeRawBufferPointer) -> [Int] {
        Submission.Layout(bytes).documents.map { $0.text.count }
    }
}
