import Testing
@testable import Filingdown

/// Space drawn with CSS between inline runs is a space in the text.
struct CSSGapTests {
    @Test func paddingBeforeAFootnotesTextSeparatesItFromItsMarker() {
        // amazon-10k-2024's footnotes: `(1)` then the text in a span with padding-left.
        let html = #"<div><span>(1)</span><span style="padding-left:6.34pt">Includes leased space.</span></div>"#
        #expect(convert(html).contains("(1) Includes leased space."))
    }

    @Test func marginBeforeAnInlineRunIsAGapToo() {
        let html = #"<p><span>(a)</span><span style="margin-left: 7pt">Documents filed as part of this report</span></p>"#
        #expect(convert(html).contains("(a) Documents filed as part of this report"))
    }

    @Test func aGapDoesNotSeparateACurrencySignFromItsFigure() {
        let html = #"<p>Total <span>$</span><span style="padding-left:2pt">1,234</span> in all</p>"#
        #expect(convert(html).contains("Total $1,234 in all"))
    }

    @Test func zeroPaddingOrAnIndentAtTheStartAddsNothing() {
        #expect(convert(#"<p>a<span style="padding-left:0pt">b</span></p>"#).contains("ab"))
        #expect(convert(#"<p><span style="margin-left:36pt">Indented</span> text</p>"#).contains("Indented text"))
        #expect(!convert(#"<p><span style="margin-left:36pt">Indented</span> text</p>"#).contains(" Indented"))
    }
}
