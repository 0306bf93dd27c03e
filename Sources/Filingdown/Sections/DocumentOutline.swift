/// A document's outline, with the document it belongs to, as `--outline` prints it.
public struct DocumentOutline: Sendable {
    /// As in `FilingDocument.sequence`: the position stands in when `<SEQUENCE>` was empty.
    public var sequence: String?
    /// The document's `<TYPE>` (`10-K`, `EX-13`).
    public var type: String?
    /// The document's `<FILENAME>`; nil in submissions from before about 2000.
    public var filename: String?
    /// In document order; empty for a document with no Parts or Items (an exhibit, a press release).
    public var entries: [OutlineEntry]

    init(document: FilingDocument, entries: [OutlineEntry]) {
        sequence = document.sequence
        type = document.type
        filename = document.filename
        self.entries = entries
    }

    /// One line per Part and Item: label, title, page, size. Items are indented under Parts.
    public static func listing(_ outlines: [DocumentOutline]) -> String {
        var out = ""
        for o in outlines {
            var name = o.sequence.map { "Document \($0)" } ?? "Document"
            if let t = o.type, !t.isEmpty { name += ": \(t)" }
            if let f = o.filename, !f.isEmpty { name += " (\(f))" }
            out += name + "\n"
            if o.entries.isEmpty { out += "  (no Parts or Items found)\n" }
            for e in o.entries {
                let indent = e.kind != .item || e.part == nil ? "  " : "    "
                let head: String
                if e.kind == .item || e.kind == .part {
                    let title = e.title.count > 56 ? String(e.title.prefix(55)) + "…" : e.title
                    head = (indent + e.label).padding(to: 14) + " " + title.padding(to: 56)
                } else {
                    // What follows the Items is listed by its heading alone: `SIGNATURES`.
                    let title = e.title.count > 69 ? String(e.title.prefix(68)) + "…" : e.title
                    head = (indent + title).padding(to: 71)
                }
                let page = e.page.map { "page \($0)" } ?? ""
                out += head + " " + page.padding(to: 10) + " " + String(e.size).leftPadded(to: 9, with: " ") + " chars\n"
                // Item 8 pointing to the statements after the Items: where they are.
                for range in e.continuedAt {
                    guard let target = o.entries.first(where: { $0.start == range.lowerBound }) else { continue }
                    let title = target.title.count > 52 ? String(target.title.prefix(51)) + "…" : target.title
                    out += "      continued at " + title + (target.page.map { " (page \($0))" } ?? "") + "\n"
                }
            }
        }
        return out
    }
}

extension String {
    func padding(to n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
