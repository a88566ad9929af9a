package org.complaintgateway.mappings.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of channel a complaint can arrive on; serialized in lower case, as admins write them in YAML. */
public enum ChannelType {
    EMAIL, TELEGRAM, WHATSAPP, MESSENGER, INSTAGRAM, SLACK, WEBFORM, WEBHOOK;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
