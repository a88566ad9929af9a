package org.complaintgateway.routes.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text over a provider's limit is cut where a reader pauses (blank line, line break, space), an unbroken word at the
 * limit but never inside a surrogate pair; parts go out in order, and once one went out a later failure is final.
 */
class TextPartsTest {

    @Test
    void aTextWithinTheLimitIsOnePartUnchanged() {
        assertThat(TextParts.split("Hello Ana,\n\nyour refund is on its way.", 100))
                .containsExactly("Hello Ana,\n\nyour refund is on its way.");
    }

    @Test
    void aBlankLineIsPreferredToALineBreakOrASpace() {
        String text = "first paragraph\n\nsecond line\nthird";

        assertThat(TextParts.split(text, 30)).containsExactly("first paragraph", "second line\nthird");
    }

    @Test
    void withoutLineBreaksTheTextIsCutAtASpace() {
        assertThat(TextParts.split("aaaa bbbb cccc dddd", 10)).containsExactly("aaaa bbbb", "cccc dddd");
    }

    @Test
    void anUnbrokenWordIsCutAtTheLimit() {
        assertThat(TextParts.split("x".repeat(25), 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    }

    @Test
    void aSurrogatePairIsNeverCut() {
        String text = "x".repeat(9) + "\uD83D\uDE00" + "y".repeat(5);

        List<String> parts = TextParts.split(text, 10);

        assertThat(parts).containsExactly("x".repeat(9), "\uD83D\uDE00" + "y".repeat(5));
    }

    @Test
    void everyPartFitsAndNoWordIsLost() {
        String text = "Dear Ana Example,\n\n" + "we looked into your complaint again and again. ".repeat(200)
                + "\nKind regards\nSupport";

        List<String> parts = TextParts.split(text, 500);

        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isBetween(1, 500));
        assertThat(String.join(" ", parts).split("\\s+")).containsExactly(text.split("\\s+"));
    }

    @Test
    void allPartsSentIsSentWithTheFirstId() {
        List<String> seen = new ArrayList<>();

        SendOutcome outcome = TextParts.sendAll(List.of("one", "two"), (part, first) -> {
            seen.add(part + (first ? " (first)" : ""));
            return new SendOutcome.Sent("id-" + part);
        });

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("id-one"));
        assertThat(seen).containsExactly("one (first)", "two");
    }

    @Test
    void aFirstPartThatFailsGivesItsOwnOutcome() {
        SendOutcome.Retry notNow = new SendOutcome.Retry("Telegram answered 502", null);

        assertThat(TextParts.sendAll(List.of("one", "two"), (part, first) -> notNow)).isEqualTo(notNow);
    }

    @Test
    void aLaterPartThatFailsIsFinalAndNamesWhatWentOut() {
        SendOutcome outcome = TextParts.sendAll(List.of("one", "two", "three"), (part, first) ->
                part.equals("three") ? new SendOutcome.Retry("Telegram answered 502", null) : new SendOutcome.Sent("id-" + part));

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("part 3 of 3 was not sent after the first 2 went out "
                + "(first message id-one); sending the reply again would repeat them: Telegram answered 502"));
    }
}
