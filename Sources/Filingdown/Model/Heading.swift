/// A heading: its text, its level in the document's hierarchy, and what it is. The role is
/// decided once, where the caption is recognised; the outline and `--section` read it
/// instead of parsing the text again.
public struct Heading: Hashable, Sendable {
    /// 1 to 6, as Markdown's `#` count. Level 1 is the document title a writer adds; in a
    /// converted body Parts are 2, Items 3, other styles 4–6 in the order the body first uses them.
    public var level: Int
    /// One line of text: bold marks are dropped (a heading reads as bold) and line breaks are spaces.
    public var inlines: [Inline]
    /// Read this, not `level`, to find Parts and Items: a caption whose number cannot be read
    /// keeps level 2 or 3 but has role `.section`.
    public var role: HeadingRole

    /// Memberwise; a heading built by hand names a section unless given a role.
    public init(level: Int, inlines: [Inline], role: HeadingRole = .section) {
        self.level = level
        self.inlines = inlines
        self.role = role
    }
}

/// What a heading stands for in a filing's structure.
public enum HeadingRole: Hashable, Sendable {
    /// `PART II`: the roman numeral, upper-case.
    case part(String)
    /// `Item 1A. Risk Factors`: the item number as `ItemLabel` normalises it (`1A`, `5.02`).
    case item(String)
    /// The signature page, which closes the last Item.
    case signatures
    /// The financial statements printed after the Items (the F-pages of a 10-K).
    case financialStatements
    /// A financial statement schedule after the Items (`Schedule II – Valuation and Qualifying Accounts`).
    case schedule
    /// The exhibit index after the Items.
    case exhibitIndex
    /// Any other heading, ranked by how the filing styled it.
    case section

    /// The name JSON writes: `part`, `item`, `signatures`, `financial_statements`, `schedule`,
    /// `exhibit_index`, `section`.
    public var name: String {
        switch self {
        case .part: return "part"
        case .item: return "item"
        case .signatures: return "signatures"
        case .financialStatements: return "financial_statements"
        case .schedule: return "schedule"
        case .exhibitIndex: return "exhibit_index"
        case .section: return "section"
        }
    }

    /// The Part numeral or Item number, when the role has one.
    public var number: String? {
        switch self {
        case .part(let n), .item(let n): return n
        case .signatures, .financialStatements, .schedule, .exhibitIndex, .section: return nil
        }
    }
}

extension HeadingRole {
    /// What follows the Items at Part level: the signatures, financial statements, schedules
    /// and exhibit index. Each ends the Item and the Part before it.
    public var isBackMatter: Bool {
        switch self {
        case .signatures, .financialStatements, .schedule, .exhibitIndex: return true
        case .part, .item, .section: return false
        }
    }
}
