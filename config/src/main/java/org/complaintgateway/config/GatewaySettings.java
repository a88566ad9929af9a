package org.complaintgateway.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code gateway} section.
 *
 * @param protocolPrefix prefix of protocol numbers, {@code RC} gives {@code RC-2026-000042}
 * @param host           address the HTTP server binds to (default 127.0.0.1)
 * @param port           port of the public HTTP server: web form, API, webhooks (default 8080)
 * @param managementPort port of health and metrics (default 8081)
 * @param dataDir        where local files live (default ./data)
 * @param stuckAfter     a message in flight for longer than this is reported stuck by {@code ledger check} (default 15m)
 * @param publicUrl      how the downstream reaches the public HTTP server, the start of the links to attachments;
 *                       null when not set (then {@link #linkBase()})
 */
public record GatewaySettings(String protocolPrefix, String host, int port, int managementPort,
                              Path dataDir, java.time.Duration stuckAfter, URI publicUrl) {

    /** {@code publicUrl} without a trailing slash, else {@code http://<host>:<port>} (localhost for a wildcard host). */
    public String linkBase() {
        if (publicUrl != null) {
            String url = publicUrl.toString();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        String name = wildcard ? "localhost" : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + name + ":" + port;
    }
}
