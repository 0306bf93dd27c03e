/// Builds model blocks for the XML forms: headings, field/value tables and data tables.
/// Forms become ordinary `Block`s, so every writer shows them with no form-specific code.
enum FormBlocks {
    static func heading(_ text: String, level: Int = 2) -> Block {
        .heading(level: level, [.text(text)])
    }

    static func paragraph(_ text: String) -> Block {
        .paragraph([.text(text)])
    }

    /// A two-column table of the fields that have a value; nil when none has.
    static func fields(_ rows: [(String, String?)]) -> Block? {
        let kept = rows.compactMap { row -> [String]? in
            guard let v = row.1.flatMap(ASCIIText.meaningful) else { return nil }
            return [row.0, v]
        }
        guard !kept.isEmpty else { return nil }
        return .table(Table(textRows: [["Field", "Value"]] + kept, headerRowCount: 1, alignments: [.left, .left]))
    }

    /// A data table. Columns empty in every row are dropped (a Form 4 rarely fills all
    /// thirteen); `numeric` columns are right-aligned. Nil when there are no rows.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> Block? {
        guard !rows.isEmpty else { return nil }
        let width = header.count
        let padded = rows.map { row in (0..<width).map { $0 < row.count ? row[$0] : "" } }
        let keep = (0..<width).filter { c in padded.contains { !$0[c].isEmpty } }
        guard !keep.isEmpty else { return nil }
        let grid = [keep.map { header[$0] }] + padded.map { row in keep.map { row[$0] } }
        return .table(Table(textRows: grid, headerRowCount: 1, alignments: keep.map { numeric.contains($0) ? .right : .left }))
    }

    /// `value [F1] [F2]`: footnote references kept next to the value they qualify.
    static func annotated(_ value: String?, _ footnotes: [String]) -> String {
        let refs = footnotes.map { "[\($0)]" }.joined(separator: " ")
        switch (value.flatMap(ASCIIText.meaningful), refs.isEmpty) {
        case (let v?, true): return v
        case (let v?, false): return v + " " + refs
        case (nil, _): return refs
        }
    }

    /// `1`/`true` → `Yes`, `0`/`false` → `No`, anything else unchanged.
    static func yesNo(_ v: String?) -> String? {
        guard let v = v.flatMap(ASCIIText.meaningful) else { return nil }
        switch v.lowercased() {
        case "1", "true", "y", "yes": return "Yes"
        case "0", "false", "n", "no": return "No"
        default: return v
        }
    }

    /// Non-empty parts joined with `separator`; nil when all are empty.
    static func joined(_ parts: [String?], _ separator: String = ", ") -> String? {
        let kept = parts.compactMap { $0.flatMap(ASCIIText.meaningful) }
        return kept.isEmpty ? nil : kept.joined(separator: separator)
    }
}
