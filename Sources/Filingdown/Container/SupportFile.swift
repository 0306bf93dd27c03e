/// A document EDGAR adds for its own XBRL viewer, or the XBRL data behind the filer's
/// inline XBRL: not something a reader of the filing reads. Since 2009 a submission ends with
/// them (apple-8k-2019: `report.css`, `Show.js`, `R1.htm`, `FilingSummary.xml`,
/// `MetaLinks.json`, `Financial_Report.xlsx`, the `-xbrl.zip`, the `_htm.xml` instance), and
/// the filer's EX-101 schema and linkbases come before them. They are converted only when
/// asked (`ConversionOptions.allDocuments`); otherwise each is named, sized and said why.
public struct SupportFile: Hashable, Sendable {
    /// `viewer_file` or `xbrl_data`.
    public var reason: OmittedDocument.Reason
    /// What the file is, for a reader: `XBRL viewer script`, `XBRL label linkbase`.
    public var detail: String

    /// Decided from the wrapper's `<TYPE>` and `<FILENAME>`, then from the XML root for files
    /// named otherwise; nil for the filer's own documents.
    static func classify(type: String?, filename: String?, kind: DocumentKind, root: String?) -> SupportFile? {
        let name = (filename ?? "").lowercased()
        let type = (type ?? "").uppercased()
        let viewer = OmittedDocument.Reason.viewerFile, data = OmittedDocument.Reason.xbrlData
        switch name {
        case "show.js": return SupportFile(reason: viewer, detail: "XBRL viewer script")
        case "report.css": return SupportFile(reason: viewer, detail: "XBRL viewer stylesheet")
        case "filingsummary.xml": return SupportFile(reason: viewer, detail: "XBRL viewer index")
        case "metalinks.json": return SupportFile(reason: viewer, detail: "XBRL viewer metadata")
        case "financial_report.xlsx", "financial_report.xls": return SupportFile(reason: viewer, detail: "XBRL viewer workbook")
        default: break
        }
        if isViewerPage(name) { return SupportFile(reason: viewer, detail: "XBRL viewer page") }
        if name.hasSuffix(".js") { return SupportFile(reason: viewer, detail: "script") }
        if name.hasSuffix(".css") { return SupportFile(reason: viewer, detail: "stylesheet") }
        if name.hasSuffix("-xbrl.zip") { return SupportFile(reason: data, detail: "XBRL archive") }
        if type.hasPrefix("EX-101.") {
            switch type.dropFirst(7) {
            case "SCH": return SupportFile(reason: data, detail: "XBRL schema")
            case "CAL": return SupportFile(reason: data, detail: "XBRL calculation linkbase")
            case "DEF": return SupportFile(reason: data, detail: "XBRL definition linkbase")
            case "LAB": return SupportFile(reason: data, detail: "XBRL label linkbase")
            case "PRE": return SupportFile(reason: data, detail: "XBRL presentation linkbase")
            case "INS": return SupportFile(reason: data, detail: "XBRL instance")
            default: return SupportFile(reason: data, detail: "XBRL exhibit")
            }
        }
        if type == "EXCEL" { return SupportFile(reason: viewer, detail: "XBRL viewer workbook") }
        guard kind == .xml, let root else { return nil }
        let local = root.split(separator: ":").last.map { $0.lowercased() } ?? ""
        switch local {
        case "xbrl": return SupportFile(reason: data, detail: "XBRL instance")
        case "schema": return SupportFile(reason: data, detail: "XBRL schema")
        case "linkbase": return SupportFile(reason: data, detail: "XBRL linkbase")
        case "filingsummary": return SupportFile(reason: viewer, detail: "XBRL viewer index")
        default: return nil
        }
    }

    /// `R1.htm` … `R250.htm` (and `.xml`, as EDGAR wrote them before 2010).
    private static func isViewerPage(_ name: String) -> Bool {
        guard name.hasPrefix("r") else { return false }
        let rest = name.dropFirst()
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        let ext = rest.dropFirst(digits.count)
        return ext == ".htm" || ext == ".html" || ext == ".xml"
    }
}
