package org.complaintgateway.mappings.slack;

import java.util.Objects;
import org.complaintgateway.mappings.InboundEvent;

/** What one request to a Slack app's Request URL is: Slack checking the URL, or an event to journal. */
public sealed interface SlackRequest {

    /** Slack checks the Request URL: answer 200 with {@code challenge}; nothing is journaled. */
    record UrlVerification(String challenge) implements SlackRequest {
        public UrlVerification {
            Objects.requireNonNull(challenge, "challenge");
        }
    }

    /** Everything else, readable or not: journaled as one event, which {@link SlackMapper} maps later. */
    record Event(InboundEvent event) implements SlackRequest {
        public Event {
            Objects.requireNonNull(event, "event");
        }
    }
}
