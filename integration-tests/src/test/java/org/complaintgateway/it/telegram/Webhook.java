package org.complaintgateway.it.telegram;

/**
 * The webhook the bot has set through setWebhook: where Telegram would post updates, and the secret it would send in
 * the {@code X-Telegram-Bot-Api-Secret-Token} header (empty when none was given).
 */
public record Webhook(String url, String secretToken) {

    @Override
    public String toString() {
        return "Webhook[url=" + url + ", secretToken=" + (secretToken.isEmpty() ? "none" : "****") + "]";
    }
}
