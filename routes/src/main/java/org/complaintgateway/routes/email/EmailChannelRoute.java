package org.complaintgateway.routes.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.complaintgateway.config.AfterProcessing;
import org.complaintgateway.config.EmailChannelConfig;

/**
 * The polling route of one {@code email} channel: camel-mail fetches unseen mail without marking it (peek), the
 * {@link EmailIntake} journals each one, and only then does camel-mail apply the channel's {@code afterProcessing}
 * (mark seen, move, delete), on the exchange's commit. A mail whose exchange fails is left as it was and comes
 * again on a later poll.
 *
 * <p>Not a route template like the web channel's: the endpoint is configured in Java, so that the password (and the
 * mail session with its TLS trust) never becomes part of an endpoint URI or a template parameter.
 */
public final class EmailChannelRoute extends RouteBuilder {

    private final EmailChannelConfig channel;
    private final EmailIntake intake;

    public EmailChannelRoute(EmailChannelConfig channel, EmailIntake intake) {
        this.channel = channel;
        this.intake = intake;
    }

    public static String routeId(String channelId) {
        return "email-" + channelId;
    }

    @Override
    public void configure() {
        MailEndpoint endpoint = getContext().getEndpoint(uri(), MailEndpoint.class);
        MailConfiguration mail = endpoint.getConfiguration();
        mail.setSession(MailSessions.create(channel));
        mail.setUsername(channel.user());
        mail.setPassword(channel.password().reveal());
        endpoint.setBinding(new RawOnlyMailBinding());
        endpoint.setMailUidGenerator(new PrefetchingUidGenerator(channel.maxMessagesPerPoll()));
        GreedyUntilFailure polls = new GreedyUntilFailure();
        endpoint.setPollStrategy(polls);
        from(endpoint)
                .routeId(routeId(channel.id()))
                // a failed mail is expected (store down, server breaking off) and the intake says why in one line;
                // camel-mail rolls it back, so it stays unseen: no stack trace per mail and poll
                .onException(Exception.class).logExhausted(false).logStackTrace(false).process(failed -> polls.failed()).end()
                .process(intake);
    }

    /** Everything but the credentials, which are set on the endpoint's configuration. */
    private String uri() {
        StringBuilder uri = new StringBuilder()
                .append(channel.protocol().camelScheme()).append("://").append(channel.host()).append(':').append(channel.port())
                .append("?folderName=").append(encode(channel.folder()))
                // the no-loss settings: fetch only unseen mail, do not let fetching mark it seen, never delete by default
                .append("&unseen=true&peek=true")
                .append("&delete=").append(channel.afterProcessing() == AfterProcessing.DELETE)
                // the raw bytes are what the journal keeps; camel-mail's own body mapping would read the mail twice
                .append("&mapMailMessage=false")
                .append("&maxMessagesPerPoll=").append(channel.maxMessagesPerPoll())
                .append("&delay=").append(channel.pollEvery().toMillis())
                .append("&initialDelay=0")
                .append("&connectionTimeout=").append(channel.timeout().toMillis())
                // closing the folder after each poll expunges what was moved or deleted; the connection stays open
                .append("&closeFolder=true&disconnect=false")
                // a mail that cannot even be listed must fail the poll (and the health check), never be skipped
                .append("&skipFailedMessage=false&handleFailedMessage=false");
        if (channel.afterProcessing() == AfterProcessing.MOVE) {
            uri.append("&moveTo=").append(encode(channel.moveTo()));
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
