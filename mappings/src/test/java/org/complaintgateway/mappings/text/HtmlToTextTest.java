package org.complaintgateway.mappings.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * HTML becomes the text a reader sees: {@code <br>} a line break, a paragraph a blank line, scripts and styles
 * nothing; only known HTML tags make text count as markup.
 */
class HtmlToTextTest {

    @Test
    void brBecomesLineBreak() {
        assertThat(HtmlToText.toPlainText("first<br>second<br/>third")).isEqualTo("first\nsecond\nthird");
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        assertThat(HtmlToText.toPlainText("<p>first</p>\n\n<p>second</p>")).isEqualTo("first\n\nsecond");
    }

    @Test
    void divsAreSeparatedByALineBreak() {
        assertThat(HtmlToText.toPlainText("<div>first</div>\n<div>second</div>")).isEqualTo("first\nsecond");
    }

    @Test
    void listItemsGoOnTheirOwnLines() {
        assertThat(HtmlToText.toPlainText("Items:<ul><li>kettle</li><li>lid</li></ul>done")).isEqualTo("Items:\nkettle\nlid\ndone");
    }

    @Test
    void sourceLineBreaksInsideTextCountAsSpaces() {
        assertThat(HtmlToText.toPlainText("<p>one\n   two</p>")).isEqualTo("one two");
    }

    @Test
    void scriptAndStyleContentDisappears() {
        assertThat(HtmlToText.toPlainText("<style>p{color:red}</style>Hello <script>alert(1)</script>world"))
                .isEqualTo("Hello world");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(HtmlToText.toPlainText("<p>5 &lt; 6 &amp;&nbsp;7</p>")).isEqualTo("5 < 6 & 7");
    }

    @Test
    void inlineTagsLeaveTheirText() {
        assertThat(HtmlToText.toPlainText("The <b>lid</b> <a href=\"https://example.com\">broke</a>.")).isEqualTo("The lid broke.");
    }

    @Test
    void knownTagIsMarkup() {
        assertThat(HtmlToText.containsMarkup("Hello <b>there</b>")).isTrue();
    }

    @Test
    void lessThanSignAloneIsNotMarkup() {
        assertThat(HtmlToText.containsMarkup("price < 5 and > 3")).isFalse();
    }

    @Test
    void unknownTagIsNotMarkup() {
        assertThat(HtmlToText.containsMarkup("#include <stdio.h> fails to compile")).isFalse();
    }

    @Test
    void nullIsNotMarkup() {
        assertThat(HtmlToText.containsMarkup(null)).isFalse();
    }
}
