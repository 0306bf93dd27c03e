/// Greedy word wrapping on white space. A word is never split, so numbers and URLs stay
/// whole; only a word longer than the whole line, that is neither, is broken.
enum TextWrap {
    /// Wraps each line of a paragraph (its hard line breaks kept).
    static func wrapParagraph(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(String($0), width: width) }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
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

    private static func unbreakable(_ word: String) -> Bool {
        word.contains("://") || word.hasPrefix("www.") || word.contains("@") || word.allSatisfy(isNumberish)
    }

    private static func isNumberish(_ c: Character) -> Bool { c.isNumber || ",.$%()-".contains(c) }

    private static func startsWithWWW(_ chars: [Character], at i: Int) -> Bool {
        i + 4 <= chars.count && chars[i] == "w" && chars[i + 1] == "w" && chars[i + 2] == "w" && chars[i + 3] == "."
    }
}
