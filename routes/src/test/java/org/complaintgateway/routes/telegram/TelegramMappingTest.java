package org.complaintgateway.routes.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintgateway.config.Secret;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.config.TelegramChatType;
import org.complaintgateway.config.TelegramMode;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.telegram.TelegramBundle;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.StoreUnavailableException;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Telegram mapper turns every exception into a quarantine; a store that cannot be asked (an edit looks its
 * original up) must fail the mapping instead, so that the update is journaled later, not quarantined for it.
 */
class TelegramMappingTest {

    private static final TelegramChannelConfig CHANNEL = new TelegramChannelConfig("bot",
            new Secret("${env:BOT_TOKEN}", "1234567:fake-test-token"), TelegramMode.POLLING,
            URI.create("http://127.0.0.1:1"), List.of(TelegramChatType.PRIVATE), Duration.ZERO, 20L << 20,
            Duration.ofSeconds(1), Duration.ofSeconds(5), 5, null, null, null);

    @TempDir
    Path dir;

    @Test
    void anEditMappedWhileTheStoreIsDownFailsInsteadOfBeingQuarantined() throws Exception {
        JdbcStore store = JdbcStore.open(TestH2.in(dir).settings(), "RC", Clock.systemUTC());
        TelegramMapping mapping = new TelegramMapping(CHANNEL, "RC", store);
        TelegramBundle edit = new TelegramBundle(update("edited_message"), List.of(), List.of());
        JournalEntry entry = entry(edit);
        assertThat(mapping.mapper(edit).map(entry)).isInstanceOf(MappingResult.Mapped.class);

        store.close();

        assertThatThrownBy(() -> mapping.mapper(edit).map(entry)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> mapping.mapper().map(entry)).isInstanceOf(StoreUnavailableException.class);
    }

    private static JsonNode update(String kind) throws Exception {
        return new ObjectMapper().readTree("""
                {"update_id": 500000001, "%s": {"message_id": 7, "date": 1795000000, "edit_date": 1795000060,
                 "chat": {"id": 555000001, "type": "private", "first_name": "Fake"},
                 "from": {"id": 555000001, "is_bot": false, "first_name": "Fake", "last_name": "Customer"},
                 "text": "The heater in the kitchen is broken"}}
                """.formatted(kind));
    }

    private static JournalEntry entry(TelegramBundle bundle) {
        Instant now = Instant.now();
        return new JournalEntry("0190e4a0-0000-7000-8000-000000000001", "RC-2026-000001", "bot", "telegram",
                "555000001:7", "application/json", bundle.toBytes(), LedgerState.RECEIVED, null, now, now);
    }
}
