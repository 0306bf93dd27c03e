/// Page breaks declared once in a `<style>` block (`.pb { page-break-before: always }`)
/// and applied by class.
struct PageBreakClasses {
    private var names: [[UInt8]] = []
    private var breaks: [(before: Bool, after: Bool)] = []

    var isEmpty: Bool { names.isEmpty }

    /// Adds the classes a stylesheet declares page breaks for.
    mutating func add(css: [UInt8]) {
        for (name, value) in PageBreakClasses.parse(css) {
            if let i = names.firstIndex(of: Array(name.utf8)) {
                breaks[i] = (breaks[i].before || value.before, breaks[i].after || value.after)
            } else {
                names.append(Array(name.utf8))
                breaks.append(value)
            }
        }
    }

    /// The page breaks a `class` attribute's names ask for, read from its bytes in place:
    /// this runs for every element with a class, so it makes no String.
    func breaks(classAttribute p: UnsafePointer<UInt8>) -> (before: Bool, after: Bool) {
        var result = (before: false, after: false)
        var i = 0
        while p[i] != 0 {
            while isSpace(p[i]) { i += 1 }
            let start = i
            while p[i] != 0, !isSpace(p[i]) { i += 1 }
            guard i > start else { continue }
            for (k, name) in names.enumerated() where name.count == i - start {
                var j = 0
                while j < name.count, ByteScanner.lower(p[start + j]) == name[j] { j += 1 }
                if j == name.count {
                    result.before = result.before || breaks[k].before
                    result.after = result.after || breaks[k].after
                }
            }
        }
        return result
    }

    static func parse(_ css: [UInt8]) -> [String: (before: Bool, after: Bool)] {
        var result: [String: (before: Bool, after: Bool)] = [:]
        let text = String(decoding: css, as: UTF8.self).lowercased()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let selector = rest[rest.startIndex..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let body = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let compact = body.filter { !$0.isWhitespace }
            let before = compact.contains("page-break-before:always") || compact.contains("break-before:page")
            let after = compact.contains("page-break-after:always") || compact.contains("break-after:page")
            guard before || after else { continue }
            for part in selector.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
                guard let dot = part.lastIndex(of: ".") else { continue }
                let name = part[part.index(after: dot)...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !name.isEmpty { result[String(name)] = (before, after) }
            }
        }
        return result
    }
}
