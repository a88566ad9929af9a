package org.complaintgateway.it.reliability;

import org.complaintgateway.it.support.TestGateway;

/**
 * The channel items of the reliability runs' configs, each signed with the fake secrets {@link SenderProof} proves
 * requests with ({@link #secrets} gives them to the gateway as fake environment variables). Every webhook takes at
 * most {@code maxBodySize}.
 */
final class ChannelYaml {

    static final String WEBHOOK_SECRET = "fake-reliability-webhook-secret";
    static final String META_APP_SECRET = "fake-reliability-meta-app-secret";
    static final String SLACK_SIGNING_SECRET = "fake-reliability-slack-signing-secret";
    /** The Slack fixtures' channel, watched, so that its messages are complaints. */
    static final String WATCHED_SLACK_CHANNEL = "C0LAN2Q65";

    private ChannelYaml() {
    }

    static TestGateway.Builder secrets(TestGateway.Builder builder) {
        return builder.env("RELIABILITY_WEBHOOK_SECRET", WEBHOOK_SECRET)
                .env("RELIABILITY_META_APP_SECRET", META_APP_SECRET)
                .env("RELIABILITY_META_VERIFY_TOKEN", "fake-reliability-verify-token")
                .env("RELIABILITY_WHATSAPP_TOKEN", "fake-reliability-whatsapp-token")
                .env("RELIABILITY_SLACK_SIGNING_SECRET", SLACK_SIGNING_SECRET);
    }

    /** A generic webhook reading a review site's payload, proven by {@code X-Signature: sha256=<hex>}. */
    static String webhook(String id, String maxBodySize) {
        return "  - id: " + id + "\n    type: webhook\n"
                + "    auth:\n      hmac:\n        header: X-Signature\n        prefix: \"sha256=\"\n"
                + "        secret: \"${env:RELIABILITY_WEBHOOK_SECRET}\"\n"
                + "    fields:\n      externalId: /review/id\n      text: /review/body\n"
                + "      customerName: /review/author/name\n      email: /review/author/email\n"
                + "      phone: /review/author/phone\n      subject: /review/title\n      replyTo: /review/url\n"
                + "    maxBodySize: " + maxBodySize + "\n";
    }

    /** A Meta channel ({@code whatsapp}, {@code messenger}, {@code instagram}) whose Graph API is at {@code graphApiPort}. */
    static String meta(String id, String type, int graphApiPort, String maxBodySize) {
        return "  - id: " + id + "\n    type: " + type + "\n"
                + "    appSecret: \"${env:RELIABILITY_META_APP_SECRET}\"\n"
                + "    verifyToken: \"${env:RELIABILITY_META_VERIFY_TOKEN}\"\n"
                + (type.equals("whatsapp") ? "    accessToken: \"${env:RELIABILITY_WHATSAPP_TOKEN}\"\n" : "")
                + "    apiUrl: http://127.0.0.1:" + graphApiPort + "/v21.0\n"
                + "    timeout: 2s\n    maxBodySize: " + maxBodySize + "\n";
    }

    static String slack(String id, String maxBodySize) {
        return "  - id: " + id + "\n    type: slack\n"
                + "    signingSecret: \"${env:RELIABILITY_SLACK_SIGNING_SECRET}\"\n"
                + "    channels: [" + WATCHED_SLACK_CHANNEL + "]\n    maxBodySize: " + maxBodySize + "\n";
    }
}
