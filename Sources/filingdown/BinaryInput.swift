#if canImport(Glibc)
import Glibc
#endif

/// Tells a file that is not a filing at all (an image, a PDF, a ZIP someone pointed the tool
/// at) from a filing, before conversion.
///
/// The library converts anything without failing; this is the command line's judgement of
/// what the user meant. A NUL byte in the first 8 KB means binary data, as `grep` and
/// `diff` decide, unless the file is an EDGAR submission (it has a `<DOCUMENT>` tag):
/// a submission may carry raw binary parts and is still a filing.
enum BinaryInput {
    static let probeLength = 8192

    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(probeLength)
        guard head.contains(0) else { return false }
        return !containsDocumentTag(bytes)
    }

    /// `<DOCUMENT>` in any case, anywhere in the file. memchr goes from one `<` to the next:
    /// 200 MB of an image or of zeros is one call, not 200 million steps.
    static func containsDocumentTag(_ bytes: [UInt8]) -> Bool {
        let tag = Array("<document>".utf8)
        guard bytes.count >= tag.count else { return false }
        return bytes.withUnsafeBufferPointer { buf in
            let base = buf.baseAddress!
            let last = buf.count - tag.count
            var i = 0
            while i <= last {
                guard let found = memchr(base + i, Int32(UInt8(ascii: "<")), last + 1 - i) else { return false }
                i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var k = 1
                while k < tag.count, buf[i + k] | 0x20 == tag[k] { k += 1 }
                if k == tag.count { return true }
                i += 1
            }
            return false
        }
    }
}
