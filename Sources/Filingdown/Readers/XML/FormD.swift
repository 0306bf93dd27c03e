/// Form D (`<edgarSubmission>` with a `D` or `D/A` submission type): the issuer, its
/// related persons, the offering's key answers and the signature, as tables. The answers
/// are the ones readers look up (exemptions, amounts offered and sold, investors); yes/no
/// flags read as Yes/No.
enum FormD {
    static func isFormD(_ root: XMLElement) -> Bool {
        guard root.name.caseInsensitiveEquals("edgarSubmission") else { return false }
        let type = root.string("submissionType") ?? root.string("headerData/submissionType") ?? ""
        return type == "D" || type == "D/A" || (root.child("offeringData") != nil && root.child("primaryIssuer") != nil)
    }

    static func render(_ root: XMLElement) -> Document {
        var blocks: [Block] = []
        let type = root.string("submissionType") ?? "D"
        blocks.append(FormBlocks.heading("Form \(type): Notice of Exempt Offering of Securities"))

        let issuers = root.children("primaryIssuer") + (root.child("issuerList")?.children("issuer") ?? [])
        for (n, issuer) in issuers.enumerated() {
            if issuers.count > 1 { blocks.append(FormBlocks.heading("Issuer \(n + 1)", level: 3)) }
            let address = issuer.child("issuerAddress")
            let year = issuer.child("yearOfInc")
            let yearText: String? = {
                if let v = year?.string("value") { return v }
                if FormBlocks.yesNo(year?.string("overFiveYears")) == "Yes" { return "Over five years ago" }
                if FormBlocks.yesNo(year?.string("withinFiveYears")) == "Yes" { return "Within the last five years" }
                if FormBlocks.yesNo(year?.string("yetToBeFormed")) == "Yes" { return "Yet to be formed" }
                return nil
            }()
            let previous = issuer.child("issuerPreviousNameList")?.children.compactMap { $0.text.isEmpty ? nil : $0.text }
            if let fields = FormBlocks.fields([
                ("Issuer", issuer.string("entityName")),
                ("CIK", issuer.string("cik")),
                ("Address", FormBlocks.joined([address?.string("street1"), address?.string("street2"), address?.string("city"),
                                               FormBlocks.joined([address?.string("stateOrCountry"), address?.string("zipCode")], " ")])),
                ("Phone", issuer.string("issuerPhoneNumber")),
                ("Jurisdiction of incorporation", issuer.string("jurisdictionOfInc")),
                ("Entity type", FormBlocks.joined([issuer.string("entityType"), issuer.string("entityTypeOtherDesc")], ": ")),
                ("Year of incorporation", yearText),
                ("Previous names", previous.flatMap { FormBlocks.joined($0, "; ") }),
            ]) { blocks.append(fields) }
        }

        let persons = (root.child("relatedPersonsList")?.children("relatedPersonInfo") ?? []).map { p -> [String] in
            let name = FormBlocks.joined([p.string("relatedPersonName/firstName"), p.string("relatedPersonName/middleName"),
                                          p.string("relatedPersonName/lastName")], " ")
            let a = p.child("relatedPersonAddress")
            let place = FormBlocks.joined([a?.string("city"), a?.string("stateOrCountry")])
            let roles = p.child("relatedPersonRelationshipList")?.children("relationship").map(\.text) ?? []
            return [name ?? "", FormBlocks.joined(roles) ?? "", p.string("relationshipClarification") ?? "", place ?? ""]
        }
        if let table = FormBlocks.table(["Related person", "Relationship", "Clarification", "City and state"], persons) {
            blocks.append(FormBlocks.heading("Related persons", level: 3))
            blocks.append(table)
        }

        if let offering = root.child("offeringData") {
            blocks.append(FormBlocks.heading("Offering", level: 3))
            if let fields = FormBlocks.fields(offeringFields(offering)) { blocks.append(fields) }
            let recipients = (offering.child("salesCompensationList")?.children("recipient") ?? []).compactMap { r -> [String]? in
                let name = r.string("recipientName")
                guard let name, name.lowercased() != "none" else { return nil }
                let states = r.child("statesOfSolicitationList")?.children.map(\.text) ?? []
                return [name, r.string("recipientCRDNumber") ?? "", r.string("associatedBDName") ?? "", FormBlocks.joined(states) ?? ""]
            }
            if let table = FormBlocks.table(["Sales compensation recipient", "CRD number", "Broker-dealer", "States of solicitation"], recipients) {
                blocks.append(table)
            }
            let signatures = (offering.child("signatureBlock")?.children("signature") ?? []).map {
                [$0.string("issuerName") ?? "", $0.string("signatureName") ?? "", $0.string("nameOfSigner") ?? "",
                 $0.string("signatureTitle") ?? "", $0.string("signatureDate") ?? ""]
            }
            if let table = FormBlocks.table(["Issuer", "Signature", "Name of signer", "Title", "Date"], signatures) {
                blocks.append(FormBlocks.heading("Signature", level: 3))
                blocks.append(table)
            }
        }
        return Document(blocks: blocks)
    }

