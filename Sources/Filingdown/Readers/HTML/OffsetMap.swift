/// How offsets in the preflight copy map back to the document's own bytes. Every edit of the
/// copy (a cut, an insertion, a character transcoded to a different length) leaves an anchor:
/// from that copy offset on, the copy runs in step with the original from the anchor's
/// original offset, until the next anchor.
struct OffsetMap {
    /// Parallel, sorted by `copy`: the copy offset of each anchor and the original offset it maps to.
    private var copy: [Int] = []
    private var original: [Int] = []

    /// An identity map: the copy is the original.
    init() {}

    mutating func anchor(copy c: Int, original o: Int) {
        if let last = copy.last, last == c {
            original[original.count - 1] = o
            return
        }
        copy.append(c)
        original.append(o)
    }

    /// The original offset of copy offset `c`: in step with the last anchor at or before it.
    func original(_ c: Int) -> Int {
        guard !copy.isEmpty else { return c }
        var lo = 0, hi = copy.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if copy[mid] <= c { lo = mid + 1 } else { hi = mid }
        }
        if lo == 0 { return c }
        let k = lo - 1
        let next = k + 1 < original.count ? original[k + 1] : Int.max
        return min(original[k] + (c - copy[k]), max(original[k], next))
    }
}
