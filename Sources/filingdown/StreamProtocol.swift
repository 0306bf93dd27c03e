import Filingdown

/// The records of `--stream`, `--records` and `--files-from`: one JSON line per input,
/// described in docs/stream.md. A converted input is
/// `{"id", "header", "documents", "warnings", "filingdown_version"}`; a failed one
/// `{"id", "error": {"code", "message"}}`. Nothing in a line depends on time, threads or
/// the machine: the same bytes and options give the same line.
enum StreamProtocol {
    /// Why an input gave no documents. The codes are the protocol's: callers branch on them.
    struct Failure: Error, Equatable, Sendable {
        var code: Code
        var message: String

        enum Code: String, Sendable {
            /// A line that is not `LENGTH ID`: the stream cannot be followed further.
            case framing
            /// The input ended inside a record's bytes.
            case truncated
            /// Longer than `--max-record-bytes`, or gzip data expanding past it.
            case tooLarge = "too_large"
            /// No bytes at all.
            case empty
            /// Not a filing: NUL bytes and no `<DOCUMENT>` tag.
            case binary
            /// gzip data that is cut off or corrupt.
            case damaged
            /// A file that could not be read (`--files-from`, `--records`).
            case unreadable
            /// `--document` or `--section` selected nothing in this input.
            case noMatch = "no_match"
        }
    }

    /// The record for one input's bytes: its conversion, or why there is none. `limit` bounds
    /// what gzip-compressed bytes may expand to.
    static func record(id: String, bytes: [UInt8], converter: Converter, limit: Int) -> (line: [UInt8], failure: Failure?, warnings: [String]) {
        var converter = converter
        // A bare document's chunk ids start with its name, as they do when the file is named on the command line.
        if converter.options.inputName == nil, !id.isEmpty, id != "-" { converter.options.inputName = InputDecoding.droppingGzipExtension(PathName.basename(id)) }
        switch convert(bytes, converter: converter, limit: limit) {
        case .success(let converted):
            return (converted.line(id: id), nil, converted.warnings)
        case .failure(let failure):
            return (errorLine(id: id, failure), failure, [])
        }
    }

    /// `{"id":…,"error":{"code":…,"message":…}}` and a line break; `id` nil is `null` (a
    /// line that named none).
    static func errorLine(id: String?, _ failure: Failure) -> [UInt8] {
        var out: [UInt8] = Array("{\"id\":".utf8)
        out += JSONText.quoted(id)
        out += Array(",\"error\":{\"code\":\"\(failure.code.rawValue)\",\"message\":".utf8)
        out += JSONText.quoted(failure.message)
        out += Array("}}\n".utf8)
        return out
    }

    private struct Converted {
        var header: SubmissionHeader?
        var documents: [UInt8]
        var warnings: [String]

        func line(id: String) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(documents.count + 512)
            out += Array("{\"id\":".utf8)
            out += JSONText.quoted(id)
            out += Array(",\"header\":".utf8)
            if let header {
                let company = header.company
                let fields: [(String, String?)] = [
                    ("accession_number", header.accessionNumber), ("cik", company?.cik), ("company", company?.name),
                    ("form_type", header.formType), ("filing_date", header.filingDate), ("period", header.period),
                ]
                for (i, (key, value)) in fields.enumerated() {
                    out += Array(((i == 0 ? "{\"" : ",\"") + key + "\":").utf8)
                    out += JSONText.quoted(value)
                }
                out.append(UInt8(ascii: "}"))
            } else {
                out += Array("null".utf8)
            }
            out += Array(",\"documents\":[".utf8)
            out += documents
            out += Array("],\"warnings\":[".utf8)
            for (i, warning) in warnings.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out += JSONText.quoted(warning)
            }
            out += Array("],\"filingdown_version\":\"\(VersionText.number)\"}\n".utf8)
            return out
        }
    }

    private static func convert(_ input: [UInt8], converter: Converter, limit: Int) -> Result<Converted, Failure> {
        var converter = converter
        let bytes: [UInt8]
        do {
            let decoded = try InputDecoding.decode(input, limit: limit)
            bytes = decoded.bytes
            if decoded.wasUTF16 { converter.options.encoding = .utf8 }
        } catch {
            return .failure(Failure(code: error.expanded ? .tooLarge : .damaged, message: error.description))
        }
        if bytes.isEmpty { return .failure(Failure(code: .empty, message: "no bytes to convert")) }
        if BinaryInput.isBinary(bytes) { return .failure(Failure(code: .binary, message: "not a text or HTML filing (binary data)")) }
        let submission = Submission(bytes)
        var documents: [UInt8] = []
        let content = converter.options.format == .text ? "text" : converter.options.format == .chunks ? "chunks" : "markdown"
        let result = converter.convertEach(submission) { document in
            if !documents.isEmpty { documents.append(UInt8(ascii: ",")) }
            switch converter.options.format {
            case .json, .jsonl:
                documents += document.output
            case .markdown, .text:
                documents += Array("{\"sequence\":".utf8) + JSONText.quoted(document.sequence)
                documents += Array(",\"type\":".utf8) + JSONText.quoted(document.type)
                documents += Array(",\"filename\":".utf8) + JSONText.quoted(document.filename)
                documents += Array(",\"description\":".utf8) + JSONText.quoted(document.description)
                documents += Array(",\"kind\":\"\(document.kind.rawValue)\",\"size\":\(document.size),\"\(content)\":".utf8)
                JSONText.quote(utf8: document.output, into: &documents)
                documents.append(UInt8(ascii: "}"))
            case .chunks:
                documents += Array("{\"sequence\":".utf8) + JSONText.quoted(document.sequence)
                documents += Array(",\"type\":".utf8) + JSONText.quoted(document.type)
                documents += Array(",\"filename\":".utf8) + JSONText.quoted(document.filename)
                documents += Array(",\"description\":".utf8) + JSONText.quoted(document.description)
                documents += Array(",\"kind\":\"\(document.kind.rawValue)\",\"size\":\(document.size),\"\(content)\":".utf8)
                documents += document.output
                documents.append(UInt8(ascii: "}"))
            }
        }
        let options = converter.options
        if result.documentsSelected == 0, !options.documents.isEmpty {
            return .failure(Failure(code: .noMatch, message: "no document matches " + options.documents.joined(separator: " or ")))
        }
        if result.documentsWritten == 0, !options.sections.isEmpty {
            return .failure(Failure(code: .noMatch, message: "no " + options.sections.map(\.description).joined(separator: " or ") + " in this filing"))
        }
        return .success(Converted(header: submission.header, documents: documents, warnings: result.warnings))
    }
}
