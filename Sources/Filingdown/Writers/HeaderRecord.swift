/// The submission header as the writers print it: one ordered record, built once from the
/// parsed header, that the YAML front matter, the plain-text header and the JSON header each
/// serialise. What a format leaves out (JSON keeps absent values as null; YAML and text drop
/// them) is the serialiser's choice, never a second list of fields.
struct HeaderRecord {
    indirect enum Value {
        case text(String?)
        case number(Int?)
        case list([Value])
        case record([Field])

        var isScalar: Bool {
            switch self {
            case .text, .number: return true
            case .list, .record: return false
            }
        }
    }

    struct Field {
        var key: String
        var value: Value
    }

    var fields: [Field]

    init(_ h: SubmissionHeader) {
        fields = [
            Field(key: "accession_number", value: .text(h.accessionNumber)),
            Field(key: "form_type", value: .text(h.formType)),
            Field(key: "filing_date", value: .text(h.filingDate)),
            Field(key: "period", value: .text(h.period)),
            Field(key: "acceptance_datetime", value: .text(h.acceptanceDateTime)),
            Field(key: "document_count", value: .number(h.documentCount)),
            Field(key: "items", value: .list(h.items.map { .text($0) })),
            Field(key: "parties", value: .list(h.parties.map(HeaderRecord.party))),
            Field(key: "series", value: .list(h.series.map(HeaderRecord.series))),
            Field(key: "fields", value: .list(h.fields.map(HeaderRecord.raw))),
        ]
    }

    subscript(key: String) -> Value? { fields.first { $0.key == key }?.value }

    private static func party(_ p: SubmissionHeader.Party) -> Value {
        func address(_ a: SubmissionHeader.Address?) -> Value {
            guard let a else { return .text(nil) }
            return .record([("street1", a.street1), ("street2", a.street2), ("city", a.city), ("state", a.state),
                            ("zip", a.zip), ("phone", a.phone)].map { Field(key: $0.0, value: .text($0.1)) })
        }
        var fields = [("role", p.role), ("name", p.name), ("cik", p.cik), ("sic", p.sic), ("industry", p.industry),
                      ("irs_number", p.irsNumber), ("state_of_incorporation", p.stateOfIncorporation),
                      ("fiscal_year_end", p.fiscalYearEnd), ("form_type", p.formType), ("file_number", p.fileNumber)]
            .map { Field(key: $0.0, value: .text($0.1)) }
        fields.append(Field(key: "business_address", value: address(p.businessAddress)))
        fields.append(Field(key: "mail_address", value: address(p.mailAddress)))
        fields.append(Field(key: "former_names", value: .list(p.formerNames.map {
            .record([Field(key: "name", value: .text($0.name)), Field(key: "date_changed", value: .text($0.dateChanged))])
        })))
        return .record(fields)
    }

    private static func series(_ s: SubmissionHeader.Series) -> Value {
        .record([
            Field(key: "id", value: .text(s.id)), Field(key: "name", value: .text(s.name)),
            Field(key: "owner_cik", value: .text(s.ownerCIK)),
            Field(key: "classes", value: .list(s.classes.map {
                .record([Field(key: "id", value: .text($0.id)), Field(key: "name", value: .text($0.name)),
                         Field(key: "ticker", value: .text($0.ticker))])
            })),
        ])
    }

    /// The header's own tags as EDGAR wrote them, for programs that want what no field names.
    private static func raw(_ f: SubmissionHeader.Field) -> Value {
        var fields = [Field(key: "key", value: .text(f.key)), Field(key: "value", value: .text(f.value))]
        if !f.children.isEmpty { fields.append(Field(key: "children", value: .list(f.children.map(raw)))) }
        return .record(fields)
    }
}

// MARK: JSON

extension HeaderRecord {
    /// Every field, an absent value as `null`.
    func writeJSON(into out: inout [UInt8]) {
        HeaderRecord.writeJSON(.record(fields), into: &out)
    }

