/// An EX-27 financial data schedule (1993-2001): `<TAG>  value` lines such as
/// `<TOTAL-ASSETS>  7,007` after an `<ARTICLE>` line. Kept as text, those tags read as
/// stray markup; as a table of tag and value they read as what they are, and the JSON
/// gives programs the figures. A `<LEGEND>` becomes a paragraph before the table.
enum FinancialDataSchedule {
    /// Nil unless the text is a schedule: an `<ARTICLE>` tag near the top, and tag lines
    /// making up most of its non-blank lines.
    static func render(_ bytes: UnsafeRawBufferPointer) -> Document? {
        let head = UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, 4096)])
        guard contains(head, "<ARTICLE>"), bytes.count <= 1 << 20 else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        var rows: [[String]] = []
        var legend: [String] = []
        var inLegend = false
        var otherLines = 0
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let line = ASCIIText.trimmed(raw)
            if line.isEmpty { continue }
            let upper = line.uppercased()
            if upper == "<LEGEND>" { inLegend = true; continue }
            if upper == "</LEGEND>" { inLegend = false; continue }
            if inLegend { legend.append(line); continue }
            if isLayout(upper) { continue }
            guard line.first == "<", let close = line.firstIndex(of: ">"), line.dropFirst().first != "/" else {
                otherLines += 1
                continue
            }
            let tag = String(line[line.index(after: line.startIndex)..<close])
            guard !tag.isEmpty, tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "&" || $0 == "_" }) else {
                otherLines += 1
                continue
            }
            rows.append([tag, ASCIIText.trimmed(line[line.index(after: close)...])])
        }
        guard rows.count >= 5, otherLines * 5 <= rows.count else { return nil }
        var blocks: [Block] = [FormBlocks.heading("Financial data schedule")]
        if !legend.isEmpty { blocks.append(FormBlocks.paragraph(legend.joined(separator: " "))) }
        blocks.append(.table(Table(textRows: [["Tag", "Value"]] + rows, headerRowCount: 1, alignments: [.left, .right])))
        return Document(blocks: blocks)
    }

    /// `<PAGE>`, `<TABLE>`, `<S>`, `<C>` and the like, alone or together on a line.
    private static func isLayout(_ upper: String) -> Bool {
        var rest = Substring(upper)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.isEmpty { return true }
            if rest.hasPrefix("<PAGE>") {
                rest = rest.dropFirst(6).drop { $0 == " " || $0.isNumber }
                continue
            }
            guard let tag = ["<TABLE>", "</TABLE>", "<CAPTION>", "</CAPTION>", "<S>", "<C>", "<FN>", "</FN>"].first(where: { rest.hasPrefix($0) }) else {
                return false
            }
            rest = rest.dropFirst(tag.count)
        }
        return true
    }

    private static func contains(_ bytes: UnsafeRawBufferPointer, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        for i in 0...(bytes.count - n) {
            var k = 0
            while k < n, ByteScanner.lower(bytes[i + k]) == ByteScanner.lower(needle.utf8Start[k]) { k += 1 }
            if k == n { return true }
        }
        return false
    }
}
