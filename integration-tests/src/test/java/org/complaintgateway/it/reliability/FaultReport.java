package org.complaintgateway.it.reliability;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.complaintgateway.it.reliability.FaultInput.Source;
import org.complaintgateway.it.reliability.FaultyDownstream.Mode;
import org.complaintgateway.it.support.ChildGateway;

/**
 * What a fault run saw, and the figures docs/RELIABILITY.md publishes. The invariants are computed here from the
 * downstream's records (every request it received, whatever it answered) and the ledger; the test asserts them.
 *
 * @param recovery how long after the faults ended the sources, the downstream and the gateway's health were back
 */
record FaultReport(String store, FaultProfile profile, Seed seed, Duration faultPhase, List<FaultInput> inputs,
                   List<ServeEvent> requests, List<Kill> kills, Map<Mode, Integer> downstreamWindows,
                   int mailServerRestarts, int imapCuts, int telegramCuts, StoreOutage storeOutage,
                   Map<String, Long> ledgerStates, ChildGateway.CommandResult ledgerCheck, FaultRun.Recovery recovery,
                   Map<String, String> mailboxFlags, String gatewayLog) {

    /** One SIGKILL: the stage it aimed at, the work found in each stage, how the downstream answered, the restart. */
    record Kill(int number, KillStage aim, KillStage.Snapshot found, Mode downstream, Duration restart) {
    }

    /** The answers to requests sent and answered while PostgreSQL was stopped. */
    record StoreOutage(Duration length, List<Senders.Answer> answers) {

        /** Status codes; 0 for a connection that broke or a request that timed out. */
        List<Integer> statuses() {
            return answers.stream().map(Senders.Answer::status).toList();
        }

        Duration slowest() {
            return Duration.ofNanos(answers.stream().mapToLong(a -> a.answeredAtNanos() - a.sentAtNanos()).max().orElse(0));
        }

        String bySource() {
            Map<Source, List<Integer>> statuses = new EnumMap<>(Source.class);
            answers.forEach(answer -> statuses.computeIfAbsent(answer.source(), s -> new ArrayList<>())
                    .add(answer.status()));
            return statuses.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                    + statusCounts(e.getValue())).collect(Collectors.joining(", "));
        }
    }

    /** Input number → the Idempotency-Keys its complaint reached the downstream under. */
    Map<Integer, Set<String>> keysByInput() {
        Map<Integer, Set<String>> keys = new HashMap<>();
        for (ServeEvent request : requests) {
            int input = FaultInput.numberIn(request.getRequest().getBodyAsString());
            keys.computeIfAbsent(input, n -> new HashSet<>()).add(request.getRequest().getHeader("Idempotency-Key"));
        }
        return keys;
    }

    /** Inputs acknowledged to their source that never reached the downstream. */
    List<FaultInput> lost() {
        Map<Integer, Set<String>> keys = keysByInput();
        return inputs.stream().filter(input -> !keys.containsKey(input.number())).toList();
    }

    /** Inputs that reached the downstream as more than one complaint (under more than one key): duplicate tickets. */
    Map<Integer, Set<String>> duplicated() {
        return keysByInput().entrySet().stream().filter(e -> e.getKey() >= 0 && e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Requests whose body carries no input's marker: something delivered that no sender sent. */
    long unknownRequests() {
        return requests.stream().filter(r -> FaultInput.numberIn(r.getRequest().getBodyAsString()) < 0).count();
    }

    long distinctKeys() {
        return requests.stream().map(r -> r.getRequest().getHeader("Idempotency-Key")).distinct().count();
    }

    /** Keys answered a clean 2xx more than once: delivered again after the downstream had accepted them. */
    long keysAcceptedMoreThanOnce() {
        return requests.stream().filter(FaultReport::acceptedCleanly)
                .collect(Collectors.groupingBy(r -> r.getRequest().getHeader("Idempotency-Key"), Collectors.counting()))
                .values().stream().filter(count -> count > 1).count();
    }

    /** Kills that found work in {@code stage}. */
    long killsFinding(KillStage stage) {
        return kills.stream().filter(kill -> kill.found() != null && kill.found().in(stage) > 0).count();
    }

    Duration medianRestart() {
        List<Duration> sorted = kills.stream().map(Kill::restart).sorted().toList();
        return sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() / 2);
    }

    Duration longestRestart() {
        return kills.stream().map(Kill::restart).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private static boolean acceptedCleanly(ServeEvent request) {
        return request.getResponseDefinition().getFault() == null && request.getResponseDefinition().getStatus() / 100 == 2;
    }

    /** The run as docs/RELIABILITY.md shows it. */
    String markdown() {
        Map<Source, Long> bySource = new EnumMap<>(Source.class);
        inputs.forEach(input -> bySource.merge(input.source(), 1L, Long::sum));
        StringBuilder out = new StringBuilder();
        out.append("### ").append(store).append(", profile ").append(profile.name()).append('\n').append('\n');
        out.append("| figure | value |\n| --- | --- |\n");
        row(out, "seed", seed.value() + " (`" + seed.replay() + "`)");
        row(out, "fault phase", seconds(faultPhase));
        row(out, "inputs acknowledged to their source", inputs.size() + " (" + bySource.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        row(out, "kills (SIGKILL), each followed by a restart", String.valueOf(kills.size()));
        row(out, "kills that found work receiving / normalizing / delivering / retrying",
                killsFinding(KillStage.RECEIVING) + " / " + killsFinding(KillStage.NORMALIZING) + " / "
                        + killsFinding(KillStage.DELIVERING) + " / " + killsFinding(KillStage.RETRYING));
        row(out, "restart to healthy: median / longest", seconds(medianRestart()) + " / " + seconds(longestRestart()));
        row(out, "downstream fault windows", downstreamWindows.entrySet().stream().filter(e -> e.getKey() != Mode.HEALTHY)
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue()).collect(Collectors.joining(", "))
                + "; healthy " + downstreamWindows.getOrDefault(Mode.HEALTHY, 0));
        row(out, "downstream total outage", seconds(profile.downstreamOutage()));
        row(out, "connections cut by the relays (IMAP / Telegram)", imapCuts + " / " + telegramCuts);
        row(out, "mail server restarts", String.valueOf(mailServerRestarts));
        if (storeOutage != null) {
            row(out, "PostgreSQL stopped", seconds(storeOutage.length()) + "; answers meanwhile: " + storeOutage.bySource()
                    + "; the slowest in " + seconds(storeOutage.slowest()));
        }
        row(out, "requests received by the downstream", String.valueOf(requests.size()));
        row(out, "distinct Idempotency-Keys", String.valueOf(distinctKeys()));
        row(out, "repeat requests under a key already received", String.valueOf(requests.size() - distinctKeys()));
        row(out, "keys accepted (clean 2xx) more than once", String.valueOf(keysAcceptedMoreThanOnce()));
        row(out, "**lost** (acknowledged, never delivered)", "**" + lost().size() + "**");
        lost().stream().filter(input -> input.source() == Source.EMAIL).forEach(input -> row(out,
                "lost mail " + input.marker() + " in the inbox", mailboxFlags.getOrDefault(input.messageId(), "no")));
        row(out, "**duplicate complaints** (one input under two keys)", "**" + duplicated().size() + "**");
        row(out, "ledger rows by state", new TreeMap<>(ledgerStates).toString());
        row(out, "`ledger check` exit code", String.valueOf(ledgerCheck.exitCode()));
        row(out, "backlog when the faults ended (inputs not yet forwarded)", String.valueOf(recovery.backlog()));
        row(out, "after the faults: every input acknowledged / forwarded / gateway healthy", seconds(recovery.acknowledged())
                + " / " + seconds(recovery.forwarded()) + " / " + seconds(recovery.healthy()));
        return out.toString();
    }

    private static String statusCounts(Collection<Integer> statuses) {
        return new TreeMap<>(statuses.stream().collect(Collectors.groupingBy(s -> s == 0 ? "broken" : String.valueOf(s),
                Collectors.counting()))).toString();
    }

    private static String seconds(Duration duration) {
        return duration == null ? "not in time" :  String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static void row(StringBuilder out, String figure, String value) {
        out.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }
}
