#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the binary parts of a submission (uuencoded GRAPHIC, PDF, ZIP, XLSX, raw bytes)
/// into a directory.
///
/// A `<FILENAME>` comes from whoever made the filing, so it is treated as hostile: only its
/// last path component is kept, control characters and anything outside a conservative set
/// become `_`, leading dots are dropped (no `..`, no hidden files), and the length is
/// capped. Files are created with `openat(dir, name, O_CREAT | O_EXCL | O_NOFOLLOW)`
/// relative to the opened directory, so no name can reach outside it, follow a planted
/// symlink, or overwrite an existing file: a second `logo.jpg` becomes `logo-2.jpg`.
public enum AttachmentExtractor {
    public struct ExtractionError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Names longer than this (in bytes) are shortened, keeping the extension.
    static let maxNameLength = 120

    /// Writes every binary part of `bytes` into `directory` (created if missing, one level)
    /// and returns the paths written, in document order.
    public static func extract(_ bytes: [UInt8], to directory: String) throws -> [String] {
        guard !directory.isEmpty, !directory.utf8.contains(0) else {
            throw ExtractionError(description: "invalid directory name")
        }
        if mkdir(directory, 0o755) != 0 && errno != EEXIST {
            throw ExtractionError(description: "\(directory): cannot create directory: \(errorText())")
        }
        let dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dirfd >= 0 else { throw ExtractionError(description: "\(directory): \(errorText())") }
        defer { close(dirfd) }

        var written: [String] = []
        var used = Set<String>()
        try bytes.withUnsafeBytes { buf in
            let reader = SubmissionReader(buf)
            for part in reader.parts {
                let text = UnsafeRawBufferPointer(rebasing: buf[part.text])
                let sniffed = DocumentSniffer.sniff(text, type: part.type)
                guard sniffed.kind == .binary else { continue }
                let content = UnsafeRawBufferPointer(rebasing: text[sniffed.content])
                let data = AttachmentReader.decode(content)
                let proposed = part.filename.flatMap(ASCIIText.meaningful) ?? UUDecoder.encodedName(content)
                let base = safeName(proposed, fallback: "document-\(part.effectiveSequence(bare: reader.isBare) ?? "1")")
                let name = try create(base, in: dirfd, used: &used, data: data)
                written.append(directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            }
        }
        return written
    }

    /// A file name that is one plain path component: `../../etc/passwd` → `passwd`,
    /// `C:\evil\x.exe` → `x.exe`, control characters → `_`, empty → `fallback`.
    static func safeName(_ proposed: String?, fallback: String) -> String {
        var name = proposed ?? ""
        // Only the last component, whichever separator the filer used.
        if let cut = name.lastIndex(where: { $0 == "/" || $0 == "\\" }) { name = String(name[name.index(after: cut)...]) }
        var bytes: [UInt8] = []
        for b in name.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                bytes.append(b)
            default:
                // Control characters, NUL, separators, spaces, shell and non-ASCII bytes.
                if bytes.last != UInt8(ascii: "_") { bytes.append(UInt8(ascii: "_")) }
            }
        }
        while let f = bytes.first, f == UInt8(ascii: ".") || f == UInt8(ascii: "_") || f == UInt8(ascii: "-") { bytes.removeFirst() }
        while let l = bytes.last, l == UInt8(ascii: ".") || l == UInt8(ascii: "_") { bytes.removeLast() }
        if bytes.isEmpty { return fallback.isEmpty ? "attachment" : safeName(fallback, fallback: "attachment") }
        if bytes.count > maxNameLength {
            let (stem, ext) = split(bytes)
            let keepExt = ext.count < 16 ? ext : []
            bytes = Array(stem.prefix(maxNameLength - keepExt.count)) + keepExt
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `name.ext` → (`name`, `.ext`).
    private static func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return (bytes, []) }
        return (Array(bytes[..<dot]), Array(bytes[dot...]))
    }

    /// Creates `base` (or `base-2`, `base-3`, … when taken) in `dirfd` and writes `data`.
    private static func create(_ base: String, in dirfd: Int32, used: inout Set<String>, data: [UInt8]) throws -> String {
        let (stem, ext) = split(Array(base.utf8))
        var attempt = 1
        while attempt < 10_000 {
            let candidate = attempt == 1 ? base
                : String(decoding: stem, as: UTF8.self) + "-\(attempt)" + String(decoding: ext, as: UTF8.self)
            attempt += 1
            if used.contains(candidate) { continue }
            let fd = openat(dirfd, candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw ExtractionError(description: "\(candidate): \(errorText())")
            }
            used.insert(candidate)
            defer { close(fd) }
            var offset = 0
            while offset < data.count {
                let n = data.withUnsafeBytes { write(fd, $0.baseAddress! + offset, data.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    let message = errorText()
                    unlinkat(dirfd, candidate, 0)
                    throw ExtractionError(description: "\(candidate): \(message)")
                }
                offset += n
            }
            return candidate
        }
        throw ExtractionError(description: "\(base): too many files with this name")
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
