package org.complaintgateway.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code acknowledgments} section: which channels answer every new complaint at once, on the same channel, with
 * its protocol number, and in what words.
 *
 * @param channels               ids of the channels that acknowledge; each must be able to send (see docs/replies.md)
 * @param responseTime           what the customer is promised, in words, e.g. "2 business days"; {@code {responseTime}}
 * @param defaultLanguage        the template used when the complaint's language has none (default en)
 * @param maxPerRecipientPerHour acknowledgments to one recipient (address, chat, number) in an hour, beyond which a
 *                               complaint is not acknowledged, so that a flood from one sender (or a loop) does not
 *                               become a flood back (default 5)
 * @param templates              by language code: the text, with {@code {name}}, {@code {protocolNumber}} and
 *                               {@code {responseTime}}; built-in English and Italian ones unless written
 * @param webformMailVia         the e-mail channel (with {@code smtp}) that mails the acknowledgments of the listed web
 *                               forms to the address the customer gave; null when no web form is listed
 */
public record AcknowledgmentSettings(List<String> channels, String responseTime, String defaultLanguage,
                                     int maxPerRecipientPerHour, Map<String, String> templates, String webformMailVia) {
    public AcknowledgmentSettings {
        channels = List.copyOf(channels);
        Objects.requireNonNull(responseTime, "responseTime");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        templates = Map.copyOf(templates);
    }
}
