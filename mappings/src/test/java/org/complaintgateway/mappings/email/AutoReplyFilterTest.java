package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.KNOWN_COMPLAINT;
import static org.complaintgateway.mappings.email.EmailFixtures.SETTINGS;
import static org.complaintgateway.mappings.email.EmailFixtures.STORE;
import static org.complaintgateway.mappings.email.EmailFixtures.map;
import static org.complaintgateway.mappings.email.EmailFixtures.read;

import java.util.Optional;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Relations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out-of-office notes, vacation replies, autoresponders, list and bulk mail and read receipts are ignored as
 * "auto-reply"; one that answers a known complaint passes, linked to it and flagged autoReply.
 */
class AutoReplyFilterTest {

    private static final AutoReplyFilter FILTER = new AutoReplyFilter();
    private static final FilterContext UNTHREADED = new FilterContext(SETTINGS, STORE, null);

    @ParameterizedTest
    @CsvSource({
        "auto-reply-auto-submitted.eml,        'Auto-Submitted: auto-replied'",
        "auto-reply-exchange-ooo.eml,          X-Auto-Response-Suppress",
        "auto-reply-exchange-subject-only.eml, auto-reply subject",
        "auto-reply-zimbra-vacation.eml,       'Auto-Submitted: auto-replied'",
        "auto-reply-gmail-vacation.eml,        X-Autoreply",
        "auto-reply-x-autorespond.eml,         X-Autorespond",
        "auto-reply-precedence-junk.eml,       'Precedence: junk'",
        "auto-reply-list-unsubscribe.eml,      list-id",
        "auto-reply-empty-return-path.eml,     'Auto-Submitted: auto-replied'",
        "read-receipt.eml,                     read receipt"})
    void automaticMailIsRecognisedByItsSignal(String fixture, String signal) {
        InboundMail mail = read(fixture);

        assertThat(AutoReplySignals.find(mail)).hasValue(signal);
        assertThat(FILTER.check(mail, UNTHREADED)).isEqualTo(new FilterVerdict.Ignore("auto-reply"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto-reply-auto-submitted.eml", "auto-reply-exchange-ooo.eml", "auto-reply-zimbra-vacation.eml",
        "auto-reply-gmail-vacation.eml", "auto-reply-list-unsubscribe.eml", "auto-reply-empty-return-path.eml"})
    void unthreadedAutomaticMailIsIgnored(String fixture) {
        assertThat(map(fixture)).isEqualTo(new MappingResult.Ignored("auto-reply"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain-text.eml", "auto-reply-auto-submitted-no.eml", "quoted-reply-on-wrote.eml"})
    void personalMailPasses(String fixture) {
        assertThat(FILTER.check(read(fixture), UNTHREADED)).isEqualTo(FilterVerdict.PASS);
    }

    @Test
    void autoReplyToAKnownComplaintIsFlagged() {
        FilterContext threaded = new FilterContext(SETTINGS, STORE, new Relations(KNOWN_COMPLAINT, null, "In-Reply-To"));

        assertThat(FILTER.check(read("auto-reply-threaded-to-known-complaint.eml"), threaded))
                .isEqualTo(new FilterVerdict.Flag("autoReply"));
    }

    @Test
    void autoReplyToOurAcknowledgmentIsIgnoredThoughItContinuesAKnownComplaint() {
        InboundMail mail = read("auto-reply-threaded-to-known-complaint.eml");
        ThreadLookup acknowledgments = new ThreadLookup() {
            @Override
            public Optional<String> byMessageId(String messageId) {
                return STORE.byMessageId(messageId);
            }

            @Override
            public Optional<String> byProtocolNumber(String protocolNumber) {
                return STORE.byProtocolNumber(protocolNumber);
            }

            @Override
            public boolean isAutomatic(String messageId) {
                return mail.inReplyTo().contains(messageId);
            }
        };
        FilterContext threaded = new FilterContext(SETTINGS, acknowledgments,
                new Relations(KNOWN_COMPLAINT, null, "In-Reply-To"));

        assertThat(FILTER.check(mail, threaded)).isEqualTo(new FilterVerdict.Ignore("auto-reply to our acknowledgment"));
    }

    @Test
    void autoReplyToAKnownComplaintIsMappedAsItsFollowUp() {
        Complaint complaint = EmailFixtures.valid(map("auto-reply-threaded-to-known-complaint.eml"));

        assertThat(complaint.relations()).isEqualTo(new Relations(KNOWN_COMPLAINT, null, "In-Reply-To matches a known message"));
        assertThat(complaint.flags()).containsExactly("autoReply");
    }

    @Test
    void customerSubjectMentioningOutOfOfficeIsNoAutoReply() {
        assertThat(AutoReplySignals.find(read("plain-text.eml"))).isEmpty();
    }
}
