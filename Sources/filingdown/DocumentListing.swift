import Filingdown

/// What `--list` prints: one line per document, for people and for `cut`/`awk` alike.
///
/// Markdown and text: tab-separated `SEQUENCE TYPE FILENAME SIZE KIND DESCRIPTION`, with no
/// header line, and the input's path as a first column when there are several inputs (as
/// `grep` names files). JSON and JSON Lines: one object per document per line, with a
/// `"path"` member when there are several inputs.
///
/// `--outline` too: in Markdown and text the library's aligned listing; in JSON and JSON
/// Lines one object per document per line, `{"sequence", "type", "filename", "outline"}`,
/// the outline entries as `--format json` writes them, without their block positions.
struct DocumentListing: Sendable {
    let format: ConversionOptions.Format

    func render(_ documents: [DocumentSummary], path: String?) -> [UInt8] {
        var out: [UInt8] = []
        for d in documents {
            switch format {
            case .markdown, .text:
                var fields: [String] = []
                if let path { fields.append(ControlEscaping.escaped(path)) }
                fields += [d.sequence ?? "", d.type ?? "", d.filename ?? "", String(d.size), d.kind.rawValue, d.description ?? ""]
                out += Array((fields.map(DocumentListing.tabSafe).joined(separator: "\t") + "\n").utf8)
            case .json, .jsonl, .chunks:
                out += Array("{".utf8)
                if let path { out += Array("\"path\":".utf8) + JSONText.quoted(path) + Array(",".utf8) }
                out += Array("\"sequence\":".utf8) + JSONText.quoted(d.sequence)
                out += Array(",\"type\":".utf8) + JSONText.quoted(d.type)
                out += Array(",\"filename\":".utf8) + JSONText.quoted(d.filename)
                out += Array(",\"size\":\(d.size),\"kind\":".utf8) + JSONText.quoted(d.kind.rawValue)
                out += Array(",\"description\":".utf8) + JSONText.quoted(d.description)
                out += Array("}\n".utf8)
            }
        }
        return out
    }

    func render(_ outlines: [DocumentOutline], path: String?) -> [UInt8] {
        switch format {
        case .markdown, .text:
            return Array(((path.map { "==> \(ControlEscaping.escaped($0)) <==\n" } ?? "") + DocumentOutline.listing(outlines)).utf8)
        case .json, .jsonl, .chunks:
            var out: [UInt8] = []
            for o in outlines {
                out += Array("{".utf8)
                if let path { out += Array("\"path\":".utf8) + JSONText.quoted(path) + Array(",".utf8) }
                out += Array("\"sequence\":".utf8) + JSONText.quoted(o.sequence)
                out += Array(",\"type\":".utf8) + JSONText.quoted(o.type)
                out += Array(",\"filename\":".utf8) + JSONText.quoted(o.filename)
                out += Array(",\"outline\":[".utf8)
                for (i, e) in o.entries.enumerated() {
                    out += Array((i > 0 ? ",{" : "{").utf8)
                    out += Array("\"kind\":".utf8) + JSONText.quoted(e.kind.rawValue)
                    out += Array(",\"number\":".utf8) + JSONText.quoted(e.number)
                    out += Array(",\"part\":".utf8) + JSONText.quoted(e.part)
                    out += Array(",\"heading\":".utf8) + JSONText.quoted(e.heading)
                    out += Array(",\"title\":".utf8) + JSONText.quoted(e.title)
                    out += Array(",\"page\":".utf8) + JSONText.quoted(e.page)
                    out += Array(",\"size\":\(e.size)}".utf8)
                }
                out += Array("]}\n".utf8)
            }
            return out
        }
    }

    /// A tab or line break inside a field would shift every column after it.
    private static func tabSafe(_ field: String) -> String {
        // On scalars: `\r\n` is one Character, equal to neither.
        String(String.UnicodeScalarView(field.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
