package org.complaintgateway.mappings.email;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.ProtocolNumberPatterns;

/**
 * Subject lines: reply and forward prefixes as clients of many languages write them (Re, Fwd, Fw, R, I, AW, WG, TR,
 * RES, ENC, SV, VS, Antw, with counters such as {@code Re[2]:} or {@code Re(3):}), and our protocol number tag.
 */
final class Subjects {

    private static final Pattern PREFIXES = Pattern.compile(
            "^(?:\\s*(?:re|fwd|fw|r|i|aw|wg|tr|res|enc|sv|vs|antw|rif)\\s*(?:\\[\\d+]|\\(\\d+\\))?\\s*[:：]\\s*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private Subjects() {
    }

    /** The subject without leading reply/forward prefixes; null when nothing is left. */
    static String withoutPrefixes(String subject) {
        if (subject == null) {
            return null;
        }
        String stripped = PREFIXES.matcher(subject).replaceFirst("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The first protocol number tagged in the subject, e.g. RC-2026-000042 from "Re: Kettle [RC-2026-000042]". */
    static Optional<String> protocolNumber(String subject, String prefix) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = tag(prefix).matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The subject for our answer: "Re: " + subject without prefixes and tags + " [protocolNumber]". */
    static String replySubject(String subject, String prefix, String protocolNumber) {
        String base = withoutPrefixes(subject);
        if (base != null) {
            base = withoutPrefixes(SPACES.matcher(tag(prefix).matcher(base).replaceAll(" ")).replaceAll(" ").strip());
        }
        String tagged = "[" + protocolNumber + "]";
        return base == null ? "Re: " + tagged : "Re: " + base + " " + tagged;
    }

    private static Pattern tag(String prefix) {
        return ProtocolNumberPatterns.of("\\[\\s*(%s)\\s*]", prefix, 0);
    }
}
