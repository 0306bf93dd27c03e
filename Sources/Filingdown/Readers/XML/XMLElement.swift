/// One element of a parsed XML document as a plain value: local name, attributes, its
/// own text, and child elements. The form renderers query it by path instead of walking
/// libxml2 pointers, and it owns nothing that needs freeing.
struct XMLElement: Hashable, Sendable {
    /// The local name, without namespace prefix (`schema` for `xs:schema`).
    var name: String
    /// The namespace prefix as written, if any (`xs`).
    var prefix: String?
    var attributes: [String: String] = [:]
    /// The same attributes in document order, with their prefixes (`xsi:schemaLocation`).
    var attributeList: [XMLAttribute] = []
    /// The element's own character data (not its descendants'), white space trimmed.
    var text: String = ""
    /// `text` split at its blank lines, when it has any: a long answer typed in paragraphs.
    var paragraphs: [String] = []
    var children: [XMLElement] = []

    /// `xs:schema`, or the local name when there is no prefix.
    var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }

    /// The first child with this local name; EDGAR schemas disagree on case (`Sole`, `sole`), so case is ignored.
    func child(_ name: String) -> XMLElement? {
        children.first { $0.name.caseInsensitiveEquals(name) }
    }

    func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name.caseInsensitiveEquals(name) }
    }

    /// The element at a `/`-separated path of child names.
    func element(_ path: String) -> XMLElement? {
        var current: XMLElement? = self
        for step in path.split(separator: "/") { current = current?.child(String(step)) }
        return current
    }

    /// The trimmed text at `path`, nil when absent or empty.
    func string(_ path: String) -> String? {
        guard let e = element(path), !e.text.isEmpty else { return nil }
        return e.text
    }

    /// Ownership forms wrap most values as `<x><value>…</value><footnoteId id="F1"/></x>`:
    /// the value, or the element's own text when there is no `<value>`.
    func value(_ path: String) -> String? {
        guard let e = element(path) else { return nil }
        if let v = e.child("value"), !v.text.isEmpty { return v.text }
        return e.text.isEmpty ? nil : e.text
    }

    /// The footnote ids attached to the element at `path` (`F1`, `F2`).
    func footnoteIds(_ path: String) -> [String] {
        guard let e = element(path) else { return [] }
        var ids: [String] = []
        for c in e.children where c.name.caseInsensitiveEquals("footnoteId") {
            if let id = c.attributes["id"], !id.isEmpty { ids.append(id) }
        }
        if let v = e.child("value") {
            for c in v.children where c.name.caseInsensitiveEquals("footnoteId") {
                if let id = c.attributes["id"], !id.isEmpty { ids.append(id) }
            }
        }
        return ids
    }

    /// Every element in the subtree, depth first, this one included.
    var elementCount: Int {
        var n = 0
        var stack = [self]
        while let e = stack.popLast() {
            n += 1
            stack.append(contentsOf: e.children)
        }
        return n
    }
}

/// One attribute as written: its prefix (nil for none), local name and value.
struct XMLAttribute: Hashable, Sendable {
    var prefix: String?
    var name: String
    var value: String
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { ByteScanner.lower($0) == ByteScanner.lower($1) }
    }
}
