package org.complaintgateway.config;

/** How a {@code telegram} channel receives updates: it asks for them (getUpdates), or Telegram posts them (webhook). */
public enum TelegramMode {
    POLLING,
    WEBHOOK
}
