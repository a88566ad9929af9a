package org.complaintgateway.routes.outbound;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What an SMTP failure means for a reply (RFC 5321 §4.2.1): a 4xx reply is transient (greylisting, a full queue, a
 * server going down), a 5xx reply permanent (550 no such mailbox, 553 mailbox name not allowed, 535 wrong
 * credentials). No reply at all (refused, timed out, cut off) may work later. Angus Mail puts the server's reply code
 * on the exception for MAIL, RCPT and DATA (on the first of a chain of per-recipient exceptions), and leads the message
 * of a failed AUTH with it.
 */
final class SmtpFailures {

    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*([2-5]\\d\\d)\\b");
    /** A mailbox in a server's reply: its domain helps whoever reads the reason, the person's local part is not theirs. */
    private static final Pattern MAILBOX = Pattern.compile("[^\\s<>@:;,\"'()\\[\\]]+@([A-Za-z0-9.-]+)");
    private static final int DEEPEST_CHAIN = 10;

    private SmtpFailures() {
    }

    /** The outcome of a send that threw {@code failure}; {@code timeout} is the socket timeout it ran with. */
    static SendOutcome classify(MessagingException failure, Duration timeout) {
        Reply reply = serverReply(failure);
        if (reply != null && reply.code() >= 500) {
            return new SendOutcome.Failed("the SMTP server refused (" + reply.code() + "): " + reply.text());
        }
        if (reply != null && reply.code() >= 400) {
            return new SendOutcome.Retry("the SMTP server answered " + reply.code() + ": " + reply.text(), null);
        }
        if (causedBy(failure, SocketTimeoutException.class)) {
            return new SendOutcome.Retry("the SMTP server did not answer within " + timeout, null);
        }
        return new SendOutcome.Retry("the SMTP server is unreachable: " + describe(failure), null);
    }

    /** The first 4xx or 5xx reply in the chain (a chain may hold 250s for the recipients that were accepted). */
    private static Reply serverReply(MessagingException failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < DEEPEST_CHAIN; depth++, current = current.getCause()) {
            int code = code(current);
            if (code >= 400) {
                return new Reply(code, text(current.getMessage()));
            }
        }
        return null;
    }

    private static int code(Throwable failure) {
        if (failure instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (failure instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        if (failure instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        if (failure instanceof AuthenticationFailedException && failure.getMessage() != null) {
            Matcher leading = LEADING_CODE.matcher(failure.getMessage());
            return leading.find() ? Integer.parseInt(leading.group(1)) : -1;
        }
        return -1;
    }

    /** The server's words on one line, the code that leads them dropped (the outcome names it), mailboxes masked. */
    private static String text(String message) {
        String text = HeaderText.clean(message == null ? "" : message);
        text = LEADING_CODE.matcher(text).replaceFirst("").strip();
        text = MAILBOX.matcher(text).replaceAll("***@$1");
        return text.isEmpty() ? "(no text)" : text;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < DEEPEST_CHAIN; depth++, current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }

    /** The failure and what lies under it ("Couldn't connect to host ...: ConnectException: Connection refused"). */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < DEEPEST_CHAIN; depth++) {
            root = root.getCause();
        }
        String text = Objects.requireNonNullElse(HeaderText.clean(failure.getMessage()), failure.getClass().getSimpleName());
        return root == failure ? text : text + ": " + root.getClass().getSimpleName() + ": " + HeaderText.clean(root.getMessage());
    }

    private record Reply(int code, String text) {}
}
