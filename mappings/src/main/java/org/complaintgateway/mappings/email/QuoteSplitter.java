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

    static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(?:On\\s.*\\swrote"
                    + "|Il giorno\\s.*\\sha scritto"
                    + "|Am\\s.*\\sschrieb.*"
                    + "|Le\\s.*\\sa\\s+[ée]crit"
                    + "|El\\s.*\\sescribi[óo])\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{3,}\\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Messaggio originale"
                    + "|Message d'origine|Mensaje original|Weitergeleitete Nachricht|Messaggio inoltrato)\\s*-{3,}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Outlook's header block in several languages, also as its HTML renders to text ("*From:* ...").
    static final Pattern HEADER_FROM = Pattern.compile(
            "^\\s*\\*?(?:From|Da|Von|De|Van|Od)\\s*:\\*?\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
    static final Pattern HEADER_SENT = Pattern.compile(
            "^\\s*\\*?(?:Sent|Date|Inviato|Data|Gesendet|Datum|Envoy[ée]|Enviado|Verzonden|Wys[łl]ano)\\s*:\\*?\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern UNDERSCORE_RULE = Pattern.compile("^\\s*_{10,}\\s*$");
    static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
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

    /**
     * The first line of the history, or {@code lines.size()}. Each pattern runs only on lines that end (or, for the
     * header block, contain) the character every match must: most lines of a mail need no regex at all, and the
     * patterns ran on every line of every mail before (9 % of the mapping time of a mailbox, JFR).
     */
    static int historyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            char last = lastVisible(line);
            if (last == '-' && (SIGNATURE.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches())
                    || last == ':' && ATTRIBUTION.matcher(line).matches() || isHeaderBlock(lines, i)) {
                return i;
            }
            // Clients wrap long attributions: "On Mon, 2 Mar 2026 at 10:00, Jane Example <jane@example.com>" / "wrote:".
            // the wrapped line must not be blank: one that ends in a colon is not
            if (i + 1 < lines.size() && lastVisible(lines.get(i + 1)) == ':'
                    && ATTRIBUTION.matcher(line + " " + lines.get(i + 1)).matches()) {
                return i;
            }
            if (last == '_' && UNDERSCORE_RULE.matcher(line).matches()
                    && isHeaderBlock(lines, nextNonBlank(lines, i + 1))) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isHeaderBlock(List<String> lines, int from) {
        if (from >= lines.size() || lines.get(from).indexOf(':') < 0 || !HEADER_FROM.matcher(lines.get(from)).matches()) {
            return false;
        }
        for (int i = from + 1; i < Math.min(lines.size(), from + HEADER_BLOCK_LINES); i++) {
            if (lines.get(i).indexOf(':') >= 0 && HEADER_SENT.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last character that is not whitespace ({@link Character#isWhitespace}, which includes every character of
     * the patterns' {@code \s}), or 0 when there is none.
     */
    static char lastVisible(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return 0;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
