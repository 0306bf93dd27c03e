/// Reads both header dialects into `SubmissionHeader.Field` trees:
/// `KEY:<tab>VALUE` lines nested by tab indentation (`<SEC-HEADER>`, `<IMS-HEADER>`), and
/// the `.nc` form of `<KEY>value` lines with `<SECTION>` … `</SECTION>` blocks.
enum HeaderParser {
    static func parse(_ text: String) -> SubmissionHeader {
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        let tagged = lines.filter { $0.first == "<" }.count
        let colon = lines.filter { $0.contains(":") && $0.first != "<" }.count
        return SubmissionHeader(fields: tagged > colon ? parseTagged(lines) : parseColon(lines))
    }

    private static func parseColon(_ lines: [Substring]) -> [SubmissionHeader.Field] {
        // A stack of (indent, field) for open sections.
        var root: [SubmissionHeader.Field] = []
        var stack: [(indent: Int, field: SubmissionHeader.Field)] = []
        func closeTo(_ indent: Int) {
            while let top = stack.last, top.indent >= indent {
                stack.removeLast()
                if stack.isEmpty { root.append(top.field) } else { stack[stack.count - 1].field.children.append(top.field) }
            }
        }
        for raw in lines {
            if raw.first == "<" {
                // <ACCEPTANCE-DATETIME>2017… and similar tag lines inside a colon header.
                if let close = raw.firstIndex(of: ">"), !raw.hasPrefix("</") {
                    let key = raw[raw.index(after: raw.startIndex)..<close]
                    let value = raw[raw.index(after: close)...].trimmingCharacters(" \t")
                    if !key.hasSuffix("HEADER"), !key.hasSuffix("DOCUMENT") {
                        closeTo(0)
                        root.append(.init(key: String(key), value: value))
                    }
                }
                continue
            }
            let indent = raw.prefix { $0 == "\t" || $0 == " " }.reduce(0) { $0 + ($1 == "\t" ? 8 : 1) }
            let line = raw.drop { $0 == "\t" || $0 == " " }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(" \t")
            let value = line[line.index(after: colon)...].trimmingCharacters(" \t")
            guard !key.isEmpty else { continue }
            closeTo(indent)
            if value.isEmpty {
                stack.append((indent, .init(key: key, value: "")))
            } else if stack.isEmpty {
                root.append(.init(key: key, value: value))
            } else {
                stack[stack.count - 1].field.children.append(.init(key: key, value: value))
            }
        }
        closeTo(0)
        return root
    }

    private static func parseTagged(_ lines: [Substring]) -> [SubmissionHeader.Field] {
        var closers = Set<Substring>()
        for l in lines where l.hasPrefix("</") {
            if let e = l.firstIndex(of: ">") { closers.insert(l[l.index(l.startIndex, offsetBy: 2)..<e]) }
        }
        var root: [SubmissionHeader.Field] = []
        var stack: [SubmissionHeader.Field] = []
        func add(_ f: SubmissionHeader.Field) {
            if stack.isEmpty { root.append(f) } else { stack[stack.count - 1].children.append(f) }
        }
        for line in lines {
            let l = line.drop { $0 == " " || $0 == "\t" }
            guard l.first == "<", let close = l.firstIndex(of: ">") else { continue }
            if l.hasPrefix("</") {
                let key = l[l.index(l.startIndex, offsetBy: 2)..<close]
                // Pop to the matching section (unclosed inner sections close with it).
                if stack.contains(where: { $0.key == key }) {
                    while let top = stack.popLast() {
                        if top.key == key { add(top); break }
                        add(top)
                    }
                }
                continue
            }
            let key = l[l.index(after: l.startIndex)..<close]
            if key == "SUBMISSION" || key == "SEC-HEADER" { continue }
            let value = l[l.index(after: close)...].trimmingCharacters(" \t")
            if value.isEmpty && closers.contains(key) {
                stack.append(.init(key: String(key), value: ""))
            } else {
                add(.init(key: String(key), value: value))
            }
        }
        while let top = stack.popLast() { add(top) }
        return root
    }
}
