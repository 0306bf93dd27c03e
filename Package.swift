// swift-tools-version:6.0
// filingdown: Apache License 2.0, see LICENSE (as swift-argument-parser and swift-markdown).
import PackageDescription

let package = Package(
    name: "filingdown",
    products: [
        .library(name: "Filingdown", targets: ["Filingdown"]),
        .executable(name: "filingdown", targets: ["filingdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Test-only: a real YAML parser checks that the Markdown front matter is valid YAML.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        // zlib, for reading .gz inputs directly: libxml2 already links it, so the binary
        // needs no library it did not already load.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libarchive, for .tar, .tar.gz/.tgz and .zip inputs read member by member: one
        // library that knows tar's dialects (ustar, pax, GNU long names and sparse files) and
        // zip's (data descriptors, zip64, deflate), each a format where a reader of our own
        // would get hostile headers wrong; it also streams gzip, which tar.gz needs.
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .target(name: "Filingdown", dependencies: ["CLibXML2"]),
        .executableTarget(
            name: "filingdown",
            dependencies: [
                "Filingdown",
                "CZlib",
                "CArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "filingdown-bench", dependencies: ["Filingdown", "CLibXML2"]),
        .testTarget(
            name: "FilingdownTests",
            dependencies: [
                "Filingdown",
                // The command line's own types, for the fast-path tests that compare its parse
                // with argument-parser's.
                "filingdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
