package org.complaintgateway.config;

import java.util.Optional;

/**
 * Which channels can send a customer a message (a reply, an acknowledgment), and in an admin's words why the others
 * cannot: the same rule the gateway's reply senders follow (docs/replies.md).
 */
final class SendingChannels {

    private SendingChannels() {
    }

    /** Empty when the channel can send; else why not and what to do about it. */
    static Optional<String> whyCannotSend(ChannelConfig channel) {
        if (channel instanceof WebformChannelConfig) {
            return Optional.of("the web form shows the protocol number on its confirmation page; remove the channel "
                    + "from this list");
        }
        if (channel instanceof WebhookChannelConfig) {
            return Optional.of("a generic webhook has no way back to the customer; remove the channel from this list");
        }
        if (channel instanceof EmailChannelConfig email && email.smtp() == null) {
            return Optional.of("it has no smtp section to send mail through; add one, or remove the channel from "
                    + "this list");
        }
        if (channel instanceof SlackChannelConfig slack && slack.botToken() == null) {
            return Optional.of("it has no botToken to post with; add one, or remove the channel from this list");
        }
        // whatsapp requires its accessToken, so only messenger and instagram can be without one
        if (channel instanceof MetaChannelConfig meta && meta.accessToken() == null) {
            return Optional.of("it has no accessToken (a Page access token) to send with; add one, or remove the "
                    + "channel from this list");
        }
        return Optional.empty();
    }
}
