/// Forms 3, 4 and 5 (`<ownershipDocument>`): who reports, on which issuer, and each
/// transaction or holding as a row of the form's own Table I (non-derivative) and Table II
/// (derivative). Footnote references stay beside the values they qualify (`116.89 [F2]`)
/// and the footnotes follow the tables, as on the printed form.
enum OwnershipForm {
    static func render(_ root: XMLElement) -> Document {
        var blocks: [Block] = []
        let type = root.string("documentType") ?? "4"
        blocks.append(FormBlocks.heading("Form \(type): \(title(type))"))

        let issuer = root.child("issuer")
        if let fields = FormBlocks.fields([
            ("Issuer", issuer?.string("issuerName")),
            ("Issuer CIK", issuer?.string("issuerCik")),
            ("Trading symbol", issuer?.string("issuerTradingSymbol")),
            ("Period of report", root.string("periodOfReport")),
            ("Date of original submission", root.string("dateOfOriginalSubmission")),
            ("Not subject to Section 16", root.string("notSubjectToSection16").flatMap(FormBlocks.yesNo).flatMap { $0 == "Yes" ? $0 : nil }),
            ("Rule 10b5-1(c) plan", FormBlocks.yesNo(root.string("aff10b5One"))),
            ("Form 3 holdings reported", FormBlocks.yesNo(root.string("form3HoldingsReported"))),
            ("Form 4 transactions reported", FormBlocks.yesNo(root.string("form4TransactionsReported"))),
            ("No securities owned", root.string("noSecuritiesOwned").flatMap(FormBlocks.yesNo).flatMap { $0 == "Yes" ? $0 : nil }),
        ]) { blocks.append(fields) }

        let owners = root.children("reportingOwner").map { o -> [String] in
            let address = o.child("reportingOwnerAddress")
            let cityLine = FormBlocks.joined([address?.string("rptOwnerCity"),
                                              FormBlocks.joined([address?.string("rptOwnerState"), address?.string("rptOwnerZipCode")], " ")])
            return [
                o.string("reportingOwnerId/rptOwnerName") ?? "",
                o.string("reportingOwnerId/rptOwnerCik") ?? "",
                FormBlocks.joined([address?.string("rptOwnerStreet1"), address?.string("rptOwnerStreet2"), cityLine,
                                   address?.string("rptOwnerStateDescription")]) ?? "",
                relationship(o.child("reportingOwnerRelationship")) ?? "",
            ]
        }
        if let table = FormBlocks.table(["Reporting owner", "CIK", "Address", "Relationship"], owners) {
            blocks.append(FormBlocks.heading("Reporting owners", level: 3))
            blocks.append(table)
        }

        let nonDerivative = root.child("nonDerivativeTable")
        let rows1 = (nonDerivative?.children ?? []).compactMap(nonDerivativeRow)
        if let table = FormBlocks.table(["Security", "Date", "Deemed execution date", "Code", "Shares", "(A) or (D)", "Price",
                                         "Owned after", "Direct (D) or indirect (I)", "Nature of indirect ownership"],
                                        rows1, numeric: [4, 6, 7]) {
            blocks.append(FormBlocks.heading("Table I: Non-derivative securities", level: 3))
            blocks.append(table)
        }

        let derivative = root.child("derivativeTable")
        let rows2 = (derivative?.children ?? []).compactMap(derivativeRow)
        if let table = FormBlocks.table(["Security", "Conversion or exercise price", "Date", "Deemed execution date", "Code",
                                         "Shares", "(A) or (D)", "Exercisable", "Expiration", "Underlying security",
                                         "Underlying shares", "Price", "Owned after", "Direct (D) or indirect (I)",
                                         "Nature of indirect ownership"],
                                        rows2, numeric: [1, 5, 10, 11, 12]) {
            blocks.append(FormBlocks.heading("Table II: Derivative securities", level: 3))
            blocks.append(table)
        }

        let footnotes = root.child("footnotes")?.children("footnote") ?? []
        if !footnotes.isEmpty {
            blocks.append(FormBlocks.heading("Footnotes", level: 3))
            let items = footnotes.map { f -> [Inline] in
                let id = f.attributes["id"].map { "\($0): " } ?? ""
                return [.text(id + f.text)]
            }
            blocks.append(.list(ListBlock(ordered: false, items: items)))
        }
        if let remarks = root.string("remarks") {
            blocks.append(FormBlocks.heading("Remarks", level: 3))
            blocks.append(FormBlocks.paragraph(remarks))
        }
        let signatures = root.children("ownerSignature").map { [$0.string("signatureName") ?? "", $0.string("signatureDate") ?? ""] }
        if let table = FormBlocks.table(["Signature", "Date"], signatures) {
            blocks.append(FormBlocks.heading("Signatures", level: 3))
            blocks.append(table)
        }
        return Document(blocks: blocks)
    }

