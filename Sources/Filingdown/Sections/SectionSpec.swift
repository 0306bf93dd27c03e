/// What `--section` asks for: `1A`, `Item 7`, `7,7A`, `Part II`, `Part II Item 1A`, `5.02`.
public struct SectionSpec: Hashable, Sendable, CustomStringConvertible {
    /// `II`: an upper-case roman numeral; nil lets an Item match in any Part.
    public var part: String?
    /// `1A`, `5.02`, normalised as `ItemLabel` does; nil asks for the whole Part.
    public var item: String?

    /// `Part II Item 1A`: how a message names the request, whatever spelling the user typed.
    public var description: String {
        [part.map { "Part \($0)" }, item.map { "Item \($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    /// Parses a comma-separated list; nil when some element names neither a Part nor an Item.
    public static func parse(_ text: String) -> [SectionSpec]? {
        var specs: [SectionSpec] = []
        for element in text.split(separator: ",") {
            var words = element.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.uppercased() }
            guard !words.isEmpty else { continue }
            var spec = SectionSpec()
            while !words.isEmpty {
                let w = words.removeFirst()
                if w == "PART" {
                    guard !words.isEmpty, let p = ItemLabel.partNumber(words.removeFirst()) else { return nil }
                    spec.part = p
                } else if w == "ITEM" {
                    guard !words.isEmpty, let i = ItemLabel.itemNumber(words.removeFirst()) else { return nil }
                    spec.item = i
                } else if let i = ItemLabel.itemNumber(w) {
                    spec.item = i
                } else {
                    return nil
                }
            }
            specs.append(spec)
        }
        return specs.isEmpty ? nil : specs
    }

    func matches(_ entry: OutlineEntry) -> Bool {
        switch entry.kind {
        case .item:
            guard let item, item == entry.number else { return false }
            return part == nil || part == entry.part
        case .part:
            return item == nil && part == entry.number
        case .signatures, .financialStatements, .schedule, .exhibitIndex:
            return false
        }
    }
}
