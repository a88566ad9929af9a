package org.complaintgateway.it.reliability;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.complaintgateway.it.email.MailServer;
import org.complaintgateway.it.reliability.FaultInput.Source;
import org.complaintgateway.it.support.ChildGateway;
import org.complaintgateway.it.support.FreePort;
import org.complaintgateway.it.support.HealthReport;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.it.telegram.FakeTelegramBotApi;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.testing.TestPostgres;

/**
 * One run of the fault suite: the packaged gateway in a child JVM with a channel of every kind (the web API, a
 * signed generic webhook, WhatsApp, Slack, IMAP behind a cutting relay, Telegram polling behind another), fed by
 * {@link Senders}, delivering to a {@link FaultyDownstream}, while the {@link FaultScheduler} breaks the downstream,
 * the relays and the mail server, and this class kills the gateway with SIGKILL and starts it again, each kill aimed at
 * a {@link KillStage}. On PostgreSQL the database is then stopped while the senders keep sending. Afterwards every
 * part is healthy again, and the run waits for the gateway to catch up and reports what it saw.
 */
final class FaultRun implements AutoCloseable {

    static final String SIGNING_SECRET = "fake-fault-suite-signing-secret";
    /** Channel ids; the web API is the default {@code site-form}. */
    static final String EMAIL = "fault-mail";
    static final String TELEGRAM = "fault-telegram";
    static final String WEBHOOK = "fault-webhook";
    static final String WHATSAPP = "fault-whatsapp";
    static final String SLACK = "fault-slack";
    private static final String TELEGRAM_TOKEN_FILE = "telegram-token.secret";
    static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(120);
    static final Duration HEALTHY_WITHIN = Duration.ofSeconds(60);
    /** How long a kill waits for work in its stage before it lands anyway. */
    private static final Duration STAGE_PATIENCE = Duration.ofSeconds(3);

    private final Path dir;
    private final FaultProfile profile;
    private final Seed seed;
    private final TestPostgres postgres;
    private final Object mailServerLock = new Object();
    private final List<AutoCloseable> parts = new ArrayList<>();

    /** {@code postgres}: a {@link TestPostgres#restartable} server for the store, or null for H2. */
    FaultRun(Path dir, FaultProfile profile, Seed seed, TestPostgres postgres) {
        this.dir = dir;
        this.profile = profile;
        this.seed = seed;
        this.postgres = postgres;
    }

    FaultReport run() {
        createDirectory();
        FaultyDownstream downstream = part(FaultyDownstream.start());
        MailServer mail = part(MailServer.start());
        FakeTelegramBotApi telegram = part(FakeTelegramBotApi.start());
        CuttingRelay imapRelay = part(CuttingRelay.start(mail.port("imap"), seed.streamFor("imap-relay"), 100, 40_000));
        CuttingRelay telegramRelay = part(CuttingRelay.start(telegram.port(), seed.streamFor("telegram-relay"), 100, 20_000));
        TestGateway config = config(downstream, mail, imapRelay, telegramRelay);
        ChildGateway gateway = part(ChildGateway.start(config));
        Senders senders = part(new Senders(urls(config), mail, mailServerLock, telegram, seed.streamFor("channels")));
        FaultScheduler faults = new FaultScheduler(downstream, imapRelay, telegramRelay, mail, mailServerLock, profile,
                seed.streamFor("faults"));

        long started = System.nanoTime();
        senders.start(profile.inputEvery());
        faults.start();
        List<FaultReport.Kill> kills = killAndRestart(gateway, config, senders, downstream);
        FaultReport.StoreOutage storeOutage = postgres == null ? null : stopTheStore(senders);
        faults.end();
        long faultsEnded = System.nanoTime();
        Map<String, Long> states;

        senders.stopNewInputs();
        Recovery recovery;
        try (LedgerProbe ledger = LedgerProbe.open(config.config().store())) {
            Duration acknowledged = within(ACKNOWLEDGED_WITHIN, () -> senders.unacknowledged() == 0, faultsEnded);
            int inputs = senders.inputs().size();
            long backlog = inputs - ledger.states().getOrDefault(LedgerState.FORWARDED.name(), 0L);
            Duration forwarded = within(profile.forwardedWithin(), () -> settled(ledger.states(), inputs), faultsEnded);
            Duration healthy = within(HEALTHY_WITHIN, () -> HealthReport.of(config).statusCode() == 200, faultsEnded);
            recovery = new Recovery(backlog, acknowledged, forwarded, healthy);
            states = ledger.states();
        }
        return new FaultReport(postgres == null ? "H2 file" : "PostgreSQL", profile, seed,
                Duration.ofNanos(faultsEnded - started), senders.inputs(), downstream.requests(), kills,
                faults.windows(), faults.mailServerRestarts(), imapRelay.cuts(), telegramRelay.cuts(), storeOutage,
                states, gateway.ledgerCheck(), recovery, mailboxFlags(mail), gateway.log());
    }