    static func title(_ type: String) -> String {
        switch type.prefix(1) {
        case "3": return "Initial Statement of Beneficial Ownership of Securities"
        case "5": return "Annual Statement of Changes in Beneficial Ownership"
        default: return "Statement of Changes in Beneficial Ownership"
        }
    }

    /// `Director; Officer (Chief Financial Officer)`.
    private static func relationship(_ r: XMLElement?) -> String? {
        guard let r else { return nil }
        var roles: [String] = []
        if FormBlocks.yesNo(r.string("isDirector")) == "Yes" { roles.append("Director") }
        if FormBlocks.yesNo(r.string("isOfficer")) == "Yes" {
            roles.append(r.string("officerTitle").map { "Officer (\($0))" } ?? "Officer")
        }
        if FormBlocks.yesNo(r.string("isTenPercentOwner")) == "Yes" { roles.append("10% owner") }
        if FormBlocks.yesNo(r.string("isOther")) == "Yes" {
            roles.append(r.string("otherText").map { "Other (\($0))" } ?? "Other")
        }
        return roles.isEmpty ? nil : roles.joined(separator: "; ")
    }

    private static func cell(_ e: XMLElement, _ path: String) -> String {
        FormBlocks.annotated(e.value(path), e.footnoteIds(path))
    }

    /// The transaction code with the footnotes attached to the coding element.
    private static func code(_ e: XMLElement) -> String {
        let code = e.string("transactionCoding/transactionCode")
        let swap = FormBlocks.yesNo(e.string("transactionCoding/equitySwapInvolved")) == "Yes" ? " (equity swap)" : ""
        return FormBlocks.annotated(code.map { $0 + swap }, e.footnoteIds("transactionCoding"))
    }

    /// Shares, or the total value when a transaction is reported by value.
    private static func amount(_ e: XMLElement, _ base: String) -> String {
        let shares = cell(e, "\(base)/transactionShares")
        return shares.isEmpty ? cell(e, "\(base)/transactionTotalValue") : shares
    }

    private static func owned(_ e: XMLElement) -> String {
        let shares = cell(e, "postTransactionAmounts/sharesOwnedFollowingTransaction")
        return shares.isEmpty ? cell(e, "postTransactionAmounts/valueOwnedFollowingTransaction") : shares
    }

    private static func nonDerivativeRow(_ e: XMLElement) -> [String]? {
        let isHolding = e.name.caseInsensitiveEquals("nonDerivativeHolding")
        guard isHolding || e.name.caseInsensitiveEquals("nonDerivativeTransaction") else { return nil }
        return [
            cell(e, "securityTitle"),
            cell(e, "transactionDate"),
            cell(e, "deemedExecutionDate"),
            code(e),
            amount(e, "transactionAmounts"),
            cell(e, "transactionAmounts/transactionAcquiredDisposedCode"),
            cell(e, "transactionAmounts/transactionPricePerShare"),
            owned(e),
            cell(e, "ownershipNature/directOrIndirectOwnership"),
            cell(e, "ownershipNature/natureOfOwnership"),
        ]
    }

    private static func derivativeRow(_ e: XMLElement) -> [String]? {
        let isHolding = e.name.caseInsensitiveEquals("derivativeHolding")
        guard isHolding || e.name.caseInsensitiveEquals("derivativeTransaction") else { return nil }
        return [
            cell(e, "securityTitle"),
            cell(e, "conversionOrExercisePrice"),
            cell(e, "transactionDate"),
            cell(e, "deemedExecutionDate"),
            code(e),
            amount(e, "transactionAmounts"),
            cell(e, "transactionAmounts/transactionAcquiredDisposedCode"),
            cell(e, "exerciseDate"),
            cell(e, "expirationDate"),
            cell(e, "underlyingSecurity/underlyingSecurityTitle"),
            cell(e, "underlyingSecurity/underlyingSecurityShares").isEmpty
                ? cell(e, "underlyingSecurity/underlyingSecurityValue") : cell(e, "underlyingSecurity/underlyingSecurityShares"),
            cell(e, "transactionAmounts/transactionPricePerShare"),
            owned(e),
            cell(e, "ownershipNature/directOrIndirectOwnership"),
            cell(e, "ownershipNature/natureOfOwnership"),
        ]
    }
}
