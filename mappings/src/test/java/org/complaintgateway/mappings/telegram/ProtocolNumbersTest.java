package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Our protocol number is found anywhere in a chat text, in any case, but not inside a longer token. */
class ProtocolNumbersTest {

    @Test
    void findsTheNumberInRunningText() {
        assertThat(ProtocolNumbers.first("about RC-2026-000042, again", "RC")).contains("RC-2026-000042");
    }

    @Test
    void readsALowerCaseNumberInUpperCase() {
        assertThat(ProtocolNumbers.first("my number is rc-2026-000042", "RC")).contains("RC-2026-000042");
    }

    @Test
    void ignoresAnotherPrefix() {
        assertThat(ProtocolNumbers.first("XY-2026-000042", "RC")).isEmpty();
    }

    @Test
    void takesAnyPrefixWhenNoneIsConfigured() {
        assertThat(ProtocolNumbers.first("XY-2026-000042", null)).contains("XY-2026-000042");
    }

    @Test
    void ignoresNumbersInsideLongerTokens() {
        assertThat(ProtocolNumbers.first("ARC-2026-000042 and RC-2026-0000421234x", "RC")).isEmpty();
        assertThat(ProtocolNumbers.first("RC-2026-00004", "RC")).isEmpty();
    }
}
