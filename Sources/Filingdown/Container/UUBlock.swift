/// A uuencoded section found inside a document that is otherwise text or HTML: 1990s
/// filings sometimes embed a graphic in an ASCII exhibit, and a damaged container can run
/// a GRAPHIC part into the document before it. Wherever it is, encoded text is never shown:
/// plain text and HTML get an omitted-document block in its place.
struct UUBlock: Equatable {
    /// From the `begin` line through the `end` line (or the last data line).
    var range: Range<Int>
    var name: String?
    /// Decoded size, from the data lines' length characters.
    var size: Int

    /// Every uuencoded section in `bytes`, in order: those opened by a `begin` line, and
    /// runs of full data lines whose `begin` line was damaged or lost (two or more lines of
    /// 61 characters starting with `M`, all in the uuencode alphabet, which prose never is).
    static func find(in bytes: UnsafeRawBufferPointer) -> [UUBlock] {
        let scanner = ByteScanner(bytes)
        var found: [UUBlock] = []
        var line = 0
        var previous: Range<Int>?
        while line < bytes.count {
            let e = scanner.lineEnd(line)
            let thisLine = line..<e
            defer { previous = thisLine }
            let current = UnsafeRawBufferPointer(rebasing: bytes[line..<e])
            let opened = DocumentSniffer.startsWithUUBegin(current)
            let headless = !opened && isFullDataLine(current)
                && isDataLine(UnsafeRawBufferPointer(rebasing: bytes[scanner.nextLine(e)..<scanner.lineEnd(scanner.nextLine(e))]))
            guard opened || headless else {
                line = scanner.nextLine(e)
                continue
            }
            // A damaged `begin` line just above a headless run (`ibegin 644 x.jpg`) goes with it.
            var start = line
            var name = opened ? UUDecoder.encodedName(current) : nil
            if headless, let p = previous, found.last.map({ $0.range.upperBound <= p.lowerBound }) ?? true,
               let damaged = damagedBegin(UnsafeRawBufferPointer(rebasing: bytes[p])) {
                start = p.lowerBound
                name = damaged.isEmpty ? nil : damaged
            }
            var size = 0
            var dataLines = 0
            var end = opened ? e : line
            var next = opened ? scanner.nextLine(e) : line
            while next < bytes.count {
                let de = scanner.lineEnd(next)
                let data = UnsafeRawBufferPointer(rebasing: bytes[next..<de])
                if isEndLine(data) {
                    end = de
                    break
                }
                guard isDataLine(data) else { break }
                size += Int((data[0] &- 0x20) & 0x3F)
                dataLines += 1
                end = de
                next = scanner.nextLine(de)
            }
            // A `begin` line with no data after it is prose that happens to start with "begin 644".
            if dataLines > 0 {
                found.append(UUBlock(range: start..<end, name: name, size: size))
            }
            line = scanner.nextLine(max(end, e))
        }
        return found
    }

    /// A full 45-byte data line: `M` and 60 characters (give or take one, and two stray
    /// bytes, for damage) of the uuencode alphabet, ten or more of them punctuation. Encoded
    /// bytes give about 26 punctuation characters a line; an all-capitals 1990s heading of
    /// the same length gives two or three.
    private static func isFullDataLine(_ line: UnsafeRawBufferPointer) -> Bool {
        guard line.count >= 60, line.count <= 63, line[0] == UInt8(ascii: "M") else { return false }
        var stray = 0
        var punctuation = 0
        for b in line {
            if b < 0x20 || b > 0x60 { stray += 1; continue }
            let letterOrDigit = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
            if !letterOrDigit && b != 0x20 { punctuation += 1 }
        }
        return stray <= 2 && punctuation >= 10
    }

    /// A line that was a `begin` line before damage: `begin` somewhere in its first word,
    /// or a mode of three octal digits as its second word. Returns the name it carries, "" for none.
    private static func damagedBegin(_ line: UnsafeRawBufferPointer) -> String? {
        guard line.count <= 300 else { return nil }
        let words = String(decoding: line, as: UTF8.self).split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = words.first else { return nil }
        let mode = words.count > 1 && words[1].prefix(3).allSatisfy { $0 >= "0" && $0 <= "7" } && words[1].count >= 3
        guard first.lowercased().contains("begin") || (mode && first.count <= 7) else { return nil }
        return words.count > 2 ? ASCIIText.meaningful(String(words[2])) ?? "" : ""
    }

    /// `end`, alone on its line.
    private static func isEndLine(_ line: UnsafeRawBufferPointer) -> Bool {
        ASCIIText.trimmed(String(decoding: line, as: UTF8.self)) == "end"
    }

    /// Characters of the uuencode alphabet (space to backtick), allowing two stray bytes
    /// of damage, and not a container tag such as `</TEXT>` that a cut-off part runs into.
    private static func isDataLine(_ line: UnsafeRawBufferPointer) -> Bool {
        guard let first = line.first, first >= 0x20, first <= 0x60 else { return false }
        var stray = 0
        for b in line where b < 0x20 || b > 0x60 {
            stray += 1
            if stray > 2 || line.count < 8 { return false }
        }
        if first == UInt8(ascii: "<"), line.last == UInt8(ascii: ">"), line.count < 40 { return false }
        return true
    }

    var attachment: OmittedDocument {
        OmittedDocument(filename: name ?? "", type: "", size: size, encoding: "uuencode", reason: .embeddedEncoding)
    }
}
