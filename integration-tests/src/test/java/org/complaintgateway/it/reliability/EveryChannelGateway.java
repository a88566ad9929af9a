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

    static final String WEBHOOK_SECRET = "fake-bad-input-webhook-secret";
    static final String META_APP_SECRET = "fake-bad-input-meta-app-secret";
    static final String SLACK_SIGNING_SECRET = "fake-bad-input-slack-signing-secret";
    /** The Slack fixtures' channel, watched, so that its messages are complaints. */
    static final String WATCHED_SLACK_CHANNEL = "C0LAN2Q65";
    static final int MAX_BODY_BYTES = 64 * 1024;

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
                    + webhookYaml() + metaYaml(WHATSAPP, "whatsapp") + metaYaml(MESSENGER, "messenger")
                    + metaYaml(INSTAGRAM, "instagram") + slackYaml();
            GatewayWithDownstream running = GatewayWithDownstream.start(dir, channels, builder -> builder
                    .webform("    maxBodySize: 64KB\n    maxAttachmentSize: 16KB\n"
                            + "    perIp: {requests: 100000, per: 1m}\n    perSender: {requests: 100000, per: 1m}\n")
                    .env("BAD_WEBHOOK_SECRET", WEBHOOK_SECRET)
                    .env("BAD_META_APP_SECRET", META_APP_SECRET)
                    .env("BAD_META_VERIFY_TOKEN", "fake-bad-input-verify-token")
                    .env("BAD_WHATSAPP_TOKEN", "fake-bad-input-whatsapp-token")
                    .env("BAD_SLACK_SIGNING_SECRET", SLACK_SIGNING_SECRET));
            return new EveryChannelGateway(mail, running);
        } catch (RuntimeException e) {
            mail.close();
            throw e;
        }
    }

    private static String webhookYaml() {
        return "  - id: " + WEBHOOK + "\n    type: webhook\n"
                + "    auth:\n      hmac:\n        header: X-Signature\n        prefix: \"sha256=\"\n"
                + "        secret: \"${env:BAD_WEBHOOK_SECRET}\"\n"
                + "    fields:\n      externalId: /review/id\n      text: /review/body\n"
                + "      customerName: /review/author/name\n      email: /review/author/email\n"
                + "      phone: /review/author/phone\n      subject: /review/title\n      replyTo: /review/url\n"
                + "    maxBodySize: 64KB\n";
    }

    private static String metaYaml(String id, String type) {
        return "  - id: " + id + "\n    type: " + type + "\n"
                + "    appSecret: \"${env:BAD_META_APP_SECRET}\"\n"
                + "    verifyToken: \"${env:BAD_META_VERIFY_TOKEN}\"\n"
                + (type.equals("whatsapp") ? "    accessToken: \"${env:BAD_WHATSAPP_TOKEN}\"\n" : "")
                + "    apiUrl: http://127.0.0.1:" + FreePort.find() + "/v21.0\n"
                + "    timeout: 2s\n    maxBodySize: 64KB\n";
    }

    private static String slackYaml() {
        return "  - id: " + SLACK + "\n    type: slack\n"
                + "    signingSecret: \"${env:BAD_SLACK_SIGNING_SECRET}\"\n"
                + "    channels: [" + WATCHED_SLACK_CHANNEL + "]\n    maxBodySize: 64KB\n";
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
