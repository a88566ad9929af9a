package org.complaintgateway.routes.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scheduled poll of one mail an hour, wired as the e-mail route wires it: polls follow each other at once while
 * mail is taken, and stop until the interval has passed after a poll in which a mail failed.
 */
class GreedyUntilFailureTest {

    private final CamelContext camel = new DefaultCamelContext();
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicBoolean failing = new AtomicBoolean();

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void pollsAgainAtOnceAfterAPollThatTookMail() throws Exception {
        start();

        await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() >= 20);
    }

    @Test
    void waitsTheIntervalAfterAPollInWhichAMailFailed() throws Exception {
        failing.set(true);
        start();

        await().atMost(Duration.ofSeconds(5)).until(() -> polls.get() >= 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> polls.get() == 1);
        assertThat(polls.get()).isEqualTo(1);
    }

    private void start() throws Exception {
        GreedyUntilFailure strategy = new GreedyUntilFailure();
        OneMailPerPoll endpoint = new OneMailPerPoll(camel);
        endpoint.setDelay(Duration.ofHours(1).toMillis());
        endpoint.setInitialDelay(0);
        endpoint.setPollStrategy(strategy);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpoint)
                        .onException(Exception.class).logExhausted(false).process(failed -> strategy.failed()).end()
                        .process(mail -> {
                            polls.incrementAndGet();
                            if (failing.get()) {
                                throw new IllegalStateException("the store is unavailable");
                            }
                        });
            }
        });
        camel.start();
    }

    /** A polling endpoint whose every poll takes one mail. */
    private static final class OneMailPerPoll extends ScheduledPollEndpoint {

        OneMailPerPoll(CamelContext camel) {
            super("one-mail-per-poll://test", null);
            setCamelContext(camel);
        }

        @Override
        public Producer createProducer() {
            throw new UnsupportedOperationException("consumer only");
        }

        @Override
        public Consumer createConsumer(Processor processor) throws Exception {
            ScheduledPollConsumer consumer = new ScheduledPollConsumer(this, processor) {
                @Override
                protected int poll() throws Exception {
                    Exchange mail = createExchange(false);
                    getProcessor().process(mail);
                    releaseExchange(mail, false);
                    return 1;
                }
            };
            configureConsumer(consumer);
            return consumer;
        }
    }
}
