import Testing
@testable import Filingdown

/// Over every golden filing with Items: what a chunker splitting the Markdown on `#`–`###`
/// gets, and what `--section` returns.
struct SectionGoldenTests {
    @Test("the ### headings are the outline's Items and --section returns each Item from its heading", arguments: GoldenCase.all)
    func itemsSplitAndSelectAsTheOutlineSays(_ golden: GoldenCase) throws {
        let bytes = try golden.inputBytes()
        let converter = golden.bodyConverter
        var items: [OutlineEntry] = []
        for d in converter.documents(bytes) {
            let entries = OutlineBuilder.outline(of: d.body).filter { $0.kind == .item }
            // Plain-text filings name their Items in lines of preformatted text, no headings.
            guard entries.allSatisfy({ if case .heading = d.body.blocks[$0.start.block].content { return true }; return false })
            else { return }
            items += entries
        }
        guard !items.isEmpty else { return }
        let markdown = String(decoding: converter.convert(bytes).output, as: UTF8.self)
        let level3 = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) }
        #expect(level3 == items.map(\.heading), "\(golden.name)")
        for (n, item) in items.enumerated() {
            // A number two Parts share (a 10-Q's Item 1) is asked for with its Part.
            let shared = items.filter { $0.number == item.number }.count > 1
            if shared, items[..<n].contains(where: { $0.number == item.number && $0.part == item.part }) { continue }
            var selecting = converter.options
            selecting.sections = [SectionSpec(part: shared ? item.part : nil, item: item.number)]
            let section = String(decoding: Converter(options: selecting).convert(bytes).output, as: UTF8.self)
            let first = section.split(separator: "\n").first { $0.hasPrefix("##") }.map(String.init)
            #expect(first == "### " + item.heading, "\(golden.name): --section \(selecting.sections[0])")
        }
    }

    @Test("what follows the last Item is never filed under it", arguments: GoldenCase.all)
    func backMatterOpensAPartLevelHeading(_ golden: GoldenCase) throws {
        let documents = golden.bodyConverter.documents(try golden.inputBytes())
        for d in documents {
            let blocks = d.body.blocks
            guard let last = blocks.lastIndex(where: { if case .heading(let h) = $0.content, case .item = h.role { return true }; return false }),
                  case .heading(let lastItem) = blocks[last].content else { continue }
            let exhibitsItem = lastItem.inlines.plainText.lowercased().contains("exhibit")
            for b in blocks[(last + 1)...] {
                guard case .heading(let h) = b.content else { continue }
                if h.level <= 2 { break }
                let kind = BackMatter.kind(h.inlines.plainText)
                #expect(kind == nil || kind == .exhibitIndex && exhibitsItem,
                        "\(golden.name): \(h.inlines.plainText) at level \(h.level) under \(lastItem.inlines.plainText)")
            }
        }
    }
}
