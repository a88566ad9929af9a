package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Message-ID lists are read without brackets or folding whitespace, tolerating bare ids, capped to the newest. */
class MessageIdsTest {

    @Test
    void bracketedIdsInOrder() {
        assertThat(MessageIds.parse("<a@example.com>\r\n <b@example.com> (comment) <c@example.com>"))
                .containsExactly("a@example.com", "b@example.com", "c@example.com");
    }

    @Test
    void whitespaceInsideAnIdIsRemoved() {
        assertThat(MessageIds.first("< a@exa mple.com >")).isEqualTo("a@example.com");
    }

    @Test
    void bareIdsAreAccepted() {
        assertThat(MessageIds.parse("a@example.com, b@example.com")).containsExactly("a@example.com", "b@example.com");
    }

    @Test
    void emptyOrMissingGivesNothing() {
        assertThat(MessageIds.parse(null)).isEmpty();
        assertThat(MessageIds.parse("  ")).isEmpty();
        assertThat(MessageIds.parse("<>")).isEmpty();
        assertThat(MessageIds.first(null)).isNull();
    }

    @Test
    void onlyTheNewestIdsOfAHugeListAreKept() {
        String references = IntStream.range(0, 500).mapToObj(i -> "<" + i + "@example.com>").collect(Collectors.joining(" "));

        assertThat(MessageIds.parse(references)).hasSize(MessageIds.MAX_IDS).endsWith("499@example.com").startsWith("400@example.com");
    }
}
