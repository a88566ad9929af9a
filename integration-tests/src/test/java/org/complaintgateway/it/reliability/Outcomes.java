package org.complaintgateway.it.reliability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the gateway answered to each bad input, tallied: statuses per channel and kind, the inputs each channel
 * accepted (answered 2xx, or a mail put in the mailbox), and every answer that breaks the promise (an undocumented
 * status, an unproven request let in, a timeout), described well enough to be read without replaying.
 */
final class Outcomes {

    /** What the docs promise for bad input: accepted, or refused with a reason; never a 5xx, never a 429. */
    static final Set<Integer> DOCUMENTED = Set.of(400, 401, 403, 413, 415, 422);
    /** An unproven request is refused before its body is looked at: for its proof, or for its size alone. */
    static final Set<Integer> REFUSED_UNPROVEN = Set.of(401, 403, 413);
    private static final int SHOWN_BODY = 300;

    private final Map<String, Map<String, Integer>> statuses = new TreeMap<>();
    private final Map<String, Integer> accepted = new TreeMap<>();
    private final List<String> broken = new ArrayList<>();
    private int inputs;
    private Duration slowest = Duration.ZERO;

    void answered(BadInput input, HttpResponse<String> response, Duration took) {
        int status = response.statusCode();
        count(input.channelId() + " " + input.kind(), Integer.toString(status));
        slowest = took.compareTo(slowest) > 0 ? took : slowest;
        boolean ok = status / 100 == 2;
        if (ok) {
            accepted.merge(input.channelId(), 1, Integer::sum);
        }
        if (!ok && !DOCUMENTED.contains(status)) {
            broken.add(input + "\n    answered " + status + ": " + shorten(response.body()));
        } else if (!input.proven() && !REFUSED_UNPROVEN.contains(status)) {
            broken.add(input + "\n    has no valid proof but was answered " + status + ": " + shorten(response.body()));
        }
    }

    void failed(BadInput input, RuntimeException e) {
        count(input.channelId() + " " + input.kind(), "no answer");
        broken.add(input + "\n    got no answer: " + e);
    }

    /** A mail GreenMail stored ({@code stored}) is accepted; one its own parser cannot store never reaches us. */
    void mailed(MailInputs.Mail mail, boolean stored) {
        count(EveryChannelGateway.EMAIL + " mail", stored ? "stored" : "not storable by GreenMail");
        if (stored) {
            accepted.merge(EveryChannelGateway.EMAIL, 1, Integer::sum);
        }
    }

    private void count(String row, String column) {
        inputs++;
        statuses.computeIfAbsent(row, r -> new TreeMap<>()).merge(column, 1, Integer::sum);
    }

    /** The longest any request waited for its answer. */
    Duration slowest() {
        return slowest;
    }

    int inputs() {
        return inputs;
    }

    /** Accepted inputs per channel id. */
    Map<String, Integer> accepted() {
        return Map.copyOf(accepted);
    }

    int accepted(String channelId) {
        return accepted.getOrDefault(channelId, 0);
    }

    List<String> broken() {
        return List.copyOf(broken);
    }

    /** "channel kind: {status=count, ...}" per line. */
    String table() {
        StringBuilder table = new StringBuilder();
        statuses.forEach((row, counts) -> table.append(String.format("  %-32s %s%n", row, counts)));
        return table.toString();
    }

    private static String shorten(String body) {
        return body == null ? "" : body.length() <= SHOWN_BODY ? body : body.substring(0, SHOWN_BODY) + "...";
    }
}
