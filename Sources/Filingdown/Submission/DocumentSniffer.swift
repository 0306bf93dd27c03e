/// Decides what a document's bytes really are, whatever its `<TYPE>` or extension says.
enum DocumentSniffer {
    static func kind(of bytes: UnsafeRawBufferPointer, type: String?) -> DocumentKind {
        let headLength = min(bytes.count, 65_536)
        let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<headLength]), as: UTF8.self)
        let trimmed = head.drop { $0.isWhitespace }
        let lower = trimmed.prefix(4096).lowercased()
        if lower.hasPrefix("begin ") && isUUBegin(String(trimmed.prefix(80))) { return .binary }
        if lower.hasPrefix("<pdf>") || lower.hasPrefix("%pdf") || lower.hasPrefix("<zip>") || lower.hasPrefix("pk\u{3}\u{4}") { return .binary }
        if lower.hasPrefix("<xml>") || lower.hasPrefix("<?xml") {
            if lower.contains("<html") || lower.contains("<body") { return .html }
            return .xml
        }
        if lower.hasPrefix("<ownershipdocument") || lower.hasPrefix("<edgarsubmission") || lower.hasPrefix("<informationtable")
            || lower.hasPrefix("<xbrl") { return .xml }
        if containsBinaryBytes(bytes, limit: headLength) { return .binary }
        let lowerHead = head.lowercased()
        for marker in ["<html", "<body", "<p>", "<p ", "<div", "<font", "<br>", "<br ", "<br/", "<td", "<tr>", "<tr ", "<b>", "<center", "<pre>", "<h1", "<h2", "<h3", "<h4", "<span", "<ul>", "<ul ", "<ol>", "<ol ", "<li>", "<img ", "<a href", "<a name", "<hr", "<i>", "<u>", "<sup>", "<em>", "<strong>", "<table ", "<td>"] where lowerHead.contains(marker) {
            return .html
        }
        return .text
    }

    static func isUUBegin(_ line: String) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 2)
        return parts.count >= 2 && parts[0].lowercased() == "begin" && parts[1].allSatisfy { $0 >= "0" && $0 <= "7" }
    }

    private static func containsBinaryBytes(_ bytes: UnsafeRawBufferPointer, limit: Int) -> Bool {
        var controls = 0
        for i in 0..<limit {
            let b = bytes[i]
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20) { controls += 1 }
        }
        return limit > 0 && controls * 20 > limit
    }
}
