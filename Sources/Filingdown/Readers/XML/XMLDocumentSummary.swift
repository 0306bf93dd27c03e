/// XML documents: the forms people read (ownership forms 3/4/5, Form D, 13F information
/// tables) are rendered as tables; any other XML (XBRL instances, schemas, linkbases,
/// `FilingSummary.xml`, N-CEN and other EDGAR XML forms) is named by its root element,
/// what that root means, and its size, never dumped.
enum XMLDocumentSummary {
    static func rootElement(_ bytes: UnsafeRawBufferPointer) -> String {
        MarkupProbe(bytes).root ?? "unknown"
    }

    static func convert(_ bytes: UnsafeRawBufferPointer) -> Document {
        guard let root = XMLTree.parse(bytes) else {
            return Document(blocks: [FormBlocks.paragraph("XML document with root element \(rootElement(bytes)), \(bytes.count) bytes, "
                + "not well-formed; not shown.")])
        }
        if root.name.caseInsensitiveEquals("ownershipDocument") { return OwnershipForm.render(root) }
        if FormD.isFormD(root) { return FormD.render(root) }
        if root.name.caseInsensitiveEquals("informationTable") { return InformationTable13F.render(root) }
        return Document(blocks: [FormBlocks.paragraph(describe(root, size: bytes.count))])
    }

    /// `XBRL instance (root element xbrli:xbrl, 1,234 elements), 56,789 bytes; not shown.`
    static func describe(_ root: XMLElement, size: Int) -> String {
        var what = "XML document"
        switch root.name.lowercased() {
        case "xbrl": what = "XBRL instance"
        case "schema": what = "XML schema"
        case "linkbase": what = "XBRL linkbase"
        case "filingsummary": what = "EDGAR filing summary"
        case "edgarsubmission":
            if let type = root.string("headerData/submissionType") ?? root.string("submissionType") {
                what = "EDGAR \(type) form data"
            }
        default: break
        }
        return "\(what) (root element \(root.qualifiedName), \(root.elementCount) elements), \(size) bytes; not shown."
    }
}
