/// Greedy word wrapping on white space. A word is never split, so numbers and URLs stay
/// whole; only a word longer than the whole line, that is neither, is broken.
enum TextWrap {
    /// Wraps each line of a paragraph (its hard line breaks kept).
    static func wrapParagraph(_ text: String, width: Int) -> [String] {
        if let lines = wrapASCII(text, width: width, lineBreaks: true) { return lines }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrapCharacters(String($0), width: width) }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        wrapASCII(text, width: width, lineBreaks: false) ?? wrapCharacters(text, width: width)
    }

    static func wrapCharacters(_ text: String, width: Int) -> [String] {
        let width = max(width, 10)
        var lines: [String] = []
        var line = ""
        var lineCount = 0
        for wordSub in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var word = String(wordSub)
            var wordCount = word.count
            if wordCount > width && !unbreakable(word) {
                if lineCount > 0 { lines.append(line); line = ""; lineCount = 0 }
                // One pass over the characters: re-slicing and re-testing the rest of the word
                // for every line is quadratic in its length (a 1 MB word hangs). The rest is
                // tested as before: it can only become unbreakable as a number or at `www.`.
                let chars = Array(word)
                var numericFrom = chars.count
                while numericFrom > 0, isNumberish(chars[numericFrom - 1]) { numericFrom -= 1 }
                var start = 0
                while chars.count - start > width, start < numericFrom, !startsWithWWW(chars, at: start) {
                    lines.append(String(chars[start..<(start + width)]))
                    start += width
                }
                word = String(chars[start...])
                wordCount = chars.count - start
            }
            if lineCount == 0 {
                line = word; lineCount = wordCount
            } else if lineCount + 1 + wordCount <= width {
                line += " " + word; lineCount += 1 + wordCount
            } else {
                lines.append(line)
                line = word; lineCount = wordCount
            }
        }
        if lineCount > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    // MARK: ASCII

    /// The same lines as `wrapParagraph` (`lineBreaks`) or `wrap`, computed on bytes when every
    /// character is one ASCII byte (no CR, which joins a following LF into one character):
    /// a `Character` per byte made a 50 MB paragraph take 11 s and 675 MB.
    private static func wrapASCII(_ text: String, width: Int, lineBreaks: Bool) -> [String]? {
        var text = text
        return text.withUTF8 { u -> [String]? in
            guard !u.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var lines: [String] = []
            var start = 0
            while true {
                var end = u.count
                if lineBreaks {
                    end = start
                    while end < u.count, u[end] != 0x0A { end += 1 }
                }
                wrapASCIILine(UnsafeBufferPointer(rebasing: u[start..<end]), width: width, into: &lines)
                if end >= u.count { return lines }
                start = end + 1
            }
        }
    }

    private static func wrapASCIILine(_ u: UnsafeBufferPointer<UInt8>, width: Int, into lines: inout [String]) {
        let width = max(width, 10)
        let first = lines.count
        var line: [UInt8] = []
        var i = 0
        while i < u.count {
            while i < u.count, u[i] == 0x20 || u[i] == 0x09 { i += 1 }
            if i == u.count { break }
            var end = i
            while end < u.count, u[end] != 0x20, u[end] != 0x09 { end += 1 }
            var start = i
            i = end
            if end - start > width && !unbreakableASCII(u, start, end) {
                if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)); line.removeAll(keepingCapacity: true) }
                var numericFrom = end
                while numericFrom > start, isNumberishASCII(u[numericFrom - 1]) { numericFrom -= 1 }
                while end - start > width, start < numericFrom, !hasPrefixASCII(u, start, end, "www.") {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<(start + width)]), as: UTF8.self))
                    start += width
                }
            }
            if line.isEmpty {
                line.append(contentsOf: u[start..<end])
            } else if line.count + 1 + (end - start) <= width {
                line.append(0x20)
                line.append(contentsOf: u[start..<end])
            } else {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: u[start..<end])
            }
        }
        if !line.isEmpty || lines.count == first { lines.append(String(decoding: line, as: UTF8.self)) }
    }

    private static func unbreakableASCII(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if hasPrefixASCII(u, start, end, "www.") { return true }
        var numeric = true
        for k in start..<end {
            let c = u[k]
            if c == UInt8(ascii: "@") { return true }
            if c == UInt8(ascii: ":"), k + 2 < end, u[k + 1] == UInt8(ascii: "/"), u[k + 2] == UInt8(ascii: "/") { return true }
            if !isNumberishASCII(c) { numeric = false }
        }
        return numeric
    }

    private static func isNumberishASCII(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: "$")
            || c == UInt8(ascii: "%") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "-")
    }

    private static func hasPrefixASCII(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard end - start >= n else { return false }
        for k in 0..<n where u[start + k] != prefix.utf8Start[k] { return false }
        return true
    }

    // MARK: Characters

    private static func unbreakable(_ word: String) -> Bool {
        word.contains("://") || word.hasPrefix("www.") || word.contains("@") || word.allSatisfy(isNumberish)
    }

    private static func isNumberish(_ c: Character) -> Bool { c.isNumber || ",.$%()-".contains(c) }

    private static func startsWithWWW(_ chars: [Character], at i: Int) -> Bool {
        i + 4 <= chars.count && chars[i] == "w" && chars[i + 1] == "w" && chars[i + 2] == "w" && chars[i + 3] == "."
    }
}
