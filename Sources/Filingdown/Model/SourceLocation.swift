extension Document {
    /// Rewrites every block's source offsets through `map` (from the bytes a reader parsed to
    /// the bytes it was given).
    mutating func mapSources(_ map: (Int) -> Int) {
        for i in blocks.indices {
            guard let s = blocks[i].source else { continue }
            blocks[i].source = SourceSpan(start: map(s.start), end: map(s.end), page: s.page, pageLabel: s.pageLabel)
        }
    }

    /// Places the blocks in the input: offsets move by `base` (where the document's content
    /// starts in the input); a block with no source of its own (a page break, a rule, a form's
    /// table) gets an empty span where the previous block ended, or all of `content` when no
    /// block has one; pages are counted and labelled from the page breaks.
    mutating func locate(base: Int, content: Range<Int>) {
        let anyOwn = blocks.contains { $0.source != nil }
        var previousEnd = content.lowerBound
        var page = 1
        for i in blocks.indices {
            if let s = blocks[i].source {
                let start = min(max(s.start + base, content.lowerBound), content.upperBound)
                let end = min(max(s.end + base, start), content.upperBound)
                blocks[i].source = SourceSpan(start: start, end: end)
                previousEnd = end
            } else if anyOwn {
                blocks[i].source = SourceSpan(start: previousEnd, end: previousEnd)
            } else {
                blocks[i].source = SourceSpan(start: content.lowerBound, end: content.upperBound)
            }
            blocks[i].source!.page = page
            if case .pageBreak = blocks[i].content { page += 1 }
        }
        // A page's printed number is carried by the break that ends it.
        var label: String?
        for i in blocks.indices.reversed() {
            if case .pageBreak(let pb) = blocks[i].content { label = pb.number }
            blocks[i].source!.pageLabel = label
        }
    }
}
