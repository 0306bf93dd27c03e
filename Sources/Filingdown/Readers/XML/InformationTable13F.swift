/// A Form 13F information table (`<informationTable>`): one row per holding with the
/// columns of the printed form, and a line giving the number of holdings and the total of
/// the value column (reported in thousands of dollars before 2023, in dollars since).
enum InformationTable13F {
    static func render(_ root: XMLElement) -> Document {
        let holdings = root.children("infoTable")
        var total = 0
        var totalOverflowed = false
        let rows = holdings.map { h -> [String] in
            let value = h.string("value") ?? ""
            if let v = Int(value.filter { $0 != "," }) {
                let (sum, overflow) = total.addingReportingOverflow(v)
                if overflow { totalOverflowed = true } else { total = sum }
            }
            return [
                h.string("nameOfIssuer") ?? "",
                h.string("titleOfClass") ?? "",
                h.string("cusip") ?? "",
                h.string("figi") ?? "",
                value,
                h.string("shrsOrPrnAmt/sshPrnamt") ?? "",
                h.string("shrsOrPrnAmt/sshPrnamtType") ?? "",
                h.string("putCall") ?? "",
                h.string("investmentDiscretion") ?? "",
                h.string("otherManager") ?? "",
                h.string("votingAuthority/Sole") ?? "",
                h.string("votingAuthority/Shared") ?? "",
                h.string("votingAuthority/None") ?? "",
            ]
        }
        var blocks: [Block] = [FormBlocks.heading("Form 13F information table")]
        var summary = "\(holdings.count) holding\(holdings.count == 1 ? "" : "s")."
        if !holdings.isEmpty && !totalOverflowed { summary += " Total of the value column: \(total)." }
        blocks.append(FormBlocks.paragraph(summary))
        if let table = FormBlocks.table(["Name of issuer", "Title of class", "CUSIP", "FIGI", "Value", "Shares or principal",
                                         "SH/PRN", "Put/call", "Investment discretion", "Other managers",
                                         "Voting: sole", "Voting: shared", "Voting: none"],
                                        rows, numeric: [4, 5, 10, 11, 12]) {
            blocks.append(table)
        }
        return Document(blocks: blocks)
    }
}
