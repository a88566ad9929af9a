package org.complaintgateway.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 2xx is delivered; "not now" answers (408, 425, 429, 5xx) are retried; any other 4xx is refused for good. */
class ResponseClassifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204})
    void successIsDelivered(int status) {
        assertThat(ResponseClassifier.classify(status, null, () -> "", NOW)).isEqualTo(new DeliveryOutcome.Delivered(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204, 429, 503})
    void onlyARefusalReadsTheBody(int status) {
        Supplier<String> unread = () -> {
            throw new AssertionError("the body of a " + status + " was read");
        };

        assertThat(ResponseClassifier.classify(status, null, unread, NOW)).isNotInstanceOf(DeliveryOutcome.Rejected.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 425, 429, 500, 502, 503, 504})
    void notNowAnswersAreRetried(int status) {
        assertThat(ResponseClassifier.classify(status, null, () -> "", NOW)).isInstanceOf(DeliveryOutcome.Retry.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422})
    void otherClientErrorsAreRejectedWithTheBody(int status) {
        assertThat(ResponseClassifier.classify(status, null, () -> "{\"error\":\"bad\"}", NOW))
                .isEqualTo(new DeliveryOutcome.Rejected(status, "downstream refused with " + status, "{\"error\":\"bad\"}"));
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        DeliveryOutcome outcome = ResponseClassifier.classify(429, "2", () -> "", NOW);
        assertThat(((DeliveryOutcome.Retry) outcome).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        DeliveryOutcome outcome = ResponseClassifier.classify(503, "Sun, 22 Nov 2026 10:01:30 GMT", () -> "", NOW);
        assertThat(((DeliveryOutcome.Retry) outcome).retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void unreadableRetryAfterIsIgnored() {
        DeliveryOutcome outcome = ResponseClassifier.classify(503, "soon", () -> "", NOW);
        assertThat(((DeliveryOutcome.Retry) outcome).retryAfter()).isNull();
    }

    @Test
    void retryAfterIsCappedAtAnHour() {
        DeliveryOutcome outcome = ResponseClassifier.classify(503, "999999", () -> "", NOW);
        assertThat(((DeliveryOutcome.Retry) outcome).retryAfter()).isEqualTo(Duration.ofHours(1));
    }
}
