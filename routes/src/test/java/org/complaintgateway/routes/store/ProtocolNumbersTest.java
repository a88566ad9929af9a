package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule: {@code PREFIX-YYYY-NNNNNN}, the sequence padded to six digits and never cut. */
class ProtocolNumbersTest {

    @Test
    void sequenceIsPaddedToSixDigits() {
        assertThat(ProtocolNumbers.format("RC", 2026, 42)).isEqualTo("RC-2026-000042");
    }

    @Test
    void sequenceGrowsPastSixDigitsInsteadOfWrapping() {
        assertThat(ProtocolNumbers.format("RC", 2026, 1_234_567)).isEqualTo("RC-2026-1234567");
    }

    @Test
    void patternRecognisesNumbersOfItsPrefixOnly() {
        assertThat(ProtocolNumbers.pattern("RC").matcher("RC-2026-000042").matches()).isTrue();
        assertThat(ProtocolNumbers.pattern("RC").matcher("XY-2026-000042").matches()).isFalse();
        assertThat(ProtocolNumbers.pattern("R.C").matcher("RxC-2026-000042").matches()).isFalse();
    }
}
