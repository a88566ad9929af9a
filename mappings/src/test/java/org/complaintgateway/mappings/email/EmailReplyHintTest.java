package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.mapped;

import java.util.List;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Test;

/**
 * The reply hint answers the sender in the same thread: the other recipients in Cc (never us, never twice), our
 * mailbox the mail reached, References ending with the customer's Message-ID, and one protocol number in the subject.
 */
class EmailReplyHintTest {

    @Test
    void plainMailIsAnsweredToTheSenderWithThisProtocolNumber() {
        assertThat(hint("plain-text.eml")).isEqualTo(new ReplyHint.Email("support-mail", "jane@example.com", List.of(),
                "Re: Kettle broken – order 4711 [RC-2026-000042]", "kettle-1@mail.example.com",
                List.of("kettle-1@mail.example.com"), "support@example.com"));
    }

    @Test
    void otherRecipientsAreCopiedAndTheMailboxIsTheOneWritten() {
        ReplyHint.Email hint = hint("reply-hint-cc-and-mailbox.eml");

        assertThat(hint.to()).isEqualTo("jane@example.com");
        assertThat(hint.cc()).containsExactly("john@example.com", "mary@example.org");
        assertThat(hint.mailbox()).isEqualTo("help@example.com");
        assertThat(hint.inReplyTo()).isEqualTo("hint-1@mail.example.com");
        assertThat(hint.references()).containsExactly("r-1@mail.example.com", "r-2@mail.example.com", "hint-1@mail.example.com");
    }

    @Test
    void mailboxIsFoundInXOriginalToForABccMail() {
        ReplyHint.Email hint = hint("reply-hint-mailbox-from-x-original-to.eml");

        assertThat(hint.mailbox()).isEqualTo("help@example.com");
        assertThat(hint.cc()).isEmpty();
    }

    @Test
    void answerGoesToReplyTo() {
        assertThat(hint("reply-to-differs-from-from.eml").to()).isEqualTo("jane@example.com");
    }

    @Test
    void protocolNumberAlreadyInTheSubjectIsKept() {
        assertThat(hint("thread-protocol-number-in-subject.eml").subject()).isEqualTo("Re: Kettle broken [RC-2026-000040]");
    }

    @Test
    void inReplyToStandsInForMissingReferences() {
        assertThat(hint("auto-reply-threaded-to-known-complaint.eml").references()).containsExactly(
                "cg.01950f3c-0000-7000-8000-00000000aaaa@example.com",
                "auto-reply-threaded-to-known-complaint@mail.example.com");
    }

    @Test
    void mailboxIsNullWithoutOwnAddresses() {
        EmailMappingSettings settings = new EmailMappingSettings("support-mail", List.of(), false, 10, 1_000_000, 10, "RC");

        assertThat(((ReplyHint.Email) mapped("plain-text.eml", settings).replyHint()).mailbox()).isNull();
    }

    private static ReplyHint.Email hint(String fixture) {
        return (ReplyHint.Email) mapped(fixture).replyHint();
    }
}
