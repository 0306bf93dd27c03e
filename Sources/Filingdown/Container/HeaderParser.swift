/// Reads every header dialect into `SubmissionHeader.Field` trees with one set of rules:
/// `KEY:<tab>VALUE` lines nested by indentation (`<SEC-HEADER>`, `<IMS-HEADER>`), `<KEY>value`
/// lines with `<SECTION>` … `</SECTION>` blocks (the `.nc` `<SUBMISSION>` form), and the mixes
/// real headers contain: `<ACCEPTANCE-DATETIME>` above colon fields, a `<REPORTING-OWNER>`
/// block whose fields are colon lines (2000-era Form 4), series-and-classes tag blocks after
/// the filer (funds). A tag opens a section only when its closing tag appears somewhere in
/// the header, so unclosed `.nc` tags such as `<PRIVATE-TO-PUBLIC>` stay plain fields.
enum HeaderParser {
    /// Tags that wrap the header rather than belong to it.
    static let wrappers: Set<Substring> = ["SEC-HEADER", "IMS-HEADER", "SUBMISSION", "SEC-DOCUMENT", "IMS-DOCUMENT"]

    private struct Frame {
        var field: SubmissionHeader.Field
        /// Indentation of a colon section; tagged sections close only on their closing tag.
        var indent: Int
        var tagged: Bool
    }

    static func parse(_ text: String) -> SubmissionHeader {
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        var closers = Set<Substring>()
        for raw in lines {
            let l = raw.drop { $0 == " " || $0 == "\t" }
            if l.hasPrefix("</"), let e = l.firstIndex(of: ">") { closers.insert(l[l.index(l.startIndex, offsetBy: 2)..<e].uppercased()[...]) }
        }

        var root: [SubmissionHeader.Field] = []
        var stack: [Frame] = []
        func add(_ f: SubmissionHeader.Field) {
            if stack.isEmpty { root.append(f) } else { stack[stack.count - 1].field.children.append(f) }
        }
        func pop() {
            let top = stack.removeLast()
            add(top.field)
        }
        /// Closes the colon sections, inside the innermost tagged one, that `indent` leaves.
        func closeColonSections(to indent: Int) {
            while let top = stack.last, !top.tagged, top.indent >= indent { pop() }
        }

        for raw in lines {
            let indent = raw.prefix { $0 == "\t" || $0 == " " }.reduce(0) { $0 + ($1 == "\t" ? 8 : 1) }
            let line = raw.drop { $0 == "\t" || $0 == " " }
            guard let firstChar = line.first else { continue }
            if firstChar == "<", let close = line.firstIndex(of: ">") {
                if line.hasPrefix("</") {
                    let key = line[line.index(line.startIndex, offsetBy: 2)..<close].uppercased()
                    if stack.contains(where: { $0.tagged && $0.field.key == key }) {
                        // Pop to the matching section; unclosed inner sections close with it.
                        while let top = stack.last {
                            pop()
                            if top.tagged && top.field.key == key { break }
                        }
                    }
                    continue
                }
                let key = line[line.index(after: line.startIndex)..<close].uppercased()
                if wrappers.contains(key[...]) { continue }
                let value = ASCIIText.trimmed(line[line.index(after: close)...])
                // A tag line sits at the top level of its tagged section.
                closeColonSections(to: 0)
                if value.isEmpty && closers.contains(key[...]) {
                    stack.append(Frame(field: .init(key: key, value: ""), indent: 0, tagged: true))
                } else {
                    add(.init(key: key, value: value))
                }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = ASCIIText.trimmed(line[..<colon]).uppercased()
            let value = ASCIIText.trimmed(line[line.index(after: colon)...])
            guard !key.isEmpty else { continue }
            closeColonSections(to: indent)
            if value.isEmpty {
                stack.append(Frame(field: .init(key: key, value: ""), indent: indent, tagged: false))
            } else {
                add(.init(key: key, value: value))
            }
        }
        while !stack.isEmpty { pop() }
        return SubmissionHeader(fields: root)
    }
}
