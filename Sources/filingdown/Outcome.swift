/// What converting one input produced, handed from a worker to the main thread, which
/// reports and writes outcomes in input order.
struct Outcome: Sendable {
    /// For a shared stream (standard output or `-o`): the framed output. Empty when the
    /// output went to its own file.
    var output: [UInt8] = []
    var warnings: [String] = []
    /// Why the input failed; nil when it converted.
    var error: String? = nil
    /// Attachments written by `--extract-attachments`.
    var extracted = 0
    /// Bytes of input converted, for the summary's size and rate.
    var bytesRead = 0
    /// Passed over by `--skip-existing`: its output was already there.
    var skipped = false

    static func failure(_ reason: String) -> Outcome { Outcome(error: reason) }
}
