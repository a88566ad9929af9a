package org.complaintgateway.mappings.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
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

    @Test
    void tidyingInOnePassDoesWhatTheThreeRegularExpressionsDid() {
        Pattern spaces = Pattern.compile("[ \\u00A0]+");
        Pattern spacesAroundBreak = Pattern.compile(" ?\n ?");
        Pattern blankLines = Pattern.compile("\n{3,}");
        char[] alphabet = {'a', ' ', '\u00A0', '\n', '\t', '\r', '\u2003', 'x'};
        SplittableRandom random = new SplittableRandom(20261122L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String regexes = spaces.matcher(text).replaceAll(" ");
            regexes = spacesAroundBreak.matcher(regexes).replaceAll("\n");
            regexes = blankLines.matcher(regexes).replaceAll("\n\n").strip();
            assertThat(HtmlToText.tidy(text)).as("tidy(%s)", text.toString().replace("\n", "\\n")).isEqualTo(regexes);
        }
    }
}
