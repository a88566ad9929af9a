package org.complaintgateway.routes.acknowledgments;

import org.apache.camel.builder.RouteBuilder;

/** Every second, the new complaints of the opted-in channels get their acknowledgment recorded (and then sent). */
public final class AcknowledgmentRoutes extends RouteBuilder {

    private final Acknowledger acknowledger;

    public AcknowledgmentRoutes(Acknowledger acknowledger) {
        this.acknowledger = acknowledger;
    }

    @Override
    public void configure() {
        from("timer:acknowledgments?period=1000&delay=0")
                .routeId("acknowledgments")
                .routeConfigurationId("pipeline-errors")
                .process(exchange -> acknowledger.sweep());
    }
}