    private static func offeringFields(_ o: XMLElement) -> [(String, String?)] {
        let securityFlags: [(String, String)] = [
            ("isEquityType", "Equity"), ("isDebtType", "Debt"), ("isOptionToAcquireType", "Option, warrant or other right to acquire"),
            ("isSecurityToBeAcquiredType", "Security to be acquired on exercise"), ("isPooledInvestmentFundType", "Pooled investment fund interests"),
            ("isTenantInCommonType", "Tenant-in-common securities"), ("isMineralPropertyType", "Mineral property securities"),
            ("isOtherType", "Other"),
        ]
        let types = o.child("typesOfSecuritiesOffered")
        var securities = securityFlags.compactMap { FormBlocks.yesNo(types?.string($0.0)) == "Yes" ? $0.1 : nil }
        if let other = types?.string("descriptionOfOtherType") { securities.append(other) }
        let filing = o.child("typeOfFiling")
        let amendment: String? = {
            guard let n = filing?.child("newOrAmendment") else { return nil }
            if FormBlocks.yesNo(n.string("isAmendment")) == "Yes" {
                return FormBlocks.joined(["Amendment", n.string("previousAccessionNumber").map { "of \($0)" }], " ")
            }
            return "New notice"
        }()
        let firstSale: String? = filing?.string("dateOfFirstSale/value")
            ?? (FormBlocks.yesNo(filing?.string("dateOfFirstSale/yetToOccur")) == "Yes" ? "Yet to occur" : nil)
        let amounts = o.child("offeringSalesAmounts")
        let size = o.child("issuerSize")
        return [
            ("Industry group", FormBlocks.joined([o.string("industryGroup/industryGroupType"),
                                                  o.string("industryGroup/investmentFundInfo/investmentFundType")], ": ")),
            ("Revenue range", size?.string("revenueRange")),
            ("Aggregate net asset value range", size?.string("aggregateNetAssetValueRange")),
            ("Exemptions and exclusions claimed", FormBlocks.joined(o.child("federalExemptionsExclusions")?.children.map(\.text) ?? [])),
            ("New notice or amendment", amendment),
            ("Date of first sale", firstSale),
            ("Offering lasts more than one year", FormBlocks.yesNo(o.string("durationOfOffering/moreThanOneYear"))),
            ("Types of securities offered", FormBlocks.joined(securities)),
            ("Part of a business combination", FormBlocks.yesNo(o.string("businessCombinationTransaction/isBusinessCombinationTransaction"))),
            ("Minimum investment accepted", o.string("minimumInvestmentAccepted")),
            ("Total offering amount", amounts?.string("totalOfferingAmount")),
            ("Total amount sold", amounts?.string("totalAmountSold")),
            ("Total remaining to be sold", amounts?.string("totalRemaining")),
            ("Non-accredited investors", FormBlocks.yesNo(o.string("investors/hasNonAccreditedInvestors"))),
            ("Number of non-accredited investors", o.string("investors/numberNonAccreditedInvestors")),
            ("Investors who already invested", o.string("investors/totalNumberAlreadyInvested")),
            ("Sales commissions", o.string("salesCommissionsFindersFees/salesCommissions/dollarAmount")),
            ("Finders' fees", o.string("salesCommissionsFindersFees/findersFees/dollarAmount")),
            ("Gross proceeds paid to related persons", o.string("useOfProceeds/grossProceedsUsed/dollarAmount")),
        ]
    }
}
