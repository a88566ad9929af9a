package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.KNOWN_COMPLAINT;
import static org.complaintgateway.mappings.email.EmailFixtures.STORE;
import static org.complaintgateway.mappings.email.EmailFixtures.mapped;
import static org.complaintgateway.mappings.email.EmailFixtures.read;

import java.util.Map;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Relations;
import org.junit.jupiter.api.Test;

/**
 * A mail continues a known complaint when In-Reply-To, then References (newest first), names a known message,
 * or the subject carries a known protocol number. The thread key is the root of the mail's thread.
 */
class ThreadingTest {

    @Test
    void inReplyToAKnownMessageIsAFollowUp() {
        Complaint complaint = mapped("thread-in-reply-to-known.eml");

        assertThat(complaint.relations()).isEqualTo(new Relations(KNOWN_COMPLAINT, null, "In-Reply-To matches a known message"));
        assertThat(complaint.channel().threadKey()).isEqualTo("kettle-1@mail.example.com");
    }

    @Test
    void referencesToAKnownMessageAreAFollowUp() {
        Complaint complaint = mapped("thread-references-known.eml");

        assertThat(complaint.relations()).isEqualTo(new Relations(KNOWN_COMPLAINT, null, "References match a known message"));
    }

    @Test
    void newestKnownReferenceWins() {
        ThreadLookup store = new EmailFixtures.MapLookup(Map.of(
                "kettle-1@mail.example.com", "01950f3c-0000-7000-8000-000000000001",
                "cg.01950f3c-0000-7000-8000-00000000aaaa@example.com", "01950f3c-0000-7000-8000-000000000002"), Map.of());

        assertThat(ThreadResolver.resolve(read("thread-references-known.eml"), "RC", store))
                .hasValueSatisfying(relations -> assertThat(relations.followUpOf()).isEqualTo("01950f3c-0000-7000-8000-000000000002"));
    }

    @Test
    void protocolNumberInTheSubjectIsAFollowUp() {
        Complaint complaint = mapped("thread-protocol-number-in-subject.eml");

        assertThat(complaint.relations())
                .isEqualTo(new Relations(KNOWN_COMPLAINT, null, "protocol number RC-2026-000040 in the subject"));
        assertThat(complaint.subject()).isEqualTo("Kettle broken [RC-2026-000040]");
    }

    @Test
    void unknownReferencesStartANewComplaintInTheirThread() {
        Complaint complaint = mapped("thread-unknown-references.eml");

        assertThat(complaint.relations()).isNull();
        assertThat(complaint.channel().threadKey()).isEqualTo("unknown-0@mail.example.com");
    }

    @Test
    void nothingIsKnownWithoutAStore() {
        assertThat(ThreadResolver.resolve(read("thread-in-reply-to-known.eml"), "RC", ThreadLookup.NONE)).isEmpty();
        assertThat(ThreadResolver.resolve(read("thread-protocol-number-in-subject.eml"), "RC", ThreadLookup.NONE)).isEmpty();
    }

    @Test
    void inReplyToIsTheThreadKeyWithoutReferences() {
        ThreadLookup store = STORE;
        InboundMail mail = read("auto-reply-threaded-to-known-complaint.eml");

        assertThat(ThreadResolver.resolve(mail, "RC", store)).isPresent();
        assertThat(EmailFixtures.valid(EmailFixtures.map("auto-reply-threaded-to-known-complaint.eml")).channel().threadKey())
                .isEqualTo("cg.01950f3c-0000-7000-8000-00000000aaaa@example.com");
    }
}
