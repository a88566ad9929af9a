package org.complaintgateway.routes.pipeline;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.complaintgateway.routes.store.StoreUnavailableException;

/**
 * Error handling shared by the pipeline routes. A failure after the journal loses nothing: the
 * message stays in its state in the store and a sweeper takes it up again, so here we only log,
 * without the message body (it may hold personal data).
 */
public final class PipelineErrorHandling extends RouteConfigurationBuilder {

    @Override
    public void configuration() {
        routeConfiguration("pipeline-errors")
                .onException(StoreUnavailableException.class)
                .handled(true)
                .log(org.apache.camel.LoggingLevel.WARN, "pipeline", "Store unavailable in ${routeId}; the sweeper will retry: ${exception.message}")
                .end()
                .onException(Exception.class)
                .handled(true)
                .log(org.apache.camel.LoggingLevel.ERROR, "pipeline", "Unexpected failure in ${routeId}; the sweeper will retry: ${exception}");
    }
}
