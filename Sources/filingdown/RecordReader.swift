#if canImport(Glibc)
import Glibc
#endif

/// Reads the framing of `--stream`: a line `LENGTH ID` (LENGTH in decimal, one space, the
/// caller's id up to the line feed), then exactly LENGTH bytes; again and again until the
/// input ends. Blank lines between records are passed over, so a caller may end each record
/// with a line break it did not count. A record longer than `limit` is read past without
/// being kept.
///
/// Reads block on the descriptor: each record is handed on as soon as its last byte has
/// arrived, so a caller may send one record and wait for its answer.
final class RecordReader {
    enum Item {
        case record(id: String, bytes: [UInt8])
        /// LENGTH was over the limit; its bytes were read and dropped.
        case tooLarge(id: String, length: Int)
        /// A line that is not `LENGTH ID`, or the input ended inside a record: nothing after
        /// it can be trusted to be where a record starts.
        case broken(id: String?, StreamProtocol.Failure)
        case end
    }

    /// A header line longer than this is not a header (a body sent without one, say).
    static let maximumHeaderLength = 4096

    private let fd: Int32
    private let limit: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var ended = false
    /// The system's reason when a read failed.
    private(set) var readError: Int32? = nil
    /// Records read so far, for messages.
    private(set) var count = 0

    init(fd: Int32, limit: Int, bufferSize: Int = 1 << 16) {
        self.fd = fd
        self.limit = limit
        buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    func next() -> Item {
        var line: [UInt8]
        repeat {
            switch readLine() {
            case .line(let bytes): line = bytes
            case .end: return .end
            case .cut(let bytes):
                let shown = String(decoding: bytes.prefix(40), as: UTF8.self)
                return .broken(id: nil, failure(.framing, bytes.count > Self.maximumHeaderLength
                    ? "record \(count + 1): no line feed in the first \(Self.maximumHeaderLength) bytes, where a 'LENGTH ID' line was expected"
                    : "record \(count + 1): the input ends inside a header line ('\(shown)')"))
            }
            if line.last == 0x0D { line.removeLast() }
        } while line.isEmpty
        let digits = line.prefix { $0 >= 0x30 && $0 <= 0x39 }
        let rest = line.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 18, rest.isEmpty || rest.first == 0x20 else {
            let shown = String(decoding: line.prefix(40), as: UTF8.self)
            return .broken(id: nil, failure(.framing, "record \(count + 1): '\(shown)' is not a 'LENGTH ID' line"))
        }
        let length = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let id = String(decoding: rest.dropFirst(), as: UTF8.self)
        count += 1
        if length > limit {
            let skipped = skip(length)
            guard skipped == length else { return truncated(id: id, length: length, got: skipped) }
            return .tooLarge(id: id, length: length)
        }
        let bytes = read(length)
        guard bytes.count == length else { return truncated(id: id, length: length, got: bytes.count) }
        return .record(id: id, bytes: bytes)
    }

    private func failure(_ code: StreamProtocol.Failure.Code, _ message: String) -> StreamProtocol.Failure {
        StreamProtocol.Failure(code: code, message: message)
    }

    private func truncated(id: String, length: Int, got: Int) -> Item {
        let reason = readError.map { StandardStreams.describe(errno: $0) } ?? "the input ends"
        return .broken(id: id, failure(.truncated, "\(reason) after \(got) of the record's \(length) bytes"))
    }

    private enum Line { case line([UInt8]), cut([UInt8]), end }

    private func readLine() -> Line {
        var line: [UInt8] = []
        while true {
            if start == end {
                guard fill() else { return line.isEmpty ? .end : .cut(line) }
            }
            let available = buffer[start..<end]
            if let newline = available.firstIndex(of: 0x0A) {
                line += buffer[start..<newline]
                start = newline + 1
                return line.count > Self.maximumHeaderLength ? .cut(line) : .line(line)
            }
            line += available
            start = end
            if line.count > Self.maximumHeaderLength { return .cut(line) }
        }
    }

    /// Up to `count` bytes: fewer only when the input ends.
    private func read(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { out, filled in
            filled = 0
            let buffered = min(end - start, count)
            if buffered > 0 {
                buffer.withUnsafeBufferPointer { source in
                    _ = UnsafeMutableRawBufferPointer(out).initializeMemory(as: UInt8.self, from: UnsafeBufferPointer(rebasing: source[start..<start + buffered]))
                }
                start += buffered
                filled = buffered
            }
            // The rest straight from the descriptor into the record, not through the buffer.
            while filled < count, !ended {
                let n = Glibc.read(fd, out.baseAddress! + filled, count - filled)
                if n < 0, errno == EINTR { continue }
                if n < 0 { readError = errno; ended = true; break }
                if n == 0 { ended = true; break }
                filled += n
            }
        }
    }

    /// Reads past `count` bytes, keeping none; returns how many there were.
    private func skip(_ count: Int) -> Int {
        var skipped = min(end - start, count)
        start += skipped
        while skipped < count, start == end, fill() {
            let step = min(end - start, count - skipped)
            start += step
            skipped += step
        }
        return skipped
    }

    /// Refills the empty buffer; false at the end of the input.
    private func fill() -> Bool {
        start = 0
        end = 0
        while !ended {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { readError = errno; ended = true; return false }
            if n == 0 { ended = true; return false }
            end = n
            return true
        }
        return false
    }
}
