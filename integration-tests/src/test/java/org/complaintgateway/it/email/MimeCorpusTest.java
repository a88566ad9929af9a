package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.complaintgateway.mappings.email.EmailKeys;
import org.complaintgateway.routes.store.LedgerReport;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party corpus through a real mailbox: every message of mime4j's own test corpus (odd charsets, broken
 * boundaries, nesting, binary parts) is put into GreenMail and polled over IMAP. The gateway stays up, every message
 * ends in a terminal state with a reason, the ledger balances, and the whole corpus is through in bounded time.
 */
class MimeCorpusTest {

    /** Generous per message on 2 busy cores; a message that hangs the mapper would blow it many times over. */
    private static final Duration PER_MESSAGE = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @AutoClose
    MailChannel channel;

    @Test
    void everyCorpusMessageEndsForwardedIgnoredOrQuarantinedWithAReason() {
        List<byte[]> corpus = corpus();
        assertThat(corpus).as("messages in the mime4j corpus").hasSizeGreaterThan(50);
        channel = MailChannel.start(dir, "imap", "    maxMessagesPerPoll: 200\n");

        List<byte[]> stored = corpus.stream().filter(channel.mail::tryDeliver).toList();
        // GreenMail's own IMAP parser cannot store a few of the most broken messages; the mapper's corpus test
        // (mappings' EmailCorpusTest) takes those too. Most must make it through the real mailbox.
        assertThat(stored).as("corpus messages GreenMail could store").hasSizeGreaterThan(corpus.size() * 3 / 4);

        assertTimeoutPreemptively(PER_MESSAGE.multipliedBy(stored.size()), () -> await()
                .atMost(PER_MESSAGE.multipliedBy(stored.size()))
                .until(() -> terminal(channel.gateway.store().report(Instant.now())) == stored.size()));
        LedgerReport report = channel.gateway.store().report(Instant.now());
        assertThat(report.unaccounted()).isEmpty();
        assertThat(report.stuck()).isEmpty();
        assertThat(report.total()).isEqualTo(stored.size());
        // A Message-ID that two corpus messages share is one mail to us: the second is recorded, not delivered.
        assertThat(channel.ledger.count(LedgerState.DUPLICATE)).isEqualTo(stored.size() - distinctKeys(stored));
        for (LedgerState state : List.of(LedgerState.IGNORED, LedgerState.QUARANTINED)) {
            for (String id : channel.gateway.store().inFlight(state, Instant.now().plusSeconds(1), stored.size())) {
                assertThat(channel.gateway.store().find(id).orElseThrow().reason()).as("reason of %s %s", state, id)
                        .isNotBlank();
            }
        }
        channel.awaitLedger(LedgerState.FORWARDED, channel.delivered.count());
        // a mail read ahead is committed before its own turn in the poll marks it seen
        await().atMost(MailChannel.WITHIN).until(() -> channel.mail.messages("INBOX").stream().allMatch(channel.mail::seen));
    }

    private static long terminal(LedgerReport report) {
        return report.counts().stream().filter(count -> count.state().terminal()).mapToLong(LedgerReport.Count::count).sum();
    }

    private static long distinctKeys(List<byte[]> corpus) {
        Set<String> keys = new HashSet<>();
        corpus.forEach(raw -> keys.add(EmailKeys.messageKey(raw)));
        return keys.size();
    }

    /** The .msg files of testmsgs/ and mimetools-testmsgs/ in apache-mime4j-core's test jar, a test dependency. */
    private static List<byte[]> corpus() {
        try (JarFile jar = new JarFile(corpusJar().toFile())) {
            List<byte[]> messages = new ArrayList<>();
            for (JarEntry entry : jar.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
                String name = entry.getName();
                if ((name.startsWith("testmsgs/") || name.startsWith("mimetools-testmsgs/")) && name.endsWith(".msg")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        messages.add(in.readAllBytes());
                    }
                }
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path corpusJar() {
        try {
            // a class only the tests jar has, to find that jar on the class path
            Path jar = Path.of(Class.forName("org.apache.james.mime4j.ExampleMail").getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("the mime4j corpus is not a jar: " + jar);
            }
            return jar;
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("apache-mime4j-core's tests jar is not on the test class path", e);
        }
    }
}
