package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.mapped;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reply and forward prefixes of many clients and languages leave the subject; our protocol number tag is found. */
class SubjectsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Re: Kettle                        | Kettle",
        "RE: Kettle                        | Kettle",
        "Fwd: Kettle                       | Kettle",
        "Fw: Kettle                        | Kettle",
        "R: Kettle                         | Kettle",
        "I: Kettle                         | Kettle",
        "AW: Kettle                        | Kettle",
        "WG: Kettle                        | Kettle",
        "TR: Kettle                        | Kettle",
        "RES: Kettle                       | Kettle",
        "ENC: Kettle                       | Kettle",
        "Re[2]: Kettle                     | Kettle",
        "Re(3): Kettle                     | Kettle",
        "re: Re: FWD: aw:Kettle            | Kettle",
        "Kettle: Re: lid                   | Kettle: Re: lid",
        "Reminder: kettle                  | Reminder: kettle",
        "Re: Kettle [RC-2026-000040]       | Kettle [RC-2026-000040]"})
    void prefixesAreStripped(String subject, String expected) {
        assertThat(Subjects.withoutPrefixes(subject)).isEqualTo(expected);
    }

    @Test
    void subjectOfOnlyPrefixesBecomesNull() {
        assertThat(Subjects.withoutPrefixes("Re: ")).isNull();
    }

    @Test
    void stackedPrefixesLeaveTheComplaintSubject() {
        assertThat(mapped("subject-prefixes-stacked.eml").subject()).isEqualTo("Kettle broken");
    }

    @Test
    void protocolNumberWithTheConfiguredPrefixIsFound() {
        assertThat(Subjects.protocolNumber("Re: Kettle [RC-2026-000040]", "RC")).hasValue("RC-2026-000040");
        assertThat(Subjects.protocolNumber("Re: Kettle [XY-2026-000040]", "RC")).isEmpty();
        assertThat(Subjects.protocolNumber("Re: Kettle RC-2026-000040", "RC")).isEmpty();
    }

    @Test
    void anyPrefixIsFoundWhenNoneIsConfigured() {
        assertThat(Subjects.protocolNumber("Kettle [XY-2026-0000401]", null)).hasValue("XY-2026-0000401");
    }

    @Test
    void replySubjectCarriesOneProtocolNumberAtTheEnd() {
        assertThat(Subjects.replySubject("Kettle broken", "RC", "RC-2026-000042")).isEqualTo("Re: Kettle broken [RC-2026-000042]");
        assertThat(Subjects.replySubject("Re: AW: Kettle broken [RC-2026-000040]", "RC", "RC-2026-000040"))
                .isEqualTo("Re: Kettle broken [RC-2026-000040]");
        assertThat(Subjects.replySubject("[RC-2026-000040] Re: Kettle", "RC", "RC-2026-000040"))
                .isEqualTo("Re: Kettle [RC-2026-000040]");
        assertThat(Subjects.replySubject(null, "RC", "RC-2026-000042")).isEqualTo("Re: [RC-2026-000042]");
    }
}
