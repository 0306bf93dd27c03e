/// `--files-from FILE`: the inputs' paths, one a line (or ending in NUL bytes with `--null`,
/// as `find -print0` writes them, for names that hold line feeds). Empty entries are passed
/// over; a listed `-` is a file of that name, never standard input again.
enum FileList {
    static func read(_ path: String, nullSeparated: Bool) throws(InputFile.ReadError) -> [String] {
        let bytes = try InputFile(path: path).bytes
        let separator: UInt8 = nullSeparated ? 0 : 0x0A
        return bytes.split(separator: separator).compactMap { entry in
            var entry = entry
            if !nullSeparated, entry.last == 0x0D { entry = entry.dropLast() }
            guard !entry.isEmpty else { return nil }
            let name = String(decoding: entry, as: UTF8.self)
            return name == "-" ? "./-" : name
        }
    }
}
