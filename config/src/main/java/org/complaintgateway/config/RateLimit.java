package org.complaintgateway.config;

import java.time.Duration;

/** At most {@code requests} in every {@code per}; YAML {@code {requests: 20, per: 1m}}. */
public record RateLimit(int requests, Duration per) {
}
