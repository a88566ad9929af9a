package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.SETTINGS;
import static org.complaintgateway.mappings.email.EmailFixtures.STORE;
import static org.complaintgateway.mappings.email.EmailFixtures.map;
import static org.complaintgateway.mappings.email.EmailFixtures.read;

import org.complaintgateway.mappings.MappingResult;
import org.junit.jupiter.api.Test;

/** Mail the gateway sent itself, coming back into one of its mailboxes, is ignored as a loop, saying what matched. */
class LoopFilterTest {

    private static final LoopFilter FILTER = new LoopFilter();
    private static final FilterContext CONTEXT = new FilterContext(SETTINGS, STORE, null);

    @Test
    void ownMessageIdIsALoop() {
        assertThat(FILTER.check(read("loop-own-message-id.eml"), CONTEXT))
                .isEqualTo(new FilterVerdict.Ignore("loop: Message-ID is one the gateway generated"));
        assertThat(map("loop-own-message-id.eml"))
                .isEqualTo(new MappingResult.Ignored("loop: Message-ID is one the gateway generated"));
    }

    @Test
    void ownFromAddressIsALoopWhateverItsCase() {
        assertThat(FILTER.check(read("loop-from-own-address.eml"), CONTEXT))
                .isEqualTo(new FilterVerdict.Ignore("loop: From is our own address"));
        assertThat(map("loop-from-own-address.eml")).isEqualTo(new MappingResult.Ignored("loop: From is our own address"));
    }

    @Test
    void customerReplyQuotingOurMessageIdIsNoLoop() {
        assertThat(FILTER.check(read("thread-in-reply-to-known.eml"), CONTEXT)).isEqualTo(FilterVerdict.PASS);
    }
}
