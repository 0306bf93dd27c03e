/// The `<SEC-HEADER>` (or `<IMS-HEADER>`, or the `.nc` `<SUBMISSION>` tags) as a tree of
/// fields, with typed accessors for what users ask for. Both dialects give the same tree
/// shape; the accessors know both spellings of each key. The raw tree stays available so
/// nothing a header says is lost when no accessor knows its key.
public struct SubmissionHeader: Hashable, Sendable {
    /// One header line, or a section (`FILER:`, `<REPORTING-OWNER>`) whose lines are its children.
    public struct Field: Hashable, Sendable {
        /// Upper-cased, spelled as the dialect spells it: `FILED AS OF DATE` in `<SEC-HEADER>`,
        /// `FILING-DATE` in `.nc`. Compare both spellings, as the accessors do.
        public var key: String
        /// The text after the colon or tag, trimmed but otherwise as filed (`20170308`, not a
        /// date); empty for a section. EDGAR writes `[]` for some unknown values.
        public var value: String
        /// The fields of a section, in header order; empty for a plain line.
        public var children: [Field]
        /// Memberwise, for a header a library user builds to render front matter.
        public init(key: String, value: String, children: [Field] = []) {
            self.key = key
            self.value = value
            self.children = children
        }
    }

    /// A `BUSINESS ADDRESS` or `MAIL ADDRESS` block. Fields are as filed, not normalised: `state`
    /// is EDGAR's two-character code, which also covers countries.
    public struct Address: Hashable, Sendable {
        /// Each nil when the header leaves it out or empty; `phone` is whatever the filer typed.
        public var street1: String?, street2: String?, city: String?, state: String?, zip: String?, phone: String?
        /// True when no field was given; the accessors report such an address as nil instead.
        public var isEmpty: Bool { [street1, street2, city, state, zip, phone].allSatisfy { $0 == nil } }
    }

    /// A name the company filed under before; EDGAR lists them newest first.
    public struct FormerName: Hashable, Sendable {
        /// The conformed name as it was (`NATIONSBANK CORP`).
        public var name: String
        /// `DATE OF NAME CHANGE`, when the company stopped using `name`: ISO (`1992-01-07`)
        /// when EDGAR gave eight digits, as filed otherwise; nil when not given.
        public var dateChanged: String?
    }

    /// A filer, subject company, reporting owner, issuer or "filed by" party.
    public struct Party: Hashable, Sendable {
        /// `filer`, `subject-company`, `reporting-owner`, `issuer`, `filed-by`, `filed-for`, …
        public var role: String
        /// The conformed name: EDGAR's upper-case spelling, with a suffix such as `/DE/` telling
        /// same-named companies apart.
        public var name: String?
        /// Ten digits with leading zeros, as filed (`0000320193`); EDGAR's archive paths drop the zeros.
        public var cik: String?
        /// The four-digit Standard Industrial Classification code (`3571`).
        public var sic: String?
        /// The SIC's description as EDGAR prints it (`ELECTRONIC COMPUTERS`).
        public var industry: String?
        /// The employer identification number, nine digits with no hyphen; `000000000` when the
        /// filer gave none.
        public var irsNumber: String?
        /// EDGAR's two-character code: a US state (`DE`) or a country code (`E9`).
        public var stateOfIncorporation: String?
        /// `MMDD`, as EDGAR gives it (`0928`).
        public var fiscalYearEnd: String?
        /// The form from the party's `FILING VALUES`, which EDGAR repeats per party.
        public var formType: String?
        /// The SEC file number this party files under (`001-36743`, `333-…` for a registration):
        /// it ties together a registrant's filings under one registration.
        public var fileNumber: String?
        /// Where the company says it does business; nil when the header gives no address fields.
        public var businessAddress: Address?
        /// Where the SEC should send mail, often the same as `businessAddress`; nil when not given.
        public var mailAddress: Address?
        /// Newest first, as EDGAR lists them; empty for a company that never changed its name.
        public var formerNames: [FormerName]
    }

    /// A fund series and its share classes (`<SERIES-AND-CLASSES-CONTRACTS-DATA>`).
    public struct Series: Hashable, Sendable {
        /// EDGAR's series identifier, `S` and nine digits (`S000004917`).
        public var id: String?
        /// The series' name as registered (`GMO Multi-Sector Fixed Income Fund`).
        public var name: String?
        /// The CIK of the registrant (the trust) the series belongs to, with leading zeros.
        public var ownerCIK: String?
        /// In header order; empty when the header lists the series alone.
        public var classes: [ShareClass]
    }

    /// One class or contract of a fund series (`Class R6`).
    public struct ShareClass: Hashable, Sendable {
        /// EDGAR's class identifier, `C` and nine digits (`C000213366`).
        public var id: String?
        /// The class's name as registered.
        public var name: String?
        /// The trading symbol (`GMOFX`); nil when the header gives none, as for unlisted classes.
        public var ticker: String?
    }

