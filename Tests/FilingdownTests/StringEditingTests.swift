import Testing
@testable import Filingdown

/// The byte-level fast paths must answer as the Character-level definitions do.
struct StringEditingTests {
    @Test func trimmingAnASCIISetMatchesTrimmingByCharacters() {
        let set: StaticString = ".,;:()[]+*†"
        let characters = set.description
        let samples = ["(risk)", "...", "", "a.", "†note†", "(é)", ".e\u{301}.", "x\u{301}.", ". ", "[1]:", "†", "—.—"]
        for s in samples {
            var slow = Substring(s)
            while let f = slow.first, characters.contains(f) { slow = slow.dropFirst() }
            while let l = slow.last, characters.contains(l) { slow = slow.dropLast() }
            #expect(Substring(s).trimmingCharacters(in: set) == String(slow), "\(s)")
        }
    }

    @Test func aCombiningMarkKeepsItsBaseCharacterFromBeingTrimmed() {
        // `.` + U+0301 is one Character, not a full stop: the Character rule keeps it.
        #expect(Substring("a.\u{301}").trimmingCharacters(in: ".") == "a.\u{301}")
        #expect(Substring(".\u{301}a").trimmingCharacters(in: ".") == ".\u{301}a")
    }

    @Test func wordsSplitAtTheGivenSeparatorsAndNoBreakSpaces() {
        #expect("Item 1A.\u{A0}Risk  Factors\n".words(splitAt: " \n", noBreakSpaces: true) == ["Item", "1A.", "Risk", "Factors"])
        #expect("Item 1A.\u{A0}Risk".words(splitAt: " \n") == ["Item", "1A.\u{A0}Risk"])
        #expect("a\tb c".words(splitAt: " \t") == ["a", "b", "c"])
        #expect("a\nb".words(splitAt: " \t") == ["a\nb"])
        #expect("".words(splitAt: " ").isEmpty)
        #expect("  ".words(splitAt: " ").isEmpty)
    }

    @Test func containsBytesFindsOnlyWholeByteStrings() {
        #expect("commission file number 1-234".containsBytes("file number"))
        #expect(!"file".containsBytes("file number"))
        #expect("".containsBytes(""))
        #expect(!"".containsBytes("a"))
    }
}
