package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule: a suggestion is offered only for a name at most two edits away or sharing a prefix. */
class NearestNameTest {
    private static final List<String> KEYS = List.of("protocolPrefix", "host", "port", "managementPort");

    @Test
    void suggestsNameOneEditAway() {
        assertThat(NearestName.among("protocolPrefx", KEYS)).contains("protocolPrefix");
    }

    @Test
    void suggestsClosestOfSeveralNearNames() {
        assertThat(NearestName.among("prot", KEYS)).contains("port");
    }

    @Test
    void suggestsNameTheTypedOneIsAPrefixOf() {
        assertThat(NearestName.among("management", KEYS)).contains("managementPort");
    }

    @Test
    void suggestsNothingForAFarName() {
        assertThat(NearestName.among("colour", KEYS)).isEmpty();
    }
}
