import FoundationEssentials
import Testing
import Yams
@testable import Filingdown

/// Front matter a reader can take in: a 40-APP lists hundreds of co-applicants, and each
/// used to become a dozen lines of YAML. The first few parties are written in full, the
/// next by name and CIK, then a count; JSON keeps every party.
@Suite struct FrontMatterBoundTests {
    /// A header with `count` filers, each with business and mail addresses and a former name.
    static func header(filers count: Int, series: Int = 0) -> String {
        var text = "ACCESSION NUMBER:\t0001193125-24-000001\nCONFORMED SUBMISSION TYPE:\t40-APP\nFILED AS OF DATE:\t20240102\n"
        for n in 1...count {
            text += """
            FILER:\n\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\tFUND \(n) TRUST\n\t\tCENTRAL INDEX KEY:\t\(n)\n
            \t\tSTATE OF INCORPORATION:\tDE\n\t\tFISCAL YEAR END:\t1231\n\tFILING VALUES:\n\t\tFORM TYPE:\t40-APP\n
            \t\tSEC FILE NUMBER:\t812-\(n)\n\tBUSINESS ADDRESS:\n\t\tSTREET 1:\t\(n) MAIN STREET\n\t\tCITY:\tNEW YORK\n
            \t\tSTATE:\tNY\n\t\tZIP:\t10001\n\t\tBUSINESS PHONE:\t2125550100\n\tMAIL ADDRESS:\n\t\tSTREET 1:\t\(n) MAIN STREET\n
            \t\tCITY:\tNEW YORK\n\t\tSTATE:\tNY\n\t\tZIP:\t10001\n\tFORMER COMPANY:\n\t\tFORMER CONFORMED NAME:\tOLD FUND \(n)\n
            \t\tDATE OF NAME CHANGE:\t20100101\n\n
            """
        }
        return text
    }

    static func submission(filers: Int) -> String {
        "<SEC-DOCUMENT>\n<SEC-HEADER>\n" + header(filers: filers) + "</SEC-HEADER>\n"
            + "<DOCUMENT>\n<TYPE>40-APP\n<SEQUENCE>1\n<TEXT>\n<html><body><p>Application.</p></body></html>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    }

    @Test("400 filers: front matter under 100 lines, valid YAML, the first in full, the total given")
    func fourHundredFilersBounded() throws {
        var options = ConversionOptions()
        options.format = .markdown
        let md = String(decoding: Converter(options: options).convert(Self.submission(filers: 400)).output, as: UTF8.self)
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        let close = try #require(lines.dropFirst().firstIndex(of: "---"))
        #expect(close < 100)
        let yaml = lines[1..<close].joined(separator: "\n")
        let parsed = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let filers = try #require(parsed["filers"] as? [[String: Any]])
        #expect(filers.count == HeaderRecord.listedEntries)
        #expect(filers[0]["name"] as? String == "FUND 1 TRUST")
        #expect(filers[0]["business_address"] != nil)
        #expect(filers[HeaderRecord.fullEntries]["cik"] as? String == String(HeaderRecord.fullEntries + 1))
        #expect(filers[HeaderRecord.fullEntries]["business_address"] == nil)
        #expect(parsed["filers_total"] as? Int == 400)
    }

    @Test("a handful of filers stays in full, with no total")
    func fewFilersInFull() throws {
        let md = String(decoding: Converter().convert(Self.submission(filers: 3)).output, as: UTF8.self)
        #expect(!md.contains("filers_total"))
        #expect(md.components(separatedBy: "business_address:").count == 4)
    }

    @Test("plain text lists the first parties and says how many there are")
    func plainTextBounded() {
        var options = ConversionOptions()
        options.format = .text
        let text = String(decoding: Converter(options: options).convert(Self.submission(filers: 400)).output, as: UTF8.self)
        let header = text.components(separatedBy: "\n\n")[0]
        #expect(header.split(separator: "\n").count < 30)
        #expect(header.contains("Filers:") && header.contains("400 in all"))
    }

    @Test("JSON keeps all 400 filers")
    func jsonKeepsEveryParty() throws {
        var options = ConversionOptions()
        options.format = .json
        struct Output: Decodable {
            struct Header: Decodable { struct Party: Decodable { var name: String?; var cik: String? }; var parties: [Party] }
            var header: Header
        }
        let out = try JSONDecoder().decode(Output.self, from: Data(Converter(options: options).convert(Self.submission(filers: 400)).output))
        #expect(out.header.parties.count == 400)
        #expect(out.header.parties.last?.cik == "400")
    }
}
