#if canImport(Glibc)
import Glibc
#endif

/// Turns the command line's INPUT arguments into the ordered list of files to convert.
///
/// Order is the arguments' order, and inside a directory byte order of names, so that a
/// concatenated stream and the order of messages never depend on the file system or on
/// `--jobs`. Inside directories hidden entries (`.git`, `.DS_Store`, filingdown's own
/// temporary files) are skipped; symbolic links to files are followed, links to
/// directories are not (as `grep -r` does), which also rules out cycles.
struct InputPlan {
    var jobs: [Job] = []
    /// True when the run is a batch: several arguments or any directory. A batch gets
    /// delimiters on a shared stream, a progress line and a summary.
    var isBatch = false
    /// Subdirectories passed over because `-r` was not given: each is mentioned, as `cp`
    /// mentions the directories it omits, but none is an error.
    var skippedDirectories: [String] = []

    /// Directories the walk must not enter: the output and extraction directories, so a
    /// second run over the same tree does not convert the first run's outputs.
    /// Symbolic links to directories met inside a walk: not followed, and mentioned.
    var symlinkedDirectories: [String] = []
    /// Files inside directories that `filter` did not take, for the summary.
    var leftOut: [String] = []

    private var excluded: Set<FileIdentity> = []
    private let recursive: Bool
    private let filter: NameFilter

    init(arguments: [String], recursive: Bool, filter: NameFilter = NameFilter(),
         excluding excludedPaths: [String]) throws(UsageError) {
        self.recursive = recursive
        self.filter = filter
        excluded = Set(excludedPaths.compactMap { FileIdentity(path: $0) })
        let arguments = arguments.isEmpty ? ["-"] : arguments
        if arguments.filter({ $0 == "-" }).count > 1 {
            throw UsageError("standard input ('-') can be read only once")
        }
        isBatch = arguments.count > 1
        for argument in arguments {
            if argument == "-" {
                var st = stat()
                let identity = fstat(0, &st) == 0 && PathName.isRegular(st) ? FileIdentity(st) : nil
                jobs.append(Job(path: "-", relativePath: "-", size: identity == nil ? 0 : Int(st.st_size), identity: identity))
                continue
            }
            guard let st = PathName.status(argument) else {
                // Missing or dangling: reading it reports the system's reason.
                jobs.append(Job(path: argument, relativePath: PathName.basename(argument), size: 0, identity: nil))
                continue
            }
            if PathName.isDirectory(st) {
                isBatch = true
                let before = jobs.count, skippedBefore = skippedDirectories.count, leftOutBefore = leftOut.count
                walk(argument, relative: "")
                if jobs.count == before {
                    let skipped = skippedDirectories.count - skippedBefore
                    let left = leftOut.count - leftOutBefore
                    var reason = "no files to convert in this directory"
                    if skipped > 0 { reason += " (\(skipped) subdirector\(skipped == 1 ? "y" : "ies") skipped; use -r)" }
                    if left > 0 { reason += " (\(left) file\(left == 1 ? "" : "s") left out: \(filter.reason))" }
                    jobs.append(Job(path: argument, relativePath: PathName.basename(argument), size: 0,
                                    identity: FileIdentity(st), failure: reason))
                }
            } else {
                jobs.append(Job(path: argument, relativePath: PathName.basename(argument),
                                size: PathName.isRegular(st) ? Int(st.st_size) : 0, identity: FileIdentity(st)))
            }
        }
    }

    private mutating func walk(_ directory: String, relative: String) {
        guard let stream = opendir(directory) else {
            let reason = StandardStreams.describe(errno: errno)
            jobs.append(Job(path: directory, relativePath: relative, size: 0, identity: nil, failure: reason))
            return
        }
        // A name that is not UTF-8 is shown escaped (`bad\377.htm`) and opened by its bytes.
        var names: [(name: String, raw: [UInt8]?)] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if bytes.first == UInt8(ascii: ".") { continue }
            let name = String(validating: bytes, as: UTF8.self)
            names.append((name ?? ControlEscaping.name(bytes), name == nil ? bytes : nil))
        }
        closedir(stream)
        // Byte order, not locale order: the same on every machine.
        names.sort { ($0.raw ?? Array($0.name.utf8)).lexicographicallyPrecedes($1.raw ?? Array($1.name.utf8)) }
        var undecodable = 0
        defer {
            if undecodable > 0 {
                jobs.append(Job(path: directory, relativePath: relative, size: 0, identity: nil,
                                failure: "\(undecodable) entr\(undecodable == 1 ? "y whose name is" : "ies whose names are") not valid UTF-8 and not a file; skipped"))
            }
        }
        for (name, rawName) in names {
            if let rawName {
                // Only regular files are taken so: a directory so named is not walked.
                let raw = Array(directory.utf8) + (directory.hasSuffix("/") ? [] : [UInt8(ascii: "/")]) + rawName
                var st = stat()
                guard (raw + [0]).withUnsafeBufferPointer({ stat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), &st) }) == 0,
                      PathName.isRegular(st) else { undecodable += 1; continue }
                guard filter.takes(name) else { leftOut.append(PathName.join(directory, name)); continue }
                jobs.append(Job(path: PathName.join(directory, name), relativePath: relative.isEmpty ? name : relative + "/" + name,
                                size: Int(st.st_size), identity: FileIdentity(st), rawPath: raw))
                continue
            }
            let path = PathName.join(directory, name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            guard let link = PathName.status(path, followingLinks: false) else {
                // Listed but not reachable: a path past PATH_MAX, a directory readable but
                // not searchable. A failure, never a silent skip.
                let reason = StandardStreams.describe(errno: errno)
                jobs.append(Job(path: path, relativePath: relativePath, size: 0, identity: nil, failure: reason))
                continue
            }
            if PathName.isDirectory(link) {
                if excluded.contains(FileIdentity(link)) { continue }
                if recursive { walk(path, relative: relativePath) } else { skippedDirectories.append(path) }
                continue
            }
            var target = link
            if PathName.isSymlink(link) {
                guard let resolved = PathName.status(path) else {
                    // Dangling: listed, so that reading it reports the broken link.
                    if !filter.takes(name) { leftOut.append(path); continue }
                    jobs.append(Job(path: path, relativePath: relativePath, size: 0, identity: nil))
                    continue
                }
                if PathName.isDirectory(resolved) { symlinkedDirectories.append(path); continue }
                target = resolved
            }
            if !filter.takes(name) {
                leftOut.append(path)
                continue
            }
            if PathName.isRegular(target) {
                jobs.append(Job(path: path, relativePath: relativePath, size: Int(target.st_size), identity: FileIdentity(target)))
            } else {
                jobs.append(Job(path: path, relativePath: relativePath, size: 0, identity: FileIdentity(target),
                                failure: "\(PathName.kindPhrase(target)), not a file; skipped"))
            }
        }
    }
}
