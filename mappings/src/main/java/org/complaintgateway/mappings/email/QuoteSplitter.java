package org.complaintgateway.mappings.email;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates what the customer wrote now from the history a reply drags along: everything from the first
 * attribution line ("On … wrote:", "Il giorno … ha scritto:", "Am … schrieb …:", "Le … a écrit :"), Outlook's
 * "-----Original Message-----" or "From: … Sent: …" header block, or the signature delimiter "-- " (RFC 3676
 * §4.3) on; and, above that point, every line quoted with {@code >}.
 */
final class QuoteSplitter {

    /** The customer's own words and the removed history, each with lines ending in {@code \n}; either may be "". */
    record Split(String text, String quoted) {
    }

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(?:On\\s.*\\swrote"
                    + "|Il giorno\\s.*\\sha scritto"
                    + "|Am\\s.*\\sschrieb.*"
                    + "|Le\\s.*\\sa\\s+[ée]crit"
                    + "|El\\s.*\\sescribi[óo])\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{3,}\\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Messaggio originale"
                    + "|Message d'origine|Mensaje original|Weitergeleitete Nachricht|Messaggio inoltrato)\\s*-{3,}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Outlook's header block in several languages, also as its HTML renders to text ("*From:* ...").
    private static final Pattern HEADER_FROM = Pattern.compile(
            "^\\s*\\*?(?:From|Da|Von|De|Van|Od)\\s*:\\*?\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SENT = Pattern.compile(
            "^\\s*\\*?(?:Sent|Date|Inviato|Data|Gesendet|Datum|Envoy[ée]|Enviado|Verzonden|Wys[łl]ano)\\s*:\\*?\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNDERSCORE_RULE = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
    private static final Pattern QUOTED_LINE = Pattern.compile("^\\s*>");
    private static final int HEADER_BLOCK_LINES = 4;

    private QuoteSplitter() {
    }

    /** Splits cleaned body text (see {@link BodyText}). */
    static Split split(String text) {
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        int cut = historyStart(lines);
        StringBuilder own = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < cut; i++) {
            (QUOTED_LINE.matcher(lines.get(i)).find() ? quoted : own).append(lines.get(i)).append('\n');
        }
        for (int i = cut; i < lines.size(); i++) {
            quoted.append(lines.get(i)).append('\n');
        }
        return new Split(BodyText.clean(own.toString()), BodyText.clean(quoted.toString()));
    }

    private static int historyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SIGNATURE.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()
                    || ATTRIBUTION.matcher(line).matches() || isHeaderBlock(lines, i)) {
                return i;
            }
            // Clients wrap long attributions: "On Mon, 2 Mar 2026 at 10:00, Jane Example <jane@example.com>" / "wrote:".
            if (i + 1 < lines.size() && ATTRIBUTION.matcher(line + " " + lines.get(i + 1)).matches()
                    && !lines.get(i + 1).isBlank()) {
                return i;
            }
            if (UNDERSCORE_RULE.matcher(line).matches() && isHeaderBlock(lines, nextNonBlank(lines, i + 1))) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isHeaderBlock(List<String> lines, int from) {
        if (from >= lines.size() || !HEADER_FROM.matcher(lines.get(from)).matches()) {
            return false;
        }
        for (int i = from + 1; i < Math.min(lines.size(), from + HEADER_BLOCK_LINES); i++) {
            if (HEADER_SENT.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
