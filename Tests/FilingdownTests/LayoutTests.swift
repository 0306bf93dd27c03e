import FoundationEssentials
import Testing

/// The library's folders depend on each other in one direction only: no folder of
/// `Sources/Filingdown` names a type declared in a folder that names one of its own.
@Suite struct LayoutTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Filingdown")

    /// Swift files by folder (relative path of the directory; the root itself is left out:
    /// it is the public entry that uses every folder).
    static func sourcesByFolder() throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root.path) else { return [:] }
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".swift"), let slash = path.lastIndex(of: "/") else { continue }
            let folder = String(path[..<slash])
            let text = String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
            out[folder, default: []].append(text)
        }
        return out
    }

    /// Code without comments and string literals, so a type named in prose is not a use.
    static func code(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = line
            if let c = s.range(of: "//") { s = s[..<c.lowerBound] }
            var out = ""
            var inString = false
            for ch in s {
                if ch == "\"" { inString.toggle(); continue }
                if !inString { out.append(ch) }
            }
            return out
        }.joined(separator: "\n")
    }

    /// Types declared at the top level of a file.
    static func declaredTypes(_ text: String) -> Set<String> {
        var names = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "<" || $0 == "{" })
            for (k, w) in words.enumerated() where ["struct", "enum", "class", "protocol", "actor", "typealias"].contains(String(w)) {
                if k + 1 < words.count { names.insert(String(words[k + 1])) }
            }
        }
        return names
    }

    static func identifiers(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init))
    }

    @Test("no two folders of the library name each other's types")
    func foldersDependInOneDirection() throws {
        let folders = try Self.sourcesByFolder()
        #expect(folders.count >= 5)
        var declared: [String: Set<String>] = [:]
        var used: [String: Set<String>] = [:]
        for (folder, texts) in folders {
            let code = texts.map(Self.code)
            declared[folder] = code.reduce(into: Set<String>()) { $0.formUnion(Self.declaredTypes($1)) }
            used[folder] = code.reduce(into: Set<String>()) { $0.formUnion(Self.identifiers($1)) }
        }
        func uses(_ a: String, _ b: String) -> Set<String> { used[a]!.intersection(declared[b]!) }
        let names = folders.keys.sorted()
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] {
                let ab = uses(a, b), ba = uses(b, a)
                #expect(ab.isEmpty || ba.isEmpty, "\(a) uses \(ab.sorted()) of \(b), and \(b) uses \(ba.sorted()) of \(a)")
            }
        }
    }
}
