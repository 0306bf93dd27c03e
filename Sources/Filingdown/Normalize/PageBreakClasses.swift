/// Page breaks declared once in a `<style>` block (`.pb { page-break-before: always }`)
/// and applied by class.
enum PageBreakClasses {
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
