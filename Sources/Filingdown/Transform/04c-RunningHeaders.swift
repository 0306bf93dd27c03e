/// Running headers and footers: the same short text (digits aside) at many page edges,
/// marked as furniture. A footer that ends in the page number gives its label to the break.
/// Page numbers marked before are not keys: "17" and "18" would be one key, digits aside.
enum RunningHeaders: DraftPass {
    /// A line counts as running when it appears at a quarter of the page edges or more: a
    /// header printed on every page of one part of the filing (a financial-statements header)
    /// reaches that share, a title the filer repeats on two or three pages does not.
    static let boundaryShare = 0.25
    /// Never fewer edges than three: on a short document two alike can be chance (a heading
    /// repeated on a continued page), three are a pattern.
    static let minimumBoundaries = 3

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        guard let edges = PageFurniture.Edges(drafts) else { return }
        var seenAt: [String: Set<Int>] = [:]
        var positions: [String: [Int]] = [:]
        var keyAt: [Int: String] = [:]
        for (n, b) in edges.boundaries.enumerated() {
            var near = PageFurniture.paragraphsBefore(b, in: drafts)
            if b < drafts.count { near += PageFurniture.paragraphsAfter(b, in: drafts) }
            for i in near where !context.furniture.contains(i) {
                guard let key = keyAt[i] ?? PageFurniture.furnitureKey(PageFurniture.text(drafts[i])) else { continue }
                keyAt[i] = key
                seenAt[key, default: []].insert(n)
                positions[key, default: []].append(i)
            }
        }
        let needed = max(minimumBoundaries, Int((Double(edges.boundaries.count) * boundaryShare).rounded(.up)))
        var running = Set<Int>()
        for (key, at) in seenAt where at.count >= needed { running.formUnion(positions[key]!) }
        for i in keepingMostOfEachPage(running, in: drafts) { context.furniture.mark(i, in: drafts) }
        for (key, at) in seenAt where at.count >= needed {
            // A footer such as "Acme Corp. | 2024 Form 10-K | 17" carries the page number.
            for b in edges.breaks {
                guard case .pageBreak(var pb) = drafts[b], pb.number == nil else { continue }
                for i in PageFurniture.paragraphsBefore(b, in: drafts) where keyAt[i] == key {
                    if let last = PageFurniture.text(drafts[i]).split(separator: " ").last,
                       let label = PageFurniture.pageLabel(String(last)) {
                        pb.number = label
                        drafts[b] = .pageBreak(pb)
                    }
                    break
                }
            }
        }
    }

    /// The running lines to mark, less those of any page where they carry most of the text,
    /// in lines and in bytes: a document of short, repeating pages is its repeated lines.
    private static func keepingMostOfEachPage(_ running: Set<Int>, in drafts: [Draft]) -> Set<Int> {
        guard !running.isEmpty else { return running }
        var pageOf = [Int](repeating: 0, count: drafts.count)
        var total: [(lines: Int, bytes: Int)] = [(0, 0)]
        for (i, d) in drafts.enumerated() {
            switch d {
            case .pageBreak: total.append((0, 0))
            case .rule: break
            // Back-links go in any case, so they weigh nothing either way.
            case .paragraph(let p):
                guard !PageFurniture.isBackLink(d) else { break }
                total[total.count - 1].lines += 1
                total[total.count - 1].bytes += p.text.utf8.count
            default:
                // A table, list or image outweighs any running line.
                total[total.count - 1].lines += 1
                total[total.count - 1].bytes += PageFurniture.runningLineMaxBytes + 1
            }
            pageOf[i] = total.count - 1
        }
        var furniture = [(lines: Int, bytes: Int)](repeating: (0, 0), count: total.count)
        for i in running where !PageFurniture.isBackLink(drafts[i]) {
            furniture[pageOf[i]].lines += 1
            furniture[pageOf[i]].bytes += PageFurniture.text(drafts[i]).utf8.count
        }
        return running.filter {
            let page = pageOf[$0]
            return furniture[page].lines * 2 <= total[page].lines || furniture[page].bytes * 2 <= total[page].bytes
        }
    }
}