    private static func writeJSON(_ value: Value, into out: inout [UInt8]) {
        switch value {
        case .text(let s): JSONString.write(s, into: &out)
        case .number(let n): out.append(n.map(String.init) ?? "null")
        case .list(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                writeJSON(item, into: &out)
            }
            out.append("]")
        case .record(let fields):
            out.append("{")
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(",") }
                JSONString.write(field.key, into: &out)
                out.append(":")
                writeJSON(field.value, into: &out)
            }
            out.append("}")
        }
    }
}

// MARK: YAML

extension HeaderRecord {
    /// YAML front matter: absent and empty values left out, parties grouped under a key per
    /// role (`filers:`, `subject_companies:`), the raw tags left to JSON. Every string is
    /// double-quoted, so a value such as `NO: 1` or `#3` can never change the structure.
    func yaml() -> String {
        var y = "---\n"
        for field in fields {
            switch field.key {
            case "parties":
                guard case .list(let parties) = field.value else { continue }
                for role in SubmissionHeader.roleOrder {
                    let group = parties.compactMap { p -> [Field]? in
                        guard case .record(let f) = p, case .text(role)? = f.first?.value else { return nil }
                        return Array(f.dropFirst())
                    }
                    guard !group.isEmpty else { continue }
                    let key = HeaderRecord.groupKey(role)
                    y += "\(key):\n"
                    HeaderRecord.yamlBounded(group, into: &y)
                    if group.count > HeaderRecord.fullEntries { y += "\(key)_total: \(group.count)\n" }
                }
            case "series":
                guard case .list(let series) = field.value, !series.isEmpty else { continue }
                let shown = Array(series.prefix(HeaderRecord.fullEntries))
                HeaderRecord.yamlField(Field(key: "series", value: .list(shown)), indent: "", first: nil, into: &y)
                if series.count > shown.count {
                    y += "# \(series.count - shown.count) more series: --format json lists every one\n"
                    y += "series_total: \(series.count)\n"
                }
            case "fields":
                continue
            default:
                HeaderRecord.yamlField(field, indent: "", first: nil, into: &y)
            }
        }
        return y + "---\n"
    }

    /// One `key: value` line (or a key and its nested lines); nothing for an absent or empty
    /// value. `first`: the `- ` that opens a list item, written before the first line only.
    /// Returns whether anything was written.
    @discardableResult
    private static func yamlField(_ field: Field, indent: String, first: String?, into y: inout String) -> Bool {
        let lead = first ?? indent
        switch field.value {
        case .text(let s):
            guard let s, !s.isEmpty else { return false }
            y += "\(lead)\(field.key): \(quote(s))\n"
        case .number(let n):
            guard let n else { return false }
            y += "\(lead)\(field.key): \(n)\n"
        case .list(let items):
            guard !items.isEmpty else { return false }
            y += "\(lead)\(field.key):\n"
            yamlList(items, indent: indent + "  ", into: &y)
        case .record(let fields):
            y += "\(lead)\(field.key):\n"
            for f in fields { yamlField(f, indent: indent + "  ", first: nil, into: &y) }
        }
        return true
    }

    /// Entries written in full before the rest are cut to a name and a CIK: a 40-APP's 399
    /// co-applicants made 7,000 lines of front matter.
    static let fullEntries = 3
    /// Entries written at all, in full or as a name and a CIK; JSON keeps every one.
    static let listedEntries = 12

    /// The first parties in full, the next as `{name, cik}` on one line each, and a comment
    /// saying how many more there are.
    private static func yamlBounded(_ group: [[Field]], into y: inout String) {
        yamlList(group.prefix(fullEntries).map { .record($0) }, indent: "  ", into: &y)
        for party in group.dropFirst(fullEntries).prefix(listedEntries - fullEntries) {
            func text(_ key: String) -> String? {
                if case .text(let s)? = party.first(where: { $0.key == key })?.value { return s }
                return nil
            }
            var line = "  - {name: \(quote(text("name") ?? ""))"
            if let cik = text("cik") { line += ", cik: \(quote(cik))" }
            y += line + "}\n"
        }
        if group.count > listedEntries {
            y += "  # \(group.count - listedEntries) more: --format json lists every one\n"
        }
    }

