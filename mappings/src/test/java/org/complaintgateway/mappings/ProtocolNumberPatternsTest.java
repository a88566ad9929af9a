package org.complaintgateway.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProtocolNumberPatternsTest {

    private static final String TAG = "\\[\\s*(%s)\\s*]";

    @Test
    void findsNumbersOfTheConfiguredPrefixOnly() {
        Pattern tag = ProtocolNumberPatterns.of(TAG, "RC", 0);

        assertThat(tag.matcher("Re: broken [RC-2026-000042]").find()).isTrue();
        assertThat(tag.matcher("Re: broken [XY-2026-000042]").find()).isFalse();
    }

    @Test
    void takesAnyPrefixOfOurShapeWhenNoneIsConfigured() {
        var matcher = ProtocolNumberPatterns.of(TAG, " ", 0).matcher("[ XY9-2026-1234567 ]");

        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(1)).isEqualTo("XY9-2026-1234567");
    }

    @Test
    void quotesThePrefixRatherThanReadingItAsARegex() {
        Pattern tag = ProtocolNumberPatterns.of(TAG, "R.C", 0);

        assertThat(tag.matcher("[R.C-2026-000042]").find()).isTrue();
        assertThat(tag.matcher("[RxC-2026-000042]").find()).isFalse();
    }

    @Test
    void compilesEachShapePrefixAndFlagsOnce() {
        Pattern first = ProtocolNumberPatterns.of(TAG, "RC", 0);

        assertThat(ProtocolNumberPatterns.of(TAG, "RC", 0)).isSameAs(first);
        assertThat(ProtocolNumberPatterns.of(TAG, "AB", 0)).isNotSameAs(first);
        assertThat(ProtocolNumberPatterns.of(TAG, "RC", Pattern.CASE_INSENSITIVE)).isNotSameAs(first)
                .matches(pattern -> pattern.matcher("[rc-2026-000042]").find());
    }
}
