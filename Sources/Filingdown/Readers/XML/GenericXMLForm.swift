/// Any EDGAR XML form without a renderer of its own (N-CEN, N-PORT, N-MFP, ATS-N, the 13F-HR
/// cover page, SBS, MA, TA, 1-A, C, X-17A-5 …): every element and attribute that holds text,
/// in document order, as labelled fields. Labels come from the element names
/// (`registrantFullName` → `Registrant full name`); an element holding others becomes a
/// heading over its fields; siblings repeated with the same flat shape become one table, other
/// repeats one section each; a list of single values is one field; long free text becomes
/// paragraphs. abactiveetfs-ncen-2026's 863 KB N-CEN was one line before this.
enum GenericXMLForm {
    static func render(_ root: XMLElement) -> Document {
        var blocks = [FormBlocks.heading(title(root))]
        var renderer = Renderer()
        renderer.content(of: root, level: 3, headed: true, into: &blocks)
        return Document(blocks: blocks)
    }

    /// `Form N-CEN: Annual report for registered investment companies`, or the root's name.
    static func title(_ root: XMLElement) -> String {
        guard let type = root.string("headerData/submissionType") ?? root.string("submissionType") else {
            return label(root.name)
        }
        let base = type.hasSuffix("/A") ? String(type.dropLast(2)) : type
        return formTitles[base].map { "Form \(type): \($0)" } ?? "Form \(type)"
    }

    static let formTitles: [String: String] = [
        "N-CEN": "Annual report for registered investment companies",
        "NPORT-P": "Monthly portfolio investments report", "NPORT-NP": "Monthly portfolio investments report",
        "N-MFP": "Monthly schedule of portfolio holdings of money market funds",
        "N-MFP2": "Monthly schedule of portfolio holdings of money market funds",
        "N-MFP3": "Monthly schedule of portfolio holdings of money market funds",
        "13F-HR": "Holdings report", "13F-NT": "Notice", "13F-CTR": "Combination report",
        "ATS-N": "Alternative trading system", "1-A": "Offering statement", "C": "Offering statement",
        "C-AR": "Annual report", "C-U": "Progress update", "X-17A-5": "Annual audited report of a broker-dealer",
        "MA": "Application for municipal advisor registration", "TA-1": "Transfer agent registration",
        "TA-2": "Annual report of transfer agent activities", "SBSE": "Security-based swap dealer registration",
        "N-PX": "Annual report of proxy voting record", "24F-2NT": "Annual notice of securities sold",
        "SDR": "Security-based swap data repository registration", "CFPORTAL": "Funding portal registration",
    ]

    // MARK: labels

    /// Acronyms EDGAR's element names spell in lower case.
    static let acronyms: Set<String> = ["cik", "lei", "crd", "cusip", "isin", "figi", "sec", "id", "url", "irs", "etf", "nav",
                                        "usd", "llc", "sic", "ein", "ccc", "ats", "nms", "otc", "ipo", "fdic", "finra", "cco",
                                        "ceo", "cfo", "sbs", "sbsd", "uit", "bdc", "lp", "us", "ncen", "nport", "mmf"]

    /// `registrantFullName` → `Registrant full name`, `isReportPeriodLt12` → `Is report period lt 12`,
    /// `registrantCik` → `Registrant CIK`, `SOLE_VOTING` → `Sole voting`.
    static func label(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        var previous: Character?
        func close() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        let chars = Array(name)
        for (i, c) in chars.enumerated() {
            if c == "_" || c == "-" || c == "." || c == " " {
                close()
                previous = nil
                continue
            }
            if let p = previous {
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                // `form13FFileNumber`: a number and the capital letter after it are one word (`13F`).
                let numberSuffix = p.isNumber && c.isUppercase && (next?.isUppercase ?? true)
                let boundary = (p.isLowercase && c.isUppercase)
                    || (p.isNumber != c.isNumber && !numberSuffix)
                    || (p.isUppercase && c.isUppercase && (next?.isLowercase ?? false))
                if boundary { close() }
            }
            current.append(c)
            previous = c
        }
        close()
        guard !words.isEmpty else { return name }
        return words.enumerated().map { i, w -> String in
            let lower = w.lowercased()
            if acronyms.contains(lower) || w.contains(where: \.isNumber) { return lower.uppercased() }
            return i == 0 ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
        }.joined(separator: " ")
    }

    // MARK: rendering

