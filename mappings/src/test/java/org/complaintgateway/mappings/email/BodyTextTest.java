package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass cleaner against its rules, and against the four regular expressions it replaced. */
class BodyTextTest {

    @Test
    void lineEndsBecomeNewlines() {
        assertThat(BodyText.clean("a\r\nb\rc\u2028d\u2029e\u0085f")).isEqualTo("a\nb\nc\nd\ne\nf\n");
    }

    @Test
    void controlCharactersGoButTabsStay() {
        assertThat(BodyText.clean("a\u0000b\u0007c\u007f\u009fd\tf\uFFFE\uFFFF")).isEqualTo("abcd\tf\n");
    }

    @Test
    void blankEdgesAndTrailingSpacesGoButTheFirstLinesIndentationStays() {
        assertThat(BodyText.clean(" \t\n\n   | a | b |  \n\n  end\t \n \n")).isEqualTo("   | a | b |\n\n  end\n");
    }

    @Test
    void nothingVisibleIsEmpty() {
        assertThat(BodyText.clean(null)).isEmpty();
        assertThat(BodyText.clean(" \r\n\t\u0000\u2003")).isEmpty();
    }

    @Test
    void randomTextIsCleanedAsTheRegularExpressionsDid() {
        char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\r', '\u0000', '\u0085', '\u2028', '\u2029', '\u00a0', '\u2003',
                '\u007f', '\u009f', '\uFFFE', '\uFFFF', '\u000b', '\u000c', '\u001f', '\ud83d', '\ude00', 'é'};
        SplittableRandom random = new SplittableRandom(20261122L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = text.toString();
            assertThat(BodyText.clean(input)).as("clean(%s)", escaped(input)).isEqualTo(Regexes.clean(input));
        }
    }

    /** The cleaner as it was written before, kept here as the reference its rules came from. */
    private static final class Regexes {
        private static final Pattern NEWLINES = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
        private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\uFFFE\\uFFFF&&[^\\n\\t]]");
        private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");
        private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");

        static String clean(String value) {
            String text = NEWLINES.matcher(value).replaceAll("\n");
            text = CONTROLS.matcher(text).replaceAll("");
            text = TRAILING_SPACES.matcher(text + "\n").replaceAll("\n");
            text = LEADING_BLANK_LINES.matcher(text).replaceFirst("").stripTrailing();
            return text.isEmpty() ? "" : text + "\n";
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
