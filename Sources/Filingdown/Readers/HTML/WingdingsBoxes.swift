/// Check boxes drawn with the Wingdings font: the letters stored are not what a reader of the
/// filing sees. Only short runs are mapped (a box and the spaces around it); a longer run in
/// Wingdings is decoration whose glyphs have no text.
enum WingdingsBoxes {
    static let empty: [UInt8] = Array("☐".utf8)
    static let checked: [UInt8] = Array("☒".utf8)
    static let longestRun = 12

    static func mapped(_ run: [UInt8]) -> [UInt8] {
        guard run.count <= longestRun else { return run }
        var out: [UInt8] = []
        var i = 0
        while i < run.count {
            let b = run[i]
            if b == UInt8(ascii: "o") || b == UInt8(ascii: "q") {
                out += empty
            } else if b == UInt8(ascii: "x") {
                out += checked
            } else if b == 0xC2, i + 1 < run.count, run[i + 1] == 0xA8 {   // ¨
                out += empty
                i += 1
            } else if b == 0xC3, i + 1 < run.count, run[i + 1] == 0xBE || run[i + 1] == 0xBD {   // þ ý
                out += checked
                i += 1
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
