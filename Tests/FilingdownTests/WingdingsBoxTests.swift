import Testing
@testable import Filingdown

/// Check boxes drawn in Wingdings come out as the boxes a reader sees.
struct WingdingsBoxTests {
    @Test func wingdingsBoxesBecomeBallotBoxes() {
        let html = """
        <p>Yes <font style="font-family: Wingdings">&#168;</font> No <span style="FONT-FAMILY:WINGDINGS">&#253;</span></p>
        <p><span style="font-family: Wingdings">x</span> third-party tender offer</p>
        """
        let md = convert(html)
        #expect(md.contains("Yes ☐ No ☒"))
        #expect(md.contains("☒ third-party tender offer"))
    }

    @Test func aFontTagsWingdingsFaceDrawsBoxesToo() {
        // roanokeelectricsteel-10k-2003: `<FONT FACE="WINGDINGS">&#168;</FONT>` on its cover.
        let md = convert("<p>Yes <FONT FACE=\"WINGDINGS\">&#120;</FONT> No <font face=\"Wingdings\" size=\"2\">&#168;</font></p>")
        #expect(md.contains("Yes ☒ No ☐"))
        #expect(convert("<p><font face=\"Wingdings\" style=\"font-family: Arial\">x</font> marks</p>").contains("x marks"))
    }

    @Test func lettersOutsideWingdingsStayLetters() {
        let md = convert("<p>Yes <span>&#168;</span> No x, and o or q</p>")
        #expect(md.contains("Yes ¨ No x, and o or q"))
    }

    @Test func aNestedFontFamilyEndsTheWingdingsRun() {
        let md = convert(#"<p style="font-family: Wingdings"><span style="font-family: Times">box office</span></p>"#)
        #expect(md.contains("box office"))
    }

    @Test func aLongWingdingsRunIsLeftAsItIs() {
        #expect(WingdingsBoxes.mapped(Array("ooooooooooooooooo".utf8)) == Array("ooooooooooooooooo".utf8))
        #expect(WingdingsBoxes.mapped(Array(" q ".utf8)) == Array(" ☐ ".utf8))
    }
}
