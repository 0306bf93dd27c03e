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
    Converter().documents(Array(html.utf8)).first?.body.blocks ?? []
}

func tables(_ html: String) -> [Table] {
    blocks(html).compactMap { if case .table(let t) = $0.content { return t } else { return nil } }
}

extension Table {
    /// Every row's cells as plain text, header rows first: what most table tests compare.
    var textRows: [[String]] { rows.map { $0.map(\.plainText) } }
}

extension Array where Element == Block {
    /// The blocks with no sources, to compare with blocks built by hand.
    var withoutSources: [Block] { map { Block($0.content) } }
}
