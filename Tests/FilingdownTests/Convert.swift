@testable import Filingdown

/// Test helper: converts a small hand-written input with front matter off.
func convert(_ input: String, _ format: ConversionOptions.Format = .markdown, columns: Int = 80,
             pageBreaks: ConversionOptions.PageBreakStyle? = nil) -> String {
    var options = ConversionOptions()
    options.format = format
    options.columns = columns
    options.pageBreaks = pageBreaks
    options.frontMatter = false
    return String(decoding: Converter(options: options).convert(Array(input.utf8)).output, as: UTF8.self)
}

/// The blocks of a single HTML document.
func blocks(_ html: String) -> [Block] {
    Converter().document(Array(html.utf8)).first?.body.blocks ?? []
}

func tables(_ html: String) -> [TableGrid] {
    blocks(html).compactMap { if case .table(let t) = $0 { return t } else { return nil } }
}
