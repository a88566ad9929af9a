package org.complaintgateway.config;

/** How the gateway authenticates to the downstream: YAML {@code auth: {type: none|bearer|basic|header, ...}}. */
public sealed interface DownstreamAuth {

    record None() implements DownstreamAuth {}

    /** {@code Authorization: Bearer <token>}. */
    record Bearer(Secret token) implements DownstreamAuth {}

    /** {@code Authorization: Basic base64(user:password)}. */
    record Basic(String user, Secret password) implements DownstreamAuth {}

    /** A custom header, e.g. {@code X-Api-Key: <value>}. */
    record Header(String name, Secret value) implements DownstreamAuth {}
}
