package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The Message-IDs the gateway sends with are unique and recognisable when they come back. */
class OwnMessageIdsTest {

    @Test
    void newIdsAreOursUniqueAndWithoutBrackets() {
        String id = OwnMessageIds.newId("example.com");

        assertThat(id).startsWith("cg.").endsWith("@example.com").doesNotContain("<", ">");
        assertThat(OwnMessageIds.isOurs(id)).isTrue();
        assertThat(OwnMessageIds.isOurs("<" + id + ">")).isTrue();
        assertThat(OwnMessageIds.newId("example.com")).isNotEqualTo(id);
    }

    @Test
    void otherIdsAreNotOurs() {
        assertThat(OwnMessageIds.isOurs("kettle-1@mail.example.com")).isFalse();
        assertThat(OwnMessageIds.isOurs("cg.not-a-uuid@example.com")).isFalse();
        assertThat(OwnMessageIds.isOurs(null)).isFalse();
    }

    @Test
    void domainMustBeAHostName() {
        assertThatIllegalArgumentException().isThrownBy(() -> OwnMessageIds.newId(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> OwnMessageIds.newId("a@b"));
    }
}
