/// A writer renders the document model, document by document, into one byte buffer.
/// Writers never see HTML.
protocol DocumentWriter {
    mutating func begin(header: SubmissionHeader?, documentCount: Int, into out: inout [UInt8])
    /// `named`: the document came from a `<DOCUMENT>` wrapper and gets a heading naming it.
    mutating func write(_ document: FilingDocument, index: Int, named: Bool, into out: inout [UInt8])
    mutating func end(into out: inout [UInt8])
}

extension Array where Element == UInt8 {
    @inline(__always) mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append(contentsOf: $0) }
    }
}

extension FilingDocument {
    /// `Document 2: EX-99.1 (ex99-1.htm): Press release` — what a document heading says.
    var title: String {
        var parts = "Document \(sequence ?? "?")"
        if let type, !type.isEmpty { parts += ": \(type)" }
        if let filename, !filename.isEmpty { parts += " (\(filename))" }
        if let description, !description.isEmpty, description != type { parts += " — \(description)" }
        return parts
    }
}