    /// Every field in header order, wrappers (`<SEC-HEADER>`) left out: read it for any key no
    /// accessor knows.
    public var fields: [Field]

    /// A header over `fields`; every accessor reads them on demand, nothing is cached.
    public init(fields: [Field]) { self.fields = fields }

    /// EDGAR's unique id for the submission, as filed (`0000950144-94-000177`): filer-agent CIK,
    /// year, sequence.
    public var accessionNumber: String? { value(["ACCESSION NUMBER", "ACCESSION-NUMBER"]) }
    /// The submission's form (`10-K`, `8-K/A`), which the primary document's `<TYPE>` usually repeats.
    public var formType: String? { value(["CONFORMED SUBMISSION TYPE", "TYPE"]) }
    /// The `FILED AS OF DATE`, ISO (`2017-03-08`): the legal filing date, which can be the next
    /// business day after acceptance.
    public var filingDate: String? { value(["FILED AS OF DATE", "FILING-DATE"]).map(SubmissionHeader.isoDate) }
    /// The period the report covers, ISO (`2024-12-31`): the fiscal period's end for a 10-K or
    /// 10-Q, the event date for an 8-K; nil for forms that have none.
    public var period: String? { value(["CONFORMED PERIOD OF REPORT", "PERIOD"]).map(SubmissionHeader.isoDate) }
    /// `2025-01-10T16:07:30` from `<ACCEPTANCE-DATETIME>20250110160730`; other shapes unchanged.
    public var acceptanceDateTime: String? { value(["ACCEPTANCE-DATETIME"]).map(SubmissionHeader.isoDateTime) }
    /// The `PUBLIC DOCUMENT COUNT` as the header states it; it can differ from the `<DOCUMENT>`s
    /// actually present (an excerpted or damaged file).
    public var documentCount: Int? { value(["PUBLIC DOCUMENT COUNT", "PUBLIC-DOCUMENT-COUNT"]).flatMap { Int($0) } }
    /// 8-K items, one per `ITEM INFORMATION:` line or `<ITEMS>` tag.
    public var items: [String] {
        fields.filter { ["ITEM INFORMATION", "ITEMS", "ITEM-INFORMATION"].contains($0.key) }
            .compactMap { ASCIIText.meaningful($0.value) }
    }

    /// Every party in header order: filers, subject companies, reporting owners, issuers, …
    public var parties: [Party] {
        fields.compactMap { f in
            guard !f.children.isEmpty, let role = SubmissionHeader.partyRoles[f.key] else { return nil }
            return SubmissionHeader.party(role: role, f.children)
        }
    }

    /// The company the filing is about: the filer, else the issuer (a Form 4 names its
    /// reporting owners first), else the subject company (a Schedule 13D), else the first
    /// party named.
    public var company: Party? {
        let all = parties
        return ["filer", "issuer", "subject-company"].lazy.compactMap { role in all.first { $0.role == role } }.first
            ?? all.first
    }

    /// Fund series and classes the filing covers, existing, new or merged, in header order.
    public var series: [Series] {
        var found: [Series] = []
        var stack = fields.filter { $0.key.hasPrefix("SERIES-AND-CLASSES") }.reversed().map { $0 }
        while let f = stack.popLast() {
            if f.key == "SERIES" || f.key == "NEW-SERIES" {
                var s = Series(classes: [])
                for c in f.children {
                    let v = ASCIIText.meaningful(c.value)
                    switch c.key {
                    case "SERIES-ID": s.id = v
                    case "SERIES-NAME": s.name = v
                    case "OWNER-CIK": s.ownerCIK = v
                    case "CLASS-CONTRACT", "NEW-CLASSES-CONTRACTS":
                        var k = ShareClass()
                        for d in c.children {
                            let w = ASCIIText.meaningful(d.value)
                            switch d.key {
                            case "CLASS-CONTRACT-ID": k.id = w
                            case "CLASS-CONTRACT-NAME": k.name = w
                            case "CLASS-CONTRACT-TICKER-SYMBOL": k.ticker = w
                            default: break
                            }
                        }
                        s.classes.append(k)
                    default: break
                    }
                }
                found.append(s)
            } else {
                stack.append(contentsOf: f.children.reversed())
            }
        }
        return found
    }

    private func value(_ keys: [String]) -> String? {
        fields.first { keys.contains($0.key) && ASCIIText.meaningful($0.value) != nil }?.value
    }

