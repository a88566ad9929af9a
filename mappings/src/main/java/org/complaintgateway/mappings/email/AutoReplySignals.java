package org.complaintgateway.mappings.email;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises mail sent by a machine on its own (out-of-office, vacation, autoresponders, list traffic, read
 * receipts) by the headers and subjects the common servers and clients use: RFC 3834 Auto-Submitted, Exchange,
 * Zimbra, Gmail and the X-Autoreply family, Precedence, List-* (RFC 2369/2919).
 */
final class AutoReplySignals {

    private static final List<String> AUTORESPONDER_HEADERS = List.of(
            "X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-AutoReply-From", "X-Mail-Autoreply",
            "X-Auto-Response-Suppress", "X-MS-Exchange-Generated-Message-Source", "X-FC-MachineGenerated");
    private static final Set<String> NEGATIVE_VALUES = Set.of("no", "false", "0");
    private static final Set<String> AUTOMATIC_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    // Subjects autoresponders write, in the languages of our customers; a colon or nothing must follow, so a
    // customer's "Out of office chair broken" is not one.
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
            "^\\s*(?:Automatic reply|Auto(?:matic)?[- ]?(?:reply|response)|Out of (?:the )?office(?: auto ?reply)?"
                    + "|Risposta automatica|Fuori sede|Automatische Antwort|Abwesenheitsnotiz|R[ée]ponse automatique"
                    + "|Absence du bureau|Respuesta autom[áa]tica|Fuera de la oficina|Resposta autom[áa]tica"
                    + "|Automatisch antwoord|Autosvar|Vacation reply)\\s*(?::.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AutoReplySignals() {
    }

    /** The first sign that the mail was sent automatically, e.g. "Auto-Submitted: auto-replied"; empty if none. */
    static Optional<String> find(InboundMail mail) {
        MailHeaders headers = mail.headers();
        String autoSubmitted = headers.first("Auto-Submitted");
        if (autoSubmitted != null && !keyword(autoSubmitted).equals("no")) {
            return Optional.of("Auto-Submitted: " + keyword(autoSubmitted));
        }
        for (String name : AUTORESPONDER_HEADERS) {
            String value = headers.first(name);
            if (value != null && !NEGATIVE_VALUES.contains(keyword(value))) {
                return Optional.of(name);
            }
        }
        String precedence = headers.first("Precedence");
        if (precedence != null && AUTOMATIC_PRECEDENCE.contains(keyword(precedence))) {
            return Optional.of("Precedence: " + keyword(precedence));
        }
        Optional<String> list = headers.firstNameStartingWith("List-");
        if (list.isPresent()) {
            return list;
        }
        if ("multipart/report".equals(mail.mimeType()) && "disposition-notification".equalsIgnoreCase(mail.reportType())) {
            return Optional.of("read receipt");
        }
        if (mail.subject() != null && AUTO_REPLY_SUBJECT.matcher(mail.subject()).matches()) {
            return Optional.of("auto-reply subject");
        }
        return Optional.empty();
    }

    // "auto-replied (zimbra; vacation)" and "auto-replied; owner-email=..." both mean auto-replied.
    private static String keyword(String value) {
        String head = value.split("[;(\\s]", 2)[0];
        return head.strip().toLowerCase(Locale.ROOT);
    }
}
