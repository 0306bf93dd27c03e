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
            while wordCount > width && !unbreakable(word) {
                if lineCount > 0 { lines.append(line); line = ""; lineCount = 0 }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
                wordCount = word.count
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
        word.contains("://") || word.hasPrefix("www.") || word.contains("@") || word.allSatisfy { $0.isNumber || ",.$%()-".contains($0) }
    }
}
