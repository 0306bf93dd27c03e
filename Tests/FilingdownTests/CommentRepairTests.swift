import Testing
@testable import Filingdown

/// Where an unterminated `<!--` is closed: after its first `>` or at its line end, whichever
/// keeps more text visible; never when something closes it.
@Suite struct CommentRepairTests {
    static func point(_ s: String) -> Int? {
        Array(s.utf8).withUnsafeBytes { CommentRepair.insertionPoint(in: $0, outside: []) }
    }

    @Test("on one line the comment ends after the first >")
    func oneLineEndsAtFirstAngle() {
        let s = "<p>a</p><!--DOCTYPE x><p>b</p>"
        #expect(Self.point(s) == s.utf8.count - "<p>b</p>".utf8.count)
    }

    @Test("a line end before any > ends it there")
    func lineEndFirst() {
        let s = "<!--DOCTYPE never closed\n<p>after</p>"
        #expect(Self.point(s) == "<!--DOCTYPE never closed".utf8.count)
    }

    @Test("a closed comment needs no repair, nor does a document with none")
    func closedCommentsLeftAlone() {
        #expect(Self.point("<!-- a --><p>b</p>") == nil)
        #expect(Self.point("<p>no comment</p>") == nil)
        #expect(Self.point("<!-- one --><!-- two > still --> <p>x</p>") == nil)
    }

    @Test("a comment cut off at the end of the input ends there")
    func endOfInput() {
        #expect(Self.point("<p>a</p><!-- cut") == "<p>a</p><!-- cut".utf8.count)
    }
}

/// The repair's `-->` never lands inside a range the preflight cuts: a comment left open around
/// an inline XBRL header once put it inside the header's cut, and the copy trapped.
@Suite struct CommentRepairInsideCutTests {
    @Test("an unterminated comment around an inline XBRL header is closed after the header")
    func closedAfterTheCutHeader() {
        #expect(convert("<p>Before</p><!--<ix:header>H</ix:header><p>After</p>") == "Before\n\nAfter\n\n")
        #expect(convert("<!--<ix:header></ix:header><div") == "")
    }
}
