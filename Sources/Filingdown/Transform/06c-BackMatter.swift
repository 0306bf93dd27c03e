/// What follows the Items (the signatures, the financial statements printed as F-pages, the
/// schedules, the exhibit index) as Part-level headings with their roles, so that a reader
/// splitting on Part and Item headings never files them under the last Item. Gainsco's 10-K
/// for 2009 prints, after Item 15, `SIGNATURES`, the auditor's report and statements, then
/// `Schedule II` on seven pages: one heading each for the signatures, the statements and the
/// schedule, the repeats and the statements' own titles staying below.
enum BackMatter: DraftPass {
    static let level = HeadingRules.partLevel

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        var firstItem: Int?
        var lastItem: Int?
        for (i, d) in drafts.enumerated() {
            guard case .settled(let b) = d, case .heading(let h) = b.content, case .item = h.role else { continue }
            if firstItem == nil { firstItem = i }
            lastItem = i
        }
        guard let firstItem, let lastItem else { return }
        // A 10-Q's `Item 6. Exhibits` (exxon-10q-2025q2) is its exhibit index: an index right
        // after such an Item, before any other back matter, is that Item's content.
        var lastItemIsExhibits = false
        if case .settled(let b) = drafts[lastItem], case .heading(let h) = b.content {
            lastItemIsExhibits = h.inlines.plainText.lowercased().containsBytes("exhibit")
        }
        var current: HeadingRole?
        for i in (firstItem + 1)..<drafts.count {
            guard case .settled(var b) = drafts[i], case .heading(var h) = b.content else { continue }
            if case .item = h.role { current = nil; continue }
            if case .part = h.role { current = nil; continue }
            // Before the last Item only the signature page is known for sure: an `Exhibit Index`
            // inside Item 15 belongs to it.
            let role = h.role == .signatures ? .signatures : i > lastItem ? kind(h.inlines.plainText) : nil
            guard let role else { continue }
            if role == .exhibitIndex, current == nil, lastItemIsExhibits { continue }
            if role == current {
                h.role = .section
            } else {
                h.role = role
                h.level = level
                current = role
            }
            b.content = .heading(h)
            drafts[i] = .settled(b)
        }
    }

    /// The back-matter role a heading's text names, or nil.
    static func kind(_ text: String) -> HeadingRole? {
        let t = text.lowercased().replacingOccurrences(of: "’", with: "'")
        if ItemLabel.isSignatures(text) { return .signatures }
        for p in ["exhibit index", "index to exhibits", "index of exhibits", "exhibits index", "list of exhibits"] where t.hasPrefix(p) {
            return .exhibitIndex
        }
        if t.hasPrefix("schedule ") {
            let numeral = t.dropFirst(9).prefix { $0.isLetter }
            if ["i", "ii", "iii", "iv", "v"].contains(numeral) { return .schedule }
        }
        if t.hasPrefix("valuation and qualifying accounts") { return .schedule }
        for p in ["index to consolidated financial statements", "index to financial statements", "consolidated financial statements",
                  "financial statements", "report of independent registered public accounting firm",
                  "management's report on internal control", "consolidated balance sheet", "consolidated statements of",
                  "index to the consolidated financial statements"] where t.hasPrefix(p) {
            return .financialStatements
        }
        return nil
    }
}
