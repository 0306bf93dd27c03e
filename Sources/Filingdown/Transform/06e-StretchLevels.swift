/// The section headings between two Part, Item or back-matter headings use levels 4, 5, 6
/// with none left out, keeping their order, the deepest sharing 6 (the heading rules rank
/// styles without a floor, so that this pass sees every step): after `## SCHEDULE II`, IBM's 10-K for 2024 has
/// the schedule's title lines styled above `For the Years Ended December 31:` as 4 and 5,
/// where the ranking over all of Item 16 and what follows had put them at 6.
enum StretchLevels: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        var stretch: [Int] = []
        for i in drafts.indices {
            guard case .settled(let b) = drafts[i], case .heading(let h) = b.content else { continue }
            // Parts, Items and back matter (2 and 3) bound the stretches; every other heading,
            // a signature page in a filing without Items too, is in one.
            if h.level > HeadingRules.itemLevel {
                stretch.append(i)
            } else {
                compact(stretch, &drafts)
                stretch = []
            }
        }
        compact(stretch, &drafts)
    }

    private static func compact(_ stretch: [Int], _ drafts: inout [Draft]) {
        guard !stretch.isEmpty else { return }
        var used = Set<Int>()
        for i in stretch { used.insert(level(drafts[i])) }
        let order = used.sorted()
        if order.first == HeadingRules.firstStyleLevel, order.last! - order.first! == order.count - 1, order.last! <= 6 { return }
        for i in stretch {
            guard case .settled(var b) = drafts[i], case .heading(var h) = b.content else { continue }
            h.level = min(6, HeadingRules.firstStyleLevel + order.firstIndex(of: h.level)!)
            b.content = .heading(h)
            drafts[i] = .settled(b)
        }
    }

    private static func level(_ d: Draft) -> Int {
        if case .settled(let b) = d, case .heading(let h) = b.content { return h.level }
        return 0
    }
}
