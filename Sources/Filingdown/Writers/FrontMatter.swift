/// The submission header as YAML front matter: every string double-quoted, so a value
/// such as `NO: 1` or `#3` can never change the document's structure.
enum FrontMatter {
    static func yaml(_ h: SubmissionHeader) -> String {
        var y = "---\n"
        func field(_ key: String, _ value: String?, indent: String = "") {
            guard let value, !value.isEmpty else { return }
            y += "\(indent)\(key): \(quote(value))\n"
        }
        field("accession_number", h.accessionNumber)
        field("form_type", h.formType)
        field("filing_date", h.filingDate)
        field("period", h.period)
        field("acceptance_datetime", h.acceptanceDateTime)
        if let n = h.documentCount { y += "document_count: \(n)\n" }
        let items = h.items
        if !items.isEmpty {
            y += "items:\n"
            for i in items { y += "  - \(quote(i))\n" }
        }
        let parties = h.parties
        for role in SubmissionHeader.roleOrder {
            let group = parties.filter { $0.role == role }
            guard !group.isEmpty else { continue }
            y += "\(FrontMatter.groupKey(role)):\n"
            for p in group {
                var first = true
                func pf(_ key: String, _ value: String?) {
                    guard let value, !value.isEmpty else { return }
                    y += (first ? "  - " : "    ") + "\(key): \(quote(value))\n"
                    first = false
                }
                pf("name", p.name)
                pf("cik", p.cik)
                pf("sic", p.sic)
                pf("industry", p.industry)
                pf("irs_number", p.irsNumber)
                pf("state_of_incorporation", p.stateOfIncorporation)
                pf("fiscal_year_end", p.fiscalYearEnd)
                pf("form_type", p.formType)
                pf("file_number", p.fileNumber)
                if first { y += "  - name: \"\"\n"; first = false }
                for (key, address) in [("business_address", p.businessAddress), ("mail_address", p.mailAddress)] {
                    guard let a = address else { continue }
                    y += "    \(key):\n"
                    for (k, v) in [("street1", a.street1), ("street2", a.street2), ("city", a.city), ("state", a.state), ("zip", a.zip), ("phone", a.phone)] {
                        if let v, !v.isEmpty { y += "      \(k): \(quote(v))\n" }
                    }
                }
                if !p.formerNames.isEmpty {
                    y += "    former_names:\n"
                    for f in p.formerNames {
                        y += "      - name: \(quote(f.name))\n"
                        if let d = f.dateChanged { y += "        date_changed: \(quote(d))\n" }
                    }
                }
            }
        }
        y += "---\n"
        return y
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
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
