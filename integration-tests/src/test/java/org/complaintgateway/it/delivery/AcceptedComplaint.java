package org.complaintgateway.it.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** What the complaints API promised when it answered 202: the complaint id and its protocol number. */
record AcceptedComplaint(String id, String protocolNumber) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fails the test unless the API answered 202 with an id and a protocol number. */
    static AcceptedComplaint of(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("API answer %s", response.body()).isEqualTo(202);
        try {
            JsonNode body = JSON.readTree(response.body());
            AcceptedComplaint accepted = new AcceptedComplaint(body.path("id").asText(), body.path("protocolNumber").asText());
            assertThat(accepted.id()).isNotBlank();
            assertThat(accepted.protocolNumber()).isNotBlank();
            return accepted;
        } catch (JsonProcessingException e) {
            throw new AssertionError("the API answered 202 with a body that is not JSON: " + response.body(), e);
        }
    }
}
