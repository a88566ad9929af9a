package org.complaintgateway.config;

import java.util.Locale;

/** The Meta messaging products whose webhooks a {@link MetaChannelConfig} receives; one channel type each in YAML. */
public enum MetaPlatform {
    WHATSAPP,
    MESSENGER,
    INSTAGRAM;

    /** The {@code type} value in YAML: whatsapp, messenger, instagram. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
