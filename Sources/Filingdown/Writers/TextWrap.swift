/// Greedy word wrapping on white space. A word is never split, so numbers and URLs stay
/// whole; only a word longer than the whole line, that is neither, is broken.
enum TextWrap {
    /// Wraps each line of a paragraph (its hard line breaks kept).
    static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        wrapParagraph(text, width: width) { lines.append(String(decoding: $0, as: UTF8.self)) }
        return lines
    }

    /// `wrapParagraph` handing each line to `emit` as it is made: a 200 MB paragraph is never
    /// held a second time as an array of lines.
    static func wrapParagraph(_ text: String, width: Int, emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        if wrapBytes(text, width: width, lineBreaks: true, emit: emit) { return }
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for var line in wrapCharacters(String(part), width: width) { line.withUTF8(emit) }
        }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        wrapBytes(text, width: width, lineBreaks: false) ?? wrapCharacters(text, width: width)
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

    // MARK: Bytes

    /// The same lines as `wrapParagraph` (`lineBreaks`) or `wrap`, computed on UTF-8 bytes when
    /// every scalar is a Character of its own (`TextColumns`): a `Character` per byte made a
    /// 50 MB paragraph take 11 s and 675 MB, and one `’` or `—` used to send a paragraph the
    /// slow way. Nil for text that needs the Character path.
    static func wrapBytes(_ text: String, width: Int, lineBreaks: Bool) -> [String]? {
        var lines: [String] = []
        guard wrapBytes(text, width: width, lineBreaks: lineBreaks, emit: { lines.append(String(decoding: $0, as: UTF8.self)) }) else {
            return nil
        }
        return lines
    }

    /// `wrapBytes` handing each line to `emit`; false (nothing emitted) when the text needs
    /// the Character path.
    static func wrapBytes(_ text: String, width: Int, lineBreaks: Bool, emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var text = text
        return text.withUTF8 { u -> Bool in
            guard TextColumns.scalarsAreCharacters(u) else { return false }
            var start = 0
            while true {
                var end = u.count
                if lineBreaks {
                    end = start
                    while end < u.count, u[end] != 0x0A { end += 1 }
                }
                wrapBytesLine(UnsafeBufferPointer(rebasing: u[start..<end]), width: width, emit: emit)
                if end >= u.count { return true }
                start = end + 1
            }
        }
    }

    /// One line of `wrapBytes`; word and line lengths are counted in columns, slices cut in bytes.
    private static func wrapBytesLine(_ u: UnsafeBufferPointer<UInt8>, width: Int, emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let width = max(width, 10)
        // A line that fits and is spaced as the loop below would space it comes out as it is:
        // unwrapped text (`--columns 0`, chunks' `plain`) is mostly such lines.
        if u.count <= width, isSingleSpaced(u) {
            emit(u)
            return
        }
        var emitted = false
        func flush(_ bytes: UnsafeBufferPointer<UInt8>) {
            emit(bytes)
            emitted = true
        }
        var line: [UInt8] = []
        var lineColumns = 0
        var i = 0
        while i < u.count {
            while i < u.count, u[i] == 0x20 || u[i] == 0x09 { i += 1 }
            if i == u.count { break }
            var end = i
            var continuations = 0
            while end < u.count, u[end] != 0x20, u[end] != 0x09 {
                if TextColumns.isContinuation(u[end]) { continuations += 1 }
                end += 1
            }
            var start = i
            var wordColumns = end - start - continuations
            i = end
            if wordColumns > width && !unbreakableBytes(u, start, end) {
                if !line.isEmpty { line.withUnsafeBufferPointer(flush); line.removeAll(keepingCapacity: true); lineColumns = 0 }
                let numericFrom = numberishSuffixStart(u, start, end)
                while wordColumns > width, start < numericFrom, !hasPrefixBytes(u, start, end, "www.") {
                    var cut = start
                    var columns = 0
                    while columns < width {
                        cut += 1
                        while cut < end, TextColumns.isContinuation(u[cut]) { cut += 1 }
                        columns += 1
                    }
                    flush(UnsafeBufferPointer(rebasing: u[start..<cut]))
                    start = cut
                    wordColumns -= width
                }
            }
            if line.isEmpty {
                line.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<end]))
                lineColumns = wordColumns
            } else if lineColumns + 1 + wordColumns <= width {
                line.append(0x20)
                line.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<end]))
                lineColumns += 1 + wordColumns
            } else {
                line.withUnsafeBufferPointer(flush)
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<end]))
                lineColumns = wordColumns
            }
        }
        if !line.isEmpty || !emitted { line.withUnsafeBufferPointer(flush) }
    }

    /// No tab, no space at either end, no two spaces in a row.
    private static func isSingleSpaced(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = u.first, let last = u.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previous: UInt8 = 0
        for c in u {
            if c == 0x09 || (c == 0x20 && previous == 0x20) { return false }
            previous = c
        }
        return true
    }

    private static func unbreakableBytes(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if hasPrefixBytes(u, start, end, "www.") { return true }
        for k in start..<end {
            let c = u[k]
            if c == UInt8(ascii: "@") { return true }
            if c == UInt8(ascii: ":"), k + 2 < end, u[k + 1] == UInt8(ascii: "/"), u[k + 2] == UInt8(ascii: "/") { return true }
        }
        return numberishSuffixStart(u, start, end) == start
    }

    /// Where the run of number-like scalars that ends the word at `end` begins (`end` if none).
    private static func numberishSuffixStart(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var from = end
        while from > start {
            var lead = from - 1
            while lead > start, TextColumns.isContinuation(u[lead]) { lead -= 1 }
            guard isNumberishScalar(u, lead, from) else { break }
            from = lead
        }
        return from
    }

    /// `isNumberish` for the one scalar in `u[start..<end]`: `Character.isNumber` is
    /// `numericType != nil` of its first scalar, so `½`, `²` and `Ⅻ` count as well as digits.
    private static func isNumberishScalar(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let c = u[start]
        if c < 0x80 {
            return (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: "$")
                || c == UInt8(ascii: "%") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "-")
        }
        var value = UInt32(c & (c >= 0xF0 ? 0x07 : c >= 0xE0 ? 0x0F : 0x1F))
        for k in (start + 1)..<end { value = value << 6 | UInt32(u[k] & 0x3F) }
        return Unicode.Scalar(value)?.properties.numericType != nil
    }

    private static func hasPrefixBytes(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
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
