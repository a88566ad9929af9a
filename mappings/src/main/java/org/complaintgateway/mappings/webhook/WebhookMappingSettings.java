package org.complaintgateway.mappings.webhook;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Objects;

/**
 * JSON Pointers (RFC 6901) from the channel's YAML: where in the body each part of the complaint is. externalId and
 * text never null, the rest may be (the source does not send them). A pointer that is not one is refused here, when
 * the channel is set up, so that mapping never meets one.
 */
public record WebhookMappingSettings(String channelId, String externalId, String text, String customerName,
                                     String email, String phone, String subject, String replyTo) {

    public WebhookMappingSettings {
        Objects.requireNonNull(channelId, "channelId");
        requirePointer("externalId", Objects.requireNonNull(externalId, "externalId"));
        requirePointer("text", Objects.requireNonNull(text, "text"));
        requirePointer("customerName", customerName);
        requirePointer("email", email);
        requirePointer("phone", phone);
        requirePointer("subject", subject);
        requirePointer("replyTo", replyTo);
    }

    private static void requirePointer(String field, String pointer) {
        if (pointer == null) {
            return;
        }
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": not a JSON Pointer (it starts with /, e.g. /review/id)", e);
        }
    }
}