    /**
     * How many inputs were not yet forwarded once every input was acknowledged, and how long after the faults ended
     * every input was acknowledged to its source, every input forwarded (and every ledger row terminal), and the
     * gateway healthy; null for what did not happen within the time allowed.
     */
    record Recovery(long backlog, Duration acknowledged, Duration forwarded, Duration healthy) {

        boolean complete() {
            return acknowledged != null && forwarded != null && healthy != null;
        }
    }

    /** The time from {@code sinceNanos} until {@code condition} holds, or null when it does not within {@code limit}. */
    private static Duration within(Duration limit, Callable<Boolean> condition, long sinceNanos) {
        try {
            await().atMost(limit).until(condition);
            return Duration.ofNanos(System.nanoTime() - sinceNanos);
        } catch (ConditionTimeoutException notInTime) {
            return null;
        }
    }

    /**
     * Nothing in flight, and as many rows in a terminal state other than DUPLICATE as inputs: the run is over, for good
     * or bad (a DUPLICATE is a second copy of an input, never the input itself).
     */
    private static boolean settled(Map<String, Long> states, int inputs) {
        long ended = 0;
        for (Map.Entry<String, Long> state : states.entrySet()) {
            LedgerState ledgerState = LedgerState.valueOf(state.getKey());
            if (!ledgerState.terminal()) {
                return false;
            }
            ended += ledgerState == LedgerState.DUPLICATE ? 0 : state.getValue();
        }
        return ended >= inputs;
    }

    private List<FaultReport.Kill> killAndRestart(ChildGateway gateway, TestGateway config, Senders senders,
                                                  FaultyDownstream downstream) {
        SplittableRandom random = seed.streamFor("kills");
        KillStage[] stages = KillStage.values();
        List<FaultReport.Kill> kills = new ArrayList<>();
        for (int n = 0; n < profile.kills(); n++) {
            KillStage aim = stages[n % stages.length];
            long gapMillis = profile.killGapMin().toMillis()
                    + random.nextLong(profile.killGapMax().toMillis() - profile.killGapMin().toMillis() + 1);
            KillStage.Snapshot atKill;
            try (LedgerProbe ledger = LedgerProbe.open(config.config().store())) {
                atKill = awaitStage(ledger, senders, aim, Duration.ofMillis(gapMillis));
            }
            FaultyDownstream.Mode downstreamMode = downstream.mode();
            gateway.kill();
            Duration restart = gateway.startAgain();
            kills.add(new FaultReport.Kill(n + 1, aim, atKill, downstreamMode, restart));
        }
        return kills;
    }

    /** No sooner than {@code gap}, once some work is in {@code aim}, or {@link #STAGE_PATIENCE} later regardless. */
    private static KillStage.Snapshot awaitStage(LedgerProbe ledger, Senders senders, KillStage aim, Duration gap) {
        KillStage.Snapshot[] last = new KillStage.Snapshot[1];
        try {
            await().pollDelay(gap).pollInterval(Duration.ofMillis(20)).atMost(gap.plus(STAGE_PATIENCE)).until(() -> {
                last[0] = ledger.stages(senders.inFlight());
                return last[0].in(aim) > 0;
            });
        } catch (ConditionTimeoutException nothingThere) {
            // killed anyway: the report shows what the kill found
        }
        return last[0];
    }

