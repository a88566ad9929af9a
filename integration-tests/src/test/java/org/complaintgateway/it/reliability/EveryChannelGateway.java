package org.complaintgateway.it.reliability;

import java.net.URI;
import java.nio.file.Path;
import org.complaintgateway.it.email.MailServer;
import org.complaintgateway.it.support.FreePort;
import org.complaintgateway.it.support.GatewayWithDownstream;
import org.complaintgateway.it.support.TestGateway;

/**
 * One in-process gateway with a channel of every type that takes input without a fake provider API: the web form
 * ({@code site-form}), a generic HMAC webhook, WhatsApp, Messenger, Instagram, Slack, and an IMAP mailbox on
 * GreenMail, delivering to a loopback downstream. The webhooks take at most {@link #MAX_BODY_BYTES}, so that bodies
 * just over the limit stay cheap to send; the web form's rate limits are out of reach, since every input comes from
 * one address. The Graph API points at a closed port: no input here should need it (no media types are sent).
 */
final class EveryChannelGateway implements AutoCloseable {

    static final String WEBFORM = "site-form";
    static final String WEBHOOK = "bad-webhook";
    static final String WHATSAPP = "bad-whatsapp";
    static final String MESSENGER = "bad-messenger";
    static final String INSTAGRAM = "bad-instagram";
    static final String SLACK = "bad-slack";
    static final String EMAIL = "bad-mail";

    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String MAX_BODY_SIZE = "64KB";

    final MailServer mail;
    final GatewayWithDownstream running;
    final TestGateway gateway;

    private EveryChannelGateway(MailServer mail, GatewayWithDownstream running) {
        this.mail = mail;
        this.running = running;
        this.gateway = running.gateway;
    }

    static EveryChannelGateway start(Path dir) {
        MailServer mail = MailServer.start();
        try {
            MailServer.writePasswordFile(dir);
            String channels = mail.channelYaml(EMAIL, "imap", "    pollEvery: 1s\n    maxMessagesPerPoll: 1000\n")
                    + ChannelYaml.webhook(WEBHOOK, MAX_BODY_SIZE)
                    + ChannelYaml.meta(WHATSAPP, "whatsapp", FreePort.find(), MAX_BODY_SIZE)
                    + ChannelYaml.meta(MESSENGER, "messenger", FreePort.find(), MAX_BODY_SIZE)
                    + ChannelYaml.meta(INSTAGRAM, "instagram", FreePort.find(), MAX_BODY_SIZE)
                    + ChannelYaml.slack(SLACK, MAX_BODY_SIZE);
            GatewayWithDownstream running = GatewayWithDownstream.start(dir, channels, builder -> ChannelYaml.secrets(builder
                    .webform("    maxBodySize: 64KB\n    maxAttachmentSize: 16KB\n"
                            + "    perIp: {requests: 100000, per: 1m}\n    perSender: {requests: 100000, per: 1m}\n")));
            return new EveryChannelGateway(mail, running);
        } catch (RuntimeException e) {
            mail.close();
            throw e;
        }
    }

    /** A channel's default path: {@code /<type>/<id>}; the web form's JSON API for {@link #WEBFORM}. */
    URI url(String channelId) {
        if (channelId.equals(WEBFORM)) {
            return gateway.url("/api/v1/complaints");
        }
        String type = channelId.equals(WEBHOOK) ? "webhook" : channelId.substring("bad-".length());
        return gateway.url("/" + type + "/" + channelId);
    }

    @Override
    public void close() {
        try {
            running.close();
        } finally {
            mail.close();
        }
    }
}