    /// Header section names (both dialects) and the role each names.
    static let partyRoles: [String: String] = [
        "FILER": "filer", "SUBJECT COMPANY": "subject-company", "SUBJECT-COMPANY": "subject-company",
        "REPORTING-OWNER": "reporting-owner", "REPORTING OWNER": "reporting-owner", "ISSUER": "issuer",
        "FILED BY": "filed-by", "FILED-BY": "filed-by", "FILED FOR": "filed-for", "FILED-FOR": "filed-for",
        "SERIAL-COMPANY": "serial-company", "SERIAL COMPANY": "serial-company",
        "DEPOSITOR": "depositor", "SECURITIZER": "securitizer",
        "ISSUING_ENTITY": "issuing-entity", "ISSUING-ENTITY": "issuing-entity", "ISSUING ENTITY": "issuing-entity",
    ]

    /// The roles in the order front matter lists them.
    public static let roleOrder = ["filer", "subject-company", "reporting-owner", "issuer", "filed-by", "filed-for",
                                   "serial-company", "depositor", "securitizer", "issuing-entity"]

    private static func party(role: String, _ children: [Field]) -> Party {
        var p = Party(role: role, formerNames: [])
        func scan(_ fs: [Field]) {
            for f in fs {
                let v = ASCIIText.meaningful(f.value)
                switch f.key {
                case "COMPANY CONFORMED NAME", "CONFORMED-NAME", "CONFORMED NAME":
                    if p.name == nil { p.name = v }
                case "CENTRAL INDEX KEY", "CIK": if p.cik == nil { p.cik = v }
                case "STANDARD INDUSTRIAL CLASSIFICATION", "ASSIGNED-SIC":
                    if let v {
                        let (code, industry) = splitSIC(v)
                        p.sic = code
                        p.industry = industry
                    }
                case "IRS NUMBER", "IRS-NUMBER": p.irsNumber = v
                case "STATE OF INCORPORATION", "STATE-OF-INCORPORATION": p.stateOfIncorporation = v
                case "FISCAL YEAR END", "FISCAL-YEAR-END": p.fiscalYearEnd = v
                case "FORM TYPE", "FORM-TYPE": p.formType = v
                case "SEC FILE NUMBER", "FILE-NUMBER": p.fileNumber = v
                case "BUSINESS ADDRESS", "BUSINESS-ADDRESS": p.businessAddress = address(f.children)
                case "MAIL ADDRESS", "MAIL-ADDRESS": p.mailAddress = address(f.children)
                case "FORMER COMPANY", "FORMER-COMPANY", "FORMER NAME", "FORMER-NAME":
                    let name = f.children.first { $0.key.contains("NAME") }.flatMap { ASCIIText.meaningful($0.value) }
                    let date = f.children.first { $0.key.contains("DATE") }.flatMap { ASCIIText.meaningful($0.value) }
                    if let name { p.formerNames.append(FormerName(name: name, dateChanged: date.map(isoDate))) }
                default:
                    if !f.children.isEmpty { scan(f.children) }
                }
            }
        }
        scan(children)
        return p
    }

    /// `ELECTRONIC COMPUTERS [3571]` → (`3571`, `ELECTRONIC COMPUTERS`); a bare code stays a code.
    static func splitSIC(_ v: String) -> (code: String?, industry: String?) {
        if v.hasSuffix("]"), let open = v.lastIndex(of: "[") {
            let code = ASCIIText.meaningful(String(v[v.index(after: open)..<v.index(before: v.endIndex)]))
            let industry = ASCIIText.meaningful(String(v[..<open]))
            return (code, industry)
        }
        if v.allSatisfy(\.isNumber) { return (v, nil) }
        return (nil, v)
    }

    private static func address(_ fs: [Field]) -> Address? {
        var a = Address()
        for f in fs {
            let v = ASCIIText.meaningful(f.value)
            switch f.key {
            case "STREET 1", "STREET1": a.street1 = v
            case "STREET 2", "STREET2": a.street2 = v
            case "CITY": a.city = v
            case "STATE": a.state = v
            case "ZIP": a.zip = v
            case "BUSINESS PHONE", "PHONE": a.phone = v
            default: break
            }
        }
        return a.isEmpty ? nil : a
    }

    /// `20170308` → `2017-03-08`; anything else unchanged.
    static func isoDate(_ s: String) -> String {
        let u = Array(s.utf8)
        guard u.count == 8, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return s }
        return String(s.prefix(4)) + "-" + String(s.dropFirst(4).prefix(2)) + "-" + String(s.suffix(2))
    }

    /// `20250110160730` → `2025-01-10T16:07:30`; anything else unchanged.
    static func isoDateTime(_ s: String) -> String {
        let u = Array(s.utf8)
        guard u.count == 14, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return s }
        let c = Array(s)
        return isoDate(String(c[0..<8])) + "T" + String(c[8..<10]) + ":" + String(c[10..<12]) + ":" + String(c[12..<14])
    }
}
