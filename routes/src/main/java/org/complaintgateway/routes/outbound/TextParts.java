package org.complaintgateway.routes.outbound;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply longer than a provider takes in one message (Telegram and WhatsApp 4096 characters, Messenger 2000,
 * Instagram 1000) goes out as several messages, cut where a reader would pause: at a blank line, else a line break,
 * else a space, else (one unbroken word) at the limit, never inside a surrogate pair. Cutting beats refusing: the
 * downstream wrote the answer for the customer, and a Failed would leave them with none.
 */
final class TextParts {

    /** Sends one part; {@code first} is true for the part that opens the reply (the one that quotes the customer). */
    @FunctionalInterface
    interface PartSender {
        SendOutcome send(String part, boolean first);
    }

    private TextParts() {
    }

    /** {@code text} in parts of at most {@code limit} UTF-16 units each (one part when it fits). */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = cutBefore(rest, limit);
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return List.copyOf(parts);
    }

    /**
     * Sends the parts in order; Sent with the first message's id when all went out. When the first fails, its outcome
     * is the answer (nothing reached the customer, a retry is safe). When a later one fails the answer is Failed, even
     * for a "not now": these APIs take no idempotency key, so a retry of the whole reply would repeat the parts the
     * customer already has.
     */
    static SendOutcome sendAll(List<String> parts, PartSender sender) {
        String firstId = null;
        for (int i = 0; i < parts.size(); i++) {
            SendOutcome outcome = sender.send(parts.get(i), i == 0);
            if (!(outcome instanceof SendOutcome.Sent sent)) {
                return i == 0 ? outcome : new SendOutcome.Failed("part " + (i + 1) + " of " + parts.size()
                        + " was not sent after the first " + i + " went out (first message " + firstId
                        + "); sending the reply again would repeat them: " + reasonOf(outcome));
            }
            if (i == 0) {
                firstId = sent.providerMessageId();
            }
        }
        return new SendOutcome.Sent(firstId);
    }

    private static int cutBefore(String text, int limit) {
        // not before half the limit: a break near the start would leave a tiny part and change little
        int notBefore = limit / 2;
        for (String pause : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(pause, limit - pause.length());
            if (at >= notBefore) {
                return at + pause.length();
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static String reasonOf(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Retry retry) {
            return retry.reason();
        }
        return ((SendOutcome.Failed) outcome).reason();
    }
}
