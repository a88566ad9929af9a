package org.complaintgateway.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Comparator;
import java.util.List;

/** A CRM stand-in: WireMock on loopback, receiving deliveries at {@link #PATH}. */
public final class LoopbackDownstream {

    public static final String PATH = "/crm/complaints";

    private LoopbackDownstream() {
    }

    /** On a free port. */
    public static WireMockServer start() {
        return started(WireMockConfiguration.options().dynamicPort());
    }

    /** On a free port, accepting every delivery with 202, as a healthy CRM does. */
    public static WireMockServer startAccepting() {
        WireMockServer server = start();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(202)));
        return server;
    }

    /** On {@code port}, as a downstream coming back after an outage where the gateway expects it. */
    public static WireMockServer startOn(int port) {
        return started(WireMockConfiguration.options().port(port));
    }

    public static String url(int port) {
        return "http://127.0.0.1:" + port + PATH;
    }

    /** The deliveries that arrived, oldest first by WireMock's logged date. */
    public static List<LoggedRequest> deliveries(WireMockServer server) {
        return server.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    private static WireMockServer started(WireMockConfiguration options) {
        WireMockServer server = new WireMockServer(options.bindAddress("127.0.0.1"));
        server.start();
        return server;
    }
}
