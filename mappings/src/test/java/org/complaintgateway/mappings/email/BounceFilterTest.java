package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.BOUNCED_COMPLAINT;
import static org.complaintgateway.mappings.email.EmailFixtures.SETTINGS;
import static org.complaintgateway.mappings.email.EmailFixtures.STORE;
import static org.complaintgateway.mappings.email.EmailFixtures.map;
import static org.complaintgateway.mappings.email.EmailFixtures.read;

import org.complaintgateway.mappings.MappingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bounces and delivery reports are ignored; when the bounced mail is one the store knows (our answer to a
 * complaint), the reason names that complaint. An empty Return-Path alone means bounce only for mail that is not
 * an auto-reply, since RFC 3834 autoresponders send with one too.
 */
class BounceFilterTest {

    private static final BounceFilter FILTER = new BounceFilter();
    private static final FilterContext CONTEXT = new FilterContext(SETTINGS, STORE, null);

    @ParameterizedTest
    @ValueSource(strings = {"bounce-multipart-report.eml", "bounce-postmaster.eml", "bounce-empty-return-path.eml"})
    void bounceOfAnUnknownMailIsIgnored(String fixture) {
        assertThat(FILTER.check(read(fixture), CONTEXT)).isEqualTo(new FilterVerdict.Ignore("bounce"));
        assertThat(map(fixture)).isEqualTo(new MappingResult.Ignored("bounce"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bounce-multipart-report-known-original.eml", "bounce-text-rfc822-headers-known-original.eml",
        "bounce-mailer-daemon-plain-text.eml"})
    void bounceOfAKnownMailNamesItsComplaint(String fixture) {
        assertThat(FILTER.check(read(fixture), CONTEXT)).isEqualTo(new FilterVerdict.Ignore("bounce of " + BOUNCED_COMPLAINT));
        assertThat(map(fixture)).isEqualTo(new MappingResult.Ignored("bounce of " + BOUNCED_COMPLAINT));
    }

    @Test
    void bounceOfAKnownMailIsPlainBounceWhenTheStoreKnowsNothing() {
        assertThat(FILTER.check(read("bounce-multipart-report-known-original.eml"), new FilterContext(SETTINGS, ThreadLookup.NONE, null)))
                .isEqualTo(new FilterVerdict.Ignore("bounce"));
    }

    @Test
    void autoReplyWithEmptyReturnPathIsNoBounce() {
        assertThat(FILTER.check(read("auto-reply-empty-return-path.eml"), CONTEXT)).isEqualTo(FilterVerdict.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain-text.eml", "read-receipt.eml", "auto-reply-auto-submitted.eml"})
    void otherMailPasses(String fixture) {
        assertThat(FILTER.check(read(fixture), CONTEXT)).isEqualTo(FilterVerdict.PASS);
    }
}
