package org.complaintgateway.mappings.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plain text keeps the customer's words, tabs and line breaks; every kind of line end becomes {@code \n}, control
 * characters go, and the edges are trimmed.
 */
class PlainTextTest {

    @Test
    void cleanKeepsTabsAndNewlinesOnly() {
        assertThat(PlainText.clean(" a\u0000b\r\nc\td\u2028e\u001b ")).isEqualTo("ab\nc\td\ne");
    }

    @Test
    void aLoneCarriageReturnAndAParagraphSeparatorAreLineEnds() {
        assertThat(PlainText.clean("one\rtwo\u2029three")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void noTextIsEmptyText() {
        assertThat(PlainText.clean(null)).isEmpty();
        assertThat(PlainText.clean(" \u0007\r\n\t")).isEmpty();
    }

    @Test
    void withoutControlsLeavesLineEndsAndEdgesAsTheyAre() {
        assertThat(PlainText.withoutControls(" a\u0007\r\nb\u0000 ")).isEqualTo(" a\nb ");
    }
}
