package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link QuoteSplitter#historyStart} runs its patterns only on lines that can match them; it must find the history
 * where running every pattern on every line, as it did before, finds it.
 */
class QuoteSplitterPrefilterTest {

    private static final String[] PIECES = {
        "On Mon, 2 Mar 2026", "wrote", "Il giorno lun", "ha scritto", "Am Mo.", "schrieb", "Le lun.", "a écrit",
        "El lun", "escribió", "-----Original Message-----", "--- Messaggio originale ---", "-- ", "--", "From:",
        "*Da:*", "Von :", "Sent:", "Inviato:", "Date :", "Wysłano:", "__________", "____________ ", "Support",
        "<support@example.com>", ":", " :", "-", "_", " ", "\t", "\u2003", "\u00a0", "\u000b", "\f", "\r", "x", "ÉCRIT",
        "İl giorno", "ON", "wROTE", ">"};

    @Test
    void findsTheHistoryWhereEveryPatternOnEveryLineFindsIt() {
        SplittableRandom random = new SplittableRandom(20261123L);
        for (int n = 0; n < 20_000; n++) {
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(1, 8);
            for (int i = 0; i < count; i++) {
                StringBuilder line = new StringBuilder();
                int parts = random.nextInt(0, 6);
                for (int j = 0; j < parts; j++) {
                    line.append(PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextBoolean()) {
                        line.append(' ');
                    }
                }
                lines.add(line.toString());
            }
            assertThat(QuoteSplitter.historyStart(lines)).as("%s", lines).isEqualTo(everyPatternOnEveryLine(lines));
        }
    }

    @Test
    void theLastVisibleCharacterSkipsEveryKindOfWhitespaceThePatternsAllow() {
        assertThat(QuoteSplitter.lastVisible("wrote: \t\u000b\f\r")).isEqualTo(':');
        assertThat(QuoteSplitter.lastVisible(" \t")).isEqualTo((char) 0);
        assertThat(QuoteSplitter.lastVisible("")).isEqualTo((char) 0);
    }

    /** historyStart as it was written before the prefilters, kept as the reference. */
    private static int everyPatternOnEveryLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (QuoteSplitter.SIGNATURE.matcher(line).matches() || QuoteSplitter.ORIGINAL_MESSAGE.matcher(line).matches()
                    || QuoteSplitter.ATTRIBUTION.matcher(line).matches() || headerBlock(lines, i)) {
                return i;
            }
            if (i + 1 < lines.size() && QuoteSplitter.ATTRIBUTION.matcher(line + " " + lines.get(i + 1)).matches()
                    && !lines.get(i + 1).isBlank()) {
                return i;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (QuoteSplitter.UNDERSCORE_RULE.matcher(line).matches() && headerBlock(lines, next)) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean headerBlock(List<String> lines, int from) {
        if (from >= lines.size() || !QuoteSplitter.HEADER_FROM.matcher(lines.get(from)).matches()) {
            return false;
        }
        for (int i = from + 1; i < Math.min(lines.size(), from + 4); i++) {
            if (QuoteSplitter.HEADER_SENT.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }
}
