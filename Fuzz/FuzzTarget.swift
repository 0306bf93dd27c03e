// libFuzzer entry point for the whole pipeline. Not part of the Swift package: Fuzz/build.sh
// compiles this file together with Sources/Filingdown into one module, instrumented with
// `-sanitize=fuzzer,address`, so the fuzzer also sees (and may call) internal API.
// See docs/robustness.md for how to build, run and reproduce.

/// One input, read as every entry point reads it: the container reader and its sniffer,
/// the document list, attachment decoding, and the converter in each output format.
/// A crash, a sanitizer report, a timeout or an RSS blow-up is a finding; so is output
/// that is not UTF-8 (checked here, since every writer promises it).
@_cdecl("LLVMFuzzerTestOneInput")
public func filingdownFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: size > 0 ? data : nil, count: size)

    let reader = SubmissionReader(bytes)
    for part in reader.parts {
        precondition(part.text.lowerBound >= 0 && part.text.upperBound <= size, "part outside the input")
        let text = UnsafeRawBufferPointer(rebasing: bytes[part.text])
        let sniffed = DocumentSniffer.sniff(text, type: part.type)
        precondition(sniffed.content.lowerBound >= 0 && sniffed.content.upperBound <= text.count, "sniffed content outside the part")
        if sniffed.kind == .binary {
            let content = UnsafeRawBufferPointer(rebasing: text[sniffed.content])
            let decoded = AttachmentReader.decode(content)
            // A line (at least its length character and a line end) decodes to what its
            // characters encode plus at most UUDecoder.maxZeroFill zero bytes.
            precondition(decoded.count <= content.count * 23 + 63, "attachment decodes to more than its text allows")
        }
    }
    let array = Array(bytes)
    _ = Converter().list(array)

    for format in [ConversionOptions.Format.markdown, .text, .json, .jsonl] {
        var options = ConversionOptions()
        options.format = format
        var output: [UInt8] = []
        _ = Converter(options: options).convert(bytes) { output.append(contentsOf: $0) }
        precondition(String(validating: output, as: UTF8.self) != nil, "\(format) output is not UTF-8")
    }
    return 0
}