    /** PostgreSQL stopped for the profile's store outage while the senders go on; the answers meanwhile are kept. */
    private FaultReport.StoreOutage stopTheStore(Senders senders) {
        postgres.stopServer();
        long stopped = System.nanoTime();
        holdFor(profile.storeOutage());
        long restarting = System.nanoTime();
        postgres.startServer();
        return new FaultReport.StoreOutage(profile.storeOutage(), senders.answers().stream()
                .filter(answer -> answer.sentAtNanos() >= stopped && answer.answeredAtNanos() <= restarting).toList());
    }

    /**
     * A fault lasts this long: the one wait on the clock rather than on a condition, since what is tested is what
     * happens while it lasts.
     */
    private static void holdFor(Duration fault) {
        long until = System.nanoTime() + fault.toNanos();
        for (long left = fault.toNanos(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /**
     * Awaitility, minus its default of failing on any thread's uncaught exception: the mail server's threads throw
     * when the relay cuts their connections, which is the fault under test, not a failure of the gateway.
     */
    private static ConditionFactory await() {
        return Awaitility.await().dontCatchUncaughtExceptions();
    }

    private TestGateway config(FaultyDownstream downstream, MailServer mail, CuttingRelay imapRelay,
                               CuttingRelay telegramRelay) {
        MailServer.writePasswordFile(dir);
        writeTelegramToken();
        TestGateway.Builder builder = TestGateway.builder(dir)
                .httpDownstream(downstream.url(), SIGNING_SECRET, "  timeout: " + FaultyDownstream.CLIENT_TIMEOUT_MS
                        + "ms\n  maxAttempts: 1000\n  initialBackoff: 200ms\n  maxBackoff: 2s\n")
                .webform("    perIp: {requests: 100000, per: 1m}\n    perSender: {requests: 100000, per: 1m}\n")
                .channel(mail.channelYaml(EMAIL, "imap", imapRelay.port(),
                        "    pollEvery: 1s\n    maxMessagesPerPoll: 50\n    timeout: 5s\n"))
                .channel("  - id: " + TELEGRAM + "\n    type: telegram\n    token: \"${file:" + TELEGRAM_TOKEN_FILE + "}\"\n"
                        + "    apiUrl: http://127.0.0.1:" + telegramRelay.port() + "\n"
                        // each input is a chat of its own, so nothing merges; the window keeps each message WAITING
                        // for a moment, work a kill aimed at normalizing can find
                        + "    pollTimeout: 1s\n    timeout: 5s\n    mergeWindow: 2s\n")
                .channel(ChannelYaml.webhook(WEBHOOK, "64KB"))
                // no media is sent: the Graph API is never asked, a closed port will do
                .channel(ChannelYaml.meta(WHATSAPP, "whatsapp", FreePort.find(), "64KB"))
                .channel(ChannelYaml.slack(SLACK, "64KB"));
        if (postgres != null) {
            builder.store(postgres.freshDatabase());
        }
        return ChannelYaml.secrets(builder).build();
    }

    private void createDirectory() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTelegramToken() {
        try {
            Files.writeString(dir.resolve(TELEGRAM_TOKEN_FILE), FakeTelegramBotApi.TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Message-ID → the flags of that mail in the inbox at the end ("seen", "unseen"). */
    private Map<String, String> mailboxFlags(MailServer mail) {
        synchronized (mailServerLock) {
            Map<String, String> flags = new HashMap<>();
            for (StoredMessage message : mail.messages("INBOX")) {
                try {
                    flags.put(message.getMimeMessage().getMessageID(), mail.seen(message) ? "seen" : "unseen");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return flags;
        }
    }

    private static Map<Source, URI> urls(TestGateway gateway) {
        Map<Source, URI> urls = new EnumMap<>(Source.class);
        urls.put(Source.WEB_API, gateway.url("/api/v1/complaints"));
        urls.put(Source.GENERIC_WEBHOOK, gateway.url("/webhook/" + WEBHOOK));
        urls.put(Source.WHATSAPP, gateway.url("/whatsapp/" + WHATSAPP));
        urls.put(Source.SLACK, gateway.url("/slack/" + SLACK));
        return urls;
    }

    private <T extends AutoCloseable> T part(T part) {
        parts.add(0, part);
        return part;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
