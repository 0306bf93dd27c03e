/// The `<SEC-HEADER>` (or `<IMS-HEADER>`, or the `.nc` `<SUBMISSION>` tags) as a tree of
/// fields, with typed accessors for what users ask for. Both dialects give the same tree
/// shape; the accessors know both spellings of each key.
public struct SubmissionHeader: Hashable, Sendable {
    public struct Field: Hashable, Sendable {
        public var key: String
        public var value: String
        public var children: [Field]
        public init(key: String, value: String, children: [Field] = []) {
            self.key = key
            self.value = value
            self.children = children
        }
    }

    public struct Address: Hashable, Sendable {
        public var street1: String?, street2: String?, city: String?, state: String?, zip: String?, phone: String?
        public var isEmpty: Bool { [street1, street2, city, state, zip, phone].allSatisfy { $0 == nil } }
    }

    public struct FormerName: Hashable, Sendable {
        public var name: String
        public var dateChanged: String?
    }

    /// A filer, subject company, reporting owner, issuer or "filed by" party.
    public struct Party: Hashable, Sendable {
        public var role: String
        public var name: String?
        public var cik: String?
        public var sic: String?
        public var irsNumber: String?
        public var stateOfIncorporation: String?
        public var fiscalYearEnd: String?
        public var formType: String?
        public var fileNumber: String?
        public var businessAddress: Address?
        public var mailAddress: Address?
        public var formerNames: [FormerName]
    }

    public var fields: [Field]

    public init(fields: [Field]) { self.fields = fields }

    public var accessionNumber: String? { value(["ACCESSION NUMBER", "ACCESSION-NUMBER"]) }
    public var formType: String? { value(["CONFORMED SUBMISSION TYPE", "TYPE"]) }
    public var filingDate: String? { value(["FILED AS OF DATE", "FILING-DATE"]).map(SubmissionHeader.isoDate) }
    public var period: String? { value(["CONFORMED PERIOD OF REPORT", "PERIOD"]).map(SubmissionHeader.isoDate) }
    public var acceptanceDateTime: String? { value(["ACCEPTANCE-DATETIME"]) }
    public var documentCount: Int? { value(["PUBLIC DOCUMENT COUNT", "PUBLIC-DOCUMENT-COUNT"]).flatMap { Int($0) } }
    public var items: [String] {
        fields.filter { ["ITEM INFORMATION", "ITEMS", "ITEM-INFORMATION"].contains($0.key) }.map(\.value).filter { !$0.isEmpty }
    }

    public var parties: [Party] {
        fields.compactMap { f in
            guard !f.children.isEmpty, let role = SubmissionHeader.partyRoles[f.key] else { return nil }
            return SubmissionHeader.party(role: role, f.children)
        }
    }

    private func value(_ keys: [String]) -> String? {
        fields.first { keys.contains($0.key) && !$0.value.isEmpty }?.value
    }

    static let partyRoles: [String: String] = [
        "FILER": "filer", "SUBJECT COMPANY": "subject-company", "SUBJECT-COMPANY": "subject-company",
        "REPORTING-OWNER": "reporting-owner", "REPORTING OWNER": "reporting-owner", "ISSUER": "issuer",
        "FILED BY": "filed-by", "FILED-BY": "filed-by", "SERIAL-COMPANY": "serial-company",
        "DEPOSITOR": "depositor", "SECURITIZER": "securitizer", "ISSUING_ENTITY": "issuing-entity",
    ]

    private static func party(role: String, _ children: [Field]) -> Party {
        var p = Party(role: role, formerNames: [])
        func scan(_ fs: [Field]) {
            for f in fs {
                switch f.key {
                case "COMPANY CONFORMED NAME", "CONFORMED-NAME", "OWNER-DATA", "COMPANY-DATA", "COMPANY DATA", "OWNER DATA",
                     "FILING VALUES", "FILING-VALUES":
                    if f.children.isEmpty { if f.key.contains("NAME") { p.name = f.value } } else { scan(f.children) }
                case "CENTRAL INDEX KEY", "CIK": p.cik = f.value
                case "STANDARD INDUSTRIAL CLASSIFICATION", "ASSIGNED-SIC": p.sic = f.value
                case "IRS NUMBER", "IRS-NUMBER": p.irsNumber = f.value
                case "STATE OF INCORPORATION", "STATE-OF-INCORPORATION": p.stateOfIncorporation = f.value
                case "FISCAL YEAR END", "FISCAL-YEAR-END": p.fiscalYearEnd = f.value
                case "FORM TYPE", "FORM-TYPE": p.formType = f.value
                case "SEC FILE NUMBER", "FILE-NUMBER": p.fileNumber = f.value
                case "BUSINESS ADDRESS", "BUSINESS-ADDRESS": p.businessAddress = address(f.children)
                case "MAIL ADDRESS", "MAIL-ADDRESS": p.mailAddress = address(f.children)
                case "FORMER COMPANY", "FORMER-COMPANY", "FORMER NAME", "FORMER-NAME":
                    let name = f.children.first { $0.key.contains("NAME") }?.value
                    let date = f.children.first { $0.key.contains("DATE") }?.value
                    if let name { p.formerNames.append(FormerName(name: name, dateChanged: date.map(isoDate))) }
                default:
                    if !f.children.isEmpty { scan(f.children) }
                }
            }
        }
        scan(children)
        return p
    }

    private static func address(_ fs: [Field]) -> Address? {
        var a = Address()
        for f in fs {
            switch f.key {
            case "STREET 1", "STREET1": a.street1 = f.value
            case "STREET 2", "STREET2": a.street2 = f.value
            case "CITY": a.city = f.value
            case "STATE": a.state = f.value
            case "ZIP": a.zip = f.value
            case "BUSINESS PHONE", "PHONE": a.phone = f.value
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
}