    /// Longer values become paragraphs under their label: a table cell of 600 characters reads badly.
    static let longText = 200
    /// Wider repeated records become one section each.
    static let maxTableColumns = 10
    /// Headings go no deeper than Markdown can show.
    static let deepestHeading = 6
    /// The longest value a repeated record's heading borrows (`Director 2: Carol C. McMullen`).
    static let titleValueMax = 60

    struct Renderer {
        private var fields: [(String, String?)] = []

        /// The fields of `e` (attributes, text, leaf children, lists of single values) in one
        /// table, then a section for each element it holds, in document order. Fields after a
        /// section would read as that section's.
        mutating func content(of e: XMLElement, level: Int, headed: Bool, into blocks: inout [Block]) {
            for a in GenericXMLForm.attributes(of: e) { field(GenericXMLForm.label(a.name), a.value, into: &blocks) }
            if !e.text.isEmpty { field(GenericXMLForm.label(e.name), e.text, paragraphs: e.paragraphs, into: &blocks) }
            let groups = GenericXMLForm.groups(e.children)
            var sections: [[XMLElement]] = []
            for group in groups {
                let first = group[0]
                if group.count == 1, first.children.isEmpty {
                    if !first.text.isEmpty { field(GenericXMLForm.label(first.name), first.text, paragraphs: first.paragraphs, into: &blocks) }
                    for a in GenericXMLForm.attributes(of: first) { field(GenericXMLForm.label(a.name), a.value, into: &blocks) }
                } else if group.count == 1, let values = GenericXMLForm.singleValues(first) {
                    fields.append((GenericXMLForm.label(first.name), values.joined(separator: "; ")))
                } else if group.count > 1, group.allSatisfy({ GenericXMLForm.singleValue($0) != nil }) {
                    fields.append((GenericXMLForm.label(first.name), group.compactMap(GenericXMLForm.singleValue).joined(separator: "; ")))
                } else {
                    sections.append(group)
                }
            }
            flush(into: &blocks)
            for group in sections {
                if group.count == 1 {
                    blocks.append(FormBlocks.heading(GenericXMLForm.label(group[0].name), level: min(level, GenericXMLForm.deepestHeading)))
                    // A wrapper of one element (`<transferAgents><transferAgent>…`) needs no heading of its own.
                    var inner = group[0]
                    while inner.text.isEmpty, GenericXMLForm.attributes(of: inner).isEmpty, inner.children.count == 1,
                          !inner.children[0].children.isEmpty {
                        inner = inner.children[0]
                    }
                    content(of: inner, level: level + 1, headed: true, into: &blocks)
                } else {
                    // The heading over `e` names this group only when the group is all `e` holds.
                    let alone = groups.count == 1 && GenericXMLForm.attributes(of: e).isEmpty && e.text.isEmpty
                    repeated(group, level: level, headed: headed && alone, label: GenericXMLForm.label(group[0].name),
                             into: &blocks)
                }
            }
        }

        private mutating func repeated(_ group: [XMLElement], level: Int, headed: Bool, label: String, into blocks: inout [Block]) {
            flush(into: &blocks)
            if let table = GenericXMLForm.recordTable(group) {
                if !headed { blocks.append(FormBlocks.heading(label, level: min(level, GenericXMLForm.deepestHeading))) }
                blocks.append(table)
                return
            }
            let inner = headed ? level : level + 1
            if !headed { blocks.append(FormBlocks.heading(label, level: min(level, GenericXMLForm.deepestHeading))) }
            for (n, e) in group.enumerated() {
                var title = "\(label) \(n + 1)"
                if let name = GenericXMLForm.firstValue(e), name.count <= GenericXMLForm.titleValueMax,
                   name.contains(where: \.isLetter) { title += ": \(name)" }
                blocks.append(FormBlocks.heading(title, level: min(inner, GenericXMLForm.deepestHeading)))
                content(of: e, level: inner + 1, headed: true, into: &blocks)
            }
        }

        private mutating func field(_ label: String, _ value: String, paragraphs: [String] = [], into blocks: inout [Block]) {
            guard ASCIIText.meaningful(value) != nil else { return }
            guard value.count > GenericXMLForm.longText || !paragraphs.isEmpty else {
                fields.append((label, value))
                return
            }
            flush(into: &blocks)
            blocks.append(.paragraph([.strong([.text(label)])]))
            for p in paragraphs.isEmpty ? [value] : paragraphs { blocks.append(FormBlocks.paragraph(p)) }
        }

