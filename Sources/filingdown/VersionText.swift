import Filingdown

/// What `--version` prints: the tool's version on the first line, as `filingdown X.Y.Z`,
/// then the libxml2 and Swift it was built with, which decide how HTML is parsed.
enum VersionText {
    static let number = "0.1.0"

    static var full: String {
        "filingdown \(number)\nlibxml2 \(Converter.libxml2Version)\nSwift \(swiftVersion)"
    }

    /// The compiler's language version, to the minor number.
    static var swiftVersion: String {
        #if compiler(>=6.5)
        return "6.5 or later"
        #elseif compiler(>=6.4)
        return "6.4"
        #elseif compiler(>=6.3)
        return "6.3"
        #elseif compiler(>=6.2)
        return "6.2"
        #elseif compiler(>=6.1)
        return "6.1"
        #else
        return "6.0"
        #endif
    }
}