    private static func yamlList(_ items: [Value], indent: String, into y: inout String) {
        for item in items {
            switch item {
            case .text(let s): y += "\(indent)- \(quote(s ?? ""))\n"
            case .number(let n): y += "\(indent)- \(n.map(String.init) ?? "null")\n"
            case .list: continue
            case .record(let fields):
                var opened = false
                for f in fields {
                    // An entry whose plain values are all absent is still an entry: it opens
                    // with its first key, empty, before any nested part.
                    if !opened, !f.value.isScalar, let key = fields.first?.key {
                        y += "\(indent)- \(key): \"\"\n"
                        opened = true
                    }
                    if yamlField(f, indent: indent + "  ", first: opened ? nil : indent + "- ", into: &y) { opened = true }
                }
                if !opened, let key = fields.first?.key { y += "\(indent)- \(key): \"\"\n" }
            }
        }
    }

    /// A YAML double-quoted scalar.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F || (u.value >= 0x80 && u.value < 0xA0) {
                    out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2)
                } else if u.value == 0x2028 || u.value == 0x2029 || u.value == 0xFEFF || u.value >= 0xFFFE && u.value <= 0xFFFF {
                    // Line and paragraph separators break lines in YAML 1.1; a BOM or non-character is not printable.
                    out += "\\u" + String(u.value, radix: 16).uppercased().leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// The list key for a role: `filers`, `subject_companies`, `filed_by`.
    static func groupKey(_ role: String) -> String {
        switch role {
        case "filed-by", "filed-for": return role.replacingOccurrences(of: "-", with: "_")
        case "subject-company": return "subject_companies"
        case "serial-company": return "serial_companies"
        case "issuing-entity": return "issuing_entities"
        default: return role.replacingOccurrences(of: "-", with: "_") + "s"
        }
    }
}

// MARK: plain text

extension HeaderRecord {
    /// `Label: value` lines for a reader: the filing's identity, its items and its parties
    /// (`Filer: APPLE INC. (CIK 0000320193)`); the rest is for programs.
    func textLines() -> [(label: String, value: String)] {
        var lines: [(String, String)] = []
        let labels = ["accession_number": "Accession number", "form_type": "Form type", "filing_date": "Filing date",
                      "period": "Period"]
        for field in fields {
            switch (field.key, field.value) {
            case (let key, .text(let s?)) where labels[key] != nil:
                lines.append((labels[key]!, s))
            case ("items", .list(let items)):
                for case .text(let s?) in items { lines.append(("Item", s)) }
            case ("parties", .list(let parties)):
                var perRole: [String: Int] = [:]
                for case .record(let f) in parties {
                    func text(_ key: String) -> String? {
                        if case .text(let s)? = f.first(where: { $0.key == key })?.value { return s }
                        return nil
                    }
                    let role = (text("role") ?? "").replacingOccurrences(of: "-", with: " ").capitalizedFirst
                    perRole[role, default: 0] += 1
                    guard perRole[role]! <= HeaderRecord.listedEntries else { continue }
                    var v = text("name") ?? ""
                    if let cik = text("cik") { v += " (CIK \(cik))" }
                    lines.append((role, v))
                }
                for (role, count) in perRole.sorted(by: { $0.key < $1.key }) where count > HeaderRecord.listedEntries {
                    lines.append((role + "s", "\(count) in all, \(HeaderRecord.listedEntries) listed (--format json lists every one)"))
                }
            default:
                break
            }
        }
        return lines
    }
}
