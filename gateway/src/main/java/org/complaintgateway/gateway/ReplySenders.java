package org.complaintgateway.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complaintgateway.config.ChannelConfig;
import org.complaintgateway.config.EmailChannelConfig;
import org.complaintgateway.config.MetaChannelConfig;
import org.complaintgateway.config.MetaPlatform;
import org.complaintgateway.config.SlackChannelConfig;
import org.complaintgateway.config.SmtpSecurity;
import org.complaintgateway.config.SmtpSettings;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.routes.outbound.EmailReplySender;
import org.complaintgateway.routes.outbound.MessengerReplySender;
import org.complaintgateway.routes.outbound.ReplySender;
import org.complaintgateway.routes.outbound.SlackReplySender;
import org.complaintgateway.routes.outbound.TelegramReplySender;
import org.complaintgateway.routes.outbound.WhatsAppReplySender;

/**
 * The channels that can send a customer a message, each with its sender: Telegram bots, WhatsApp numbers, e-mail
 * channels with an {@code smtp} section, and Slack, Messenger and Instagram channels given a token to send with. The
 * web form and generic webhooks cannot.
 */
final class ReplySenders {

    private ReplySenders() {
    }

    static Map<String, ReplySender> of(List<ChannelConfig> channels) {
        Map<String, ReplySender> senders = new HashMap<>();
        for (ChannelConfig channel : channels) {
            if (channel instanceof EmailChannelConfig email && email.smtp() != null) {
                senders.put(email.id(), emailSender(email.smtp()));
            } else if (channel instanceof TelegramChannelConfig telegram) {
                senders.put(telegram.id(), new TelegramReplySender(telegram.apiUrl(), telegram.token(), telegram.timeout()));
            } else if (channel instanceof SlackChannelConfig slack && slack.botToken() != null) {
                senders.put(slack.id(), new SlackReplySender(slack.apiUrl(), slack.botToken(), slack.timeout()));
            } else if (channel instanceof MetaChannelConfig meta && meta.accessToken() != null) {
                senders.put(meta.id(), meta.platform() == MetaPlatform.WHATSAPP
                        ? new WhatsAppReplySender(meta.apiUrl(), meta.accessToken(), meta.timeout(), meta.replyTemplate(),
                                meta.replyTemplateLanguage())
                        : new MessengerReplySender(meta.apiUrl(), meta.accessToken(), meta.timeout()));
            }
        }
        return senders;
    }

    private static EmailReplySender emailSender(SmtpSettings smtp) {
        return new EmailReplySender(smtp.host(), smtp.port(), smtp.security() == SmtpSecurity.TLS,
                smtp.security() == SmtpSecurity.STARTTLS, smtp.user(), smtp.password(), smtp.from(),
                smtp.messageIdDomain(), smtp.timeout());
    }
}
