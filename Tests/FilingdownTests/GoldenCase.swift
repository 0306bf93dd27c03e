import FoundationEssentials
@testable import Filingdown

/// One folder under Golden/: an input, optional options, and the expected output per format.
struct GoldenCase: CustomStringConvertible, Sendable {
    let name: String
    let directory: URL
    let input: URL

    var description: String { name }

    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var all: [GoldenCase] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: root.path) else { return [] }
        return names.sorted().compactMap { name in
            let dir = root.appendingPathComponent(name)
            guard let files = try? fm.contentsOfDirectory(atPath: dir.path),
                  let input = files.sorted().first(where: { $0.hasPrefix("input.") }) else { return nil }
            return GoldenCase(name: name, directory: dir, input: dir.appendingPathComponent(input))
        }
    }

    /// `options.txt` lines such as `columns=60`, `page-breaks=none`, `front-matter=false`.
    func options(format: ConversionOptions.Format) -> ConversionOptions {
        var o = ConversionOptions()
        o.format = format
        let file = directory.appendingPathComponent("options.txt")
        guard let data = try? Data(contentsOf: file) else { return o }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { String($0).trimmingASCIISpaces() }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "columns": o.columns = Int(parts[1]) ?? o.columns
            case "page-breaks": o.pageBreaks = ConversionOptions.PageBreakStyle(rawValue: parts[1])
            case "front-matter": o.frontMatter = parts[1] == "true"
            case "document": o.documents = parts[1].split(separator: ",").map(String.init)
            case "primary": o.primaryOnly = parts[1] == "true"
            default: break
            }
        }
        return o
    }

    func inputBytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: input)) }

    /// Markdown as the case's options make it, without front matter: the body the structure,
    /// section and word tests read.
    var bodyConverter: Converter {
        var o = options(format: .markdown)
        o.frontMatter = false
        return Converter(options: o)
    }

    static let extensions: [(ConversionOptions.Format, String)] = [(.markdown, "md"), (.text, "txt"), (.json, "json")]

    func expectedURL(_ ext: String) -> URL { directory.appendingPathComponent("expected.\(ext)") }

    var hasOutline: Bool { FileManager.default.fileExists(atPath: expectedURL("outline").path) }
    var hasChunks: Bool { FileManager.default.fileExists(atPath: expectedURL("chunks.jsonl").path) }
}

/// A readable diff for a failing golden comparison: the first differing lines with context.
enum LineDiff {
    static func describe(expected: String, actual: String, context: Int = 3, limit: Int = 12) -> String {
        func clip(_ s: Substring) -> Substring { s.count > 240 ? s.prefix(240) + "…" : s }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(clip)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(clip)
        var out: [String] = []
        var shown = 0
        var i = 0
        while i < max(e.count, a.count), shown < limit {
            let el = i < e.count ? e[i] : nil
            let al = i < a.count ? a[i] : nil
            if el != al {
                for k in max(0, i - context)..<i where k < e.count { out.append("   \(k + 1): \(e[k])") }
                if let el { out.append("-  \(i + 1): \(el)") }
                if let al { out.append("+  \(i + 1): \(al)") }
                shown += 1
                i += 1
                while i < max(e.count, a.count), shown < limit {
                    let el2 = i < e.count ? e[i] : nil
                    let al2 = i < a.count ? a[i] : nil
                    if el2 == al2 { break }
                    if let el2 { out.append("-  \(i + 1): \(el2)") }
                    if let al2 { out.append("+  \(i + 1): \(al2)") }
                    shown += 1
                    i += 1
                }
                out.append("   …")
            }
            i += 1
        }
        out.append("expected \(e.count) lines, got \(a.count)")
        return out.joined(separator: "\n")
    }
}
