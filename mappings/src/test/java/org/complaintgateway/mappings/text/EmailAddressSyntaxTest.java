package org.complaintgateway.mappings.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An address is valid with one @, a plain local part, a domain of two or more labels ending in a name, ≤ 254 chars. */
class EmailAddressSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "jane@example.com", "jane.doe+complaints@example.co.uk", "o'neil@example.ie", "jane@corp.internal",
        "müller@bücher.example", "x@xn--bcher-kva.example"})
    void acceptsUsualAddresses(String address) {
        assertThat(EmailAddressSyntax.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "jane", "jane@", "@example.com", "jane@example", "jane@@example.com", "jane@one@example.com",
        "jane doe@example.com", "jane@exa mple.com", ".jane@example.com", "jane.@example.com", "ja..ne@example.com",
        "jane@example..com", "jane@-example.com", "jane@example.com.", "jane@192.168.0.1", "\"jane\"@example.com",
        "jane\r\n@example.com"})
    void rejectsMalformedAddresses(String address) {
        assertThat(EmailAddressSyntax.isValid(address)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(EmailAddressSyntax.isValid(null)).isFalse();
    }

    @Test
    void rejectsAddressLongerThan254Characters() {
        String domain = String.join(".", "a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(60), "e".repeat(60), "example");
        String address = "j@" + domain;

        assertThat(address).hasSizeGreaterThan(254);
        assertThat(EmailAddressSyntax.isValid(address)).isFalse();
    }

    @Test
    void rejectsLocalPartLongerThan64Characters() {
        assertThat(EmailAddressSyntax.isValid("j".repeat(65) + "@example.com")).isFalse();
    }
}
