/// Plain text a filer wrapped in HTML without `<pre>` (`DocumentSniffer.isPlainTextInHTML`),
/// turned back into the text it is: its tags dropped (`<br>` a line break), `<head>`,
/// `<script>`, `<style>` and comments dropped with their content, the common entities
/// decoded, every line and space kept. The SGML tags of the era (`<PAGE>`, `<TABLE>`, `<S>`,
/// `<C>`, `<F1>`) stay for `PlainTextDocument` to read.
enum HTMLWrappedText {
    static func unwrap(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "&"), let (decoded, length) = entity(bytes, at: i) {
                out.append(contentsOf: decoded)
                i += length
                continue
            }
            guard b == UInt8(ascii: "<") else {
                out.append(b)
                i += 1
                continue
            }
            if has(bytes, at: i, "<!--") {
                i = after(bytes, from: i + 4, "-->") ?? n
                continue
            }
            guard let close = index(of: UInt8(ascii: ">"), in: bytes, from: i + 1) else {
                out.append(b)
                i += 1
                continue
            }
            let name = tagName(bytes, i + 1, close)
            if keptTags.contains(name) || isFootnoteMarker(name) {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[i...close]))
            } else if name == "br" {
                out.append(0x0A)
            } else if let closing = dropsContent[name] {
                i = after(bytes, from: close + 1, closing) ?? n
                continue
            }
            i = close + 1
        }
        return out
    }

    /// SGML layout tags of 1990s text, read by `PlainTextDocument` itself.
    static let keptTags: Set<String> = ["page", "table", "/table", "caption", "/caption", "s", "c", "fn", "/fn", "/page"]
    /// Elements whose content is never text, and how they end.
    static let dropsContent: [String: StaticString] = ["head": "</head>", "script": "</script>", "style": "</style>", "title": "</title>"]

    private static func isFootnoteMarker(_ name: String) -> Bool {
        name.count >= 2 && name.first == "f" && name.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The lowercased name of the tag between `from` and `to` (`/table` for an end tag).
    private static func tagName(_ bytes: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> String {
        var name: [UInt8] = []
        var k = from
        if k < to, bytes[k] == UInt8(ascii: "/") { name.append(UInt8(ascii: "/")); k += 1 }
        while k < to, name.count < 16 {
            let c = bytes[k] | 0x20
            guard (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (bytes[k] >= 0x30 && bytes[k] <= 0x39) else { break }
            name.append(bytes[k] >= 0x30 && bytes[k] <= 0x39 ? bytes[k] : c)
            k += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                          "copy": "©", "reg": "®", "sect": "§", "para": "¶", "mdash": "—", "ndash": "–",
                                          "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "bull": "•", "middot": "·"]

    /// `&amp;`, `&#146;` (windows-1252, as EDGAR's filers meant it), `&#x2014;`: the bytes and the reference's length.
    private static func entity(_ bytes: UnsafeRawBufferPointer, at i: Int) -> ([UInt8], Int)? {
        var k = i + 1
        var name: [UInt8] = []
        while k < bytes.count, k - i <= 10, bytes[k] != UInt8(ascii: ";") {
            name.append(bytes[k])
            k += 1
        }
        guard k < bytes.count, bytes[k] == UInt8(ascii: ";"), !name.isEmpty else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value else { return nil }
            if value >= 0x80, value < 0xA0 { return (Windows1252.utf8(forC1: UInt8(value)), k - i + 1) }
            guard let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (Array(String(Character(scalar)).utf8), k - i + 1)
        }
        guard let s = named[text] else { return nil }
        return (Array(s.utf8), k - i + 1)
    }

    private static func has(_ bytes: UnsafeRawBufferPointer, at i: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] | 0x20 != s.utf8Start[k] | 0x20 { return false }
        return true
    }

    /// Just past the first `s` (any case) at or after `from`.
    private static func after(_ bytes: UnsafeRawBufferPointer, from: Int, _ s: StaticString) -> Int? {
        var k = from
        while k < bytes.count {
            if bytes[k] == s.utf8Start[0], has(bytes, at: k, s) { return k + s.utf8CodeUnitCount }
            k += 1
        }
        return nil
    }

    private static func index(of byte: UInt8, in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        var k = from
        while k < bytes.count {
            if bytes[k] == byte { return k }
            k += 1
        }
        return nil
    }
}
