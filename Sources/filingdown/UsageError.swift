/// A mistake in how filingdown was invoked, found after parsing (two `-` inputs, `-o` with
/// `--output-dir`): reported like argument-parser's errors and exits with status 2.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
