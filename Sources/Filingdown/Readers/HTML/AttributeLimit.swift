/// libxml2 2.9 checks each attribute of a tag against every earlier one (duplicates), so a
/// tag with 80,000 distinct attributes took 7 s and a million about 20 minutes. Attributes
/// past `maxPerTag` on one tag are cut before libxml2 sees them; real filings use a dozen.
enum AttributeLimit {
    static let maxPerTag = 64

    /// The byte ranges to cut: in every start tag with more than `maxPerTag` attributes, from
    /// the first one past the limit to the end of the tag (found by `StartTagWalk`).
    static func cuts(in bytes: UnsafeRawBufferPointer, skipping: [Range<Int>] = []) -> [Range<Int>] {
        StartTagWalk(bytes, skipping: skipping).cuts
    }
}
