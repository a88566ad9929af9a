package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rule: outside text is kept to a byte budget, whole characters only, and always storable. */
class BoundedTextTest {

    @Test
    void shortTextIsKeptWhole() {
        assertThat(BoundedText.utf8Prefix("bad gateway", 4096)).isEqualTo("bad gateway");
    }

    @Test
    void longTextIsCutAtTheByteBudgetWithoutSplittingACharacter() {
        String cut = BoundedText.utf8Prefix("é".repeat(3000), 4095);

        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(4094);
        assertThat(cut).hasSize(2047);
    }

    @Test
    void nulCharactersAreReplacedBecausePostgresRejectsThem() {
        assertThat(BoundedText.utf8Prefix("a\u0000b", 100)).isEqualTo("a\uFFFDb");
    }

    @Test
    void nullStaysNull() {
        assertThat(BoundedText.utf8Prefix(null, 100)).isNull();
    }
}
