package org.complaintgateway.it.webform;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.complaintgateway.it.support.DeliveredComplaints;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.it.support.TestGateway;

/**
 * A started gateway, configured in a test's temp directory, with its {@code site-form} channel and what the
 * web channel tests reach it through: the HTTP client, the ledger and the local sink's directory. Closing it
 * stops the gateway; hold it in an {@code @AutoClose} field, or close it where the order matters.
 */
final class WebChannel implements AutoCloseable {

    /** {@code site-form} keys with rate limits no test comes near, for the tests that are not about them. */
    static final String GENEROUS_RATE_LIMITS = "    perIp: {requests: 1000, per: 1m}\n    perSender: {requests: 1000, per: 1m}\n";

    private final TestGateway gateway;
    private final WebChannelClient client;
    private final Ledger ledger;
    private final DeliveredComplaints delivered;

    private WebChannel(TestGateway gateway, Path dir) {
        this.gateway = gateway;
        this.client = new WebChannelClient(gateway);
        this.ledger = new Ledger(gateway);
        this.delivered = new DeliveredComplaints(dir.resolve("delivered"));
    }

    /** The gateway as {@link TestGateway.Builder} writes it by default, the channel's keys left at theirs. */
    static WebChannel start(Path dir) {
        return start(dir, UnaryOperator.identity());
    }

    /** {@code webformYaml}: more keys of the channel, each line indented by four spaces, e.g. {@link #GENEROUS_RATE_LIMITS}. */
    static WebChannel start(Path dir, String webformYaml) {
        return start(dir, builder -> builder.webform(webformYaml));
    }

    /** The gateway as {@code configuration} sets up the builder for {@code dir}, e.g. with an HTTP downstream. */
    static WebChannel start(Path dir, UnaryOperator<TestGateway.Builder> configuration) {
        return new WebChannel(configuration.apply(TestGateway.builder(dir)).build().start(), dir);
    }

    TestGateway gateway() {
        return gateway;
    }

    WebChannelClient client() {
        return client;
    }

    Ledger ledger() {
        return ledger;
    }

    /** The local sink's complaints; with an HTTP downstream, none are ever written here. */
    DeliveredComplaints delivered() {
        return delivered;
    }

    @Override
    public void close() {
        gateway.close();
    }
}