        private mutating func flush(into blocks: inout [Block]) {
            if let table = FormBlocks.fields(fields) { blocks.append(table) }
            fields.removeAll()
        }
    }

    /// Children grouped by name, each group where its name first appears.
    static func groups(_ children: [XMLElement]) -> [[XMLElement]] {
        var order: [String] = []
        var byName: [String: [XMLElement]] = [:]
        for c in children {
            if byName[c.qualifiedName] == nil { order.append(c.qualifiedName) }
            byName[c.qualifiedName, default: []].append(c)
        }
        return order.map { byName[$0]! }
    }

    /// Attributes that carry the form's data: not the schema's own `xsi:` plumbing.
    static func attributes(of e: XMLElement) -> [XMLAttribute] {
        e.attributeList.filter { $0.prefix != "xsi" && $0.prefix != "xmlns" }
    }

    /// The one value an element holds: its text with no attributes, or its single attribute with
    /// no text, and no children (`<fileNumberInfo fileNumber="811-00126"/>`).
    static func singleValue(_ e: XMLElement) -> String? {
        guard e.children.isEmpty, e.paragraphs.isEmpty, e.text.count <= longText else { return nil }
        let attrs = attributes(of: e)
        if attrs.isEmpty { return e.text.isEmpty ? nil : e.text }
        if e.text.isEmpty, attrs.count == 1, attrs[0].value.count <= longText { return attrs[0].value }
        return nil
    }

    /// An element that only lists single values of one name (`<fileNumbers>` of `<fileNumberInfo>`).
    static func singleValues(_ e: XMLElement) -> [String]? {
        guard attributes(of: e).isEmpty, e.text.isEmpty, let name = e.children.first?.qualifiedName,
              e.children.allSatisfy({ $0.qualifiedName == name }) else { return nil }
        let values = e.children.map(singleValue)
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        return values.compactMap { $0 }
    }

    /// A record's flat fields: attributes, leaf children's text and attributes; nil when it
    /// holds deeper elements or a long text.
    static func flatFields(_ e: XMLElement) -> [(String, String)]? {
        guard e.text.isEmpty || e.children.isEmpty else { return nil }
        var out: [(String, String)] = []
        for a in attributes(of: e) { out.append((label(a.name), a.value)) }
        if e.children.isEmpty, !e.text.isEmpty { out.append((label(e.name), e.text)) }
        for c in e.children {
            if let values = singleValues(c) {
                out.append((label(c.name), values.joined(separator: "; ")))
                continue
            }
            // One level of leaves below is flattened into the record (13F-HR `<otherManager2>`
            // holds a sequence number and an `<otherManager>` of CIK, file number and name).
            let leaves = c.children.isEmpty ? [c] : c.children
            guard c.children.isEmpty || (c.text.isEmpty && attributes(of: c).isEmpty) else { return nil }
            for leaf in leaves {
                guard leaf.children.isEmpty, leaf.paragraphs.isEmpty else { return nil }
                if !leaf.text.isEmpty { out.append((label(leaf.name), leaf.text)) }
                for a in attributes(of: leaf) { out.append((label(a.name), a.value)) }
            }
        }
        guard out.allSatisfy({ $0.1.count <= longText }) else { return nil }
        return out
    }

    /// Repeated records of one flat shape as a table, columns in the order they first appear.
    static func recordTable(_ group: [XMLElement]) -> Block? {
        var records: [[(String, String)]] = []
        for e in group {
            guard let f = flatFields(e) else { return nil }
            // A label twice in one record would need two columns of one name.
            guard Set(f.map(\.0)).count == f.count else { return nil }
            records.append(f)
        }
        var columns: [String] = []
        for r in records { for (l, _) in r where !columns.contains(l) { columns.append(l) } }
        guard !columns.isEmpty, columns.count <= maxTableColumns else { return nil }
        let rows = records.map { r in columns.map { c in r.first { $0.0 == c }?.1 ?? "" } }
        return FormBlocks.table(columns, rows)
    }

    /// The first value in a record, to name it in its heading.
    static func firstValue(_ e: XMLElement) -> String? {
        if let a = attributes(of: e).first { return ASCIIText.meaningful(a.value) }
        for c in e.children {
            if let v = ASCIIText.meaningful(c.text), c.children.isEmpty { return v }
            if !c.children.isEmpty { return nil }
        }
        return nil
    }
}
