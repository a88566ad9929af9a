package org.complaintgateway.config;

import java.util.Objects;

/**
 * A {@code type: webhook} channel: any source that POSTs JSON (a chat widget, a review site), authenticated by an
 * HMAC signature or a bearer token, its fields picked out by JSON Pointers.
 *
 * @param id           channel id
 * @param path         the gateway's HTTP path the source posts to (default /webhook/{id})
 * @param auth         how each request proves it comes from the source
 * @param fields       where in the JSON body each part of the complaint is
 * @param maxBodyBytes larger requests are refused with 413 (YAML {@code maxBodySize}, default 1MB)
 */
public record WebhookChannelConfig(String id, String path, WebhookAuth auth, WebhookFields fields,
                                   long maxBodyBytes) implements ChannelConfig {

    public WebhookChannelConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String type() {
        return "webhook";
    }
}
