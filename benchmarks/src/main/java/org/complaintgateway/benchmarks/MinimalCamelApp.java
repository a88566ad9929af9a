package org.complaintgateway.benchmarks;

import java.net.URI;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * The footprint benchmark's baseline, run as a JVM of its own: a Camel Main app with the components the gateway is
 * built on and nothing of the gateway. camel-platform-http on Vert.x takes {@code POST /api/v1/complaints} and
 * camel-http forwards the body to the sink, answering 202 after the sink did (as {@link BaselineForwarder} does
 * in-process); a timer ticks every second as the gateway's sweepers do; health is served on a management port, as
 * the gateway's is, so both are timed the same way.
 *
 * <p>Arguments: {@code <port> <managementPort> <sinkUrl>}.
 */
public final class MinimalCamelApp {

    private MinimalCamelApp() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: MinimalCamelApp <port> <managementPort> <sinkUrl>");
            System.exit(2);
        }
        Main main = new Main();
        main.addInitialProperty("camel.main.name", "minimal-camel-app");
        main.addInitialProperty("camel.main.routesCollectorEnabled", "false");
        main.addInitialProperty("camel.main.jmxEnabled", "false");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", args[0]);
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.host", "127.0.0.1");
        main.addInitialProperty("camel.management.port", args[1]);
        main.addInitialProperty("camel.management.healthCheckEnabled", "true");
        main.addInitialProperty("camel.health.exposureLevel", "full");
        main.configure().addRoutesBuilder(new BaselineForwarder.ForwardRoute(URI.create(args[2])));
        main.configure().addRoutesBuilder(new Tick());
        main.run();
    }

    /** A timer that does nothing, ticking as the gateway's sweepers do. */
    private static final class Tick extends RouteBuilder {
        @Override
        public void configure() {
            from("timer:tick?period=1000&delay=0").routeId("baseline-tick").process(exchange -> { });
        }
    }
}
