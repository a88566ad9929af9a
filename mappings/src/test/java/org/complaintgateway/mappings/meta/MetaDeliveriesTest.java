package org.complaintgateway.mappings.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintgateway.mappings.meta.MetaFixtures.IDENTITY;
import static org.complaintgateway.mappings.meta.MetaFixtures.INSTAGRAM;
import static org.complaintgateway.mappings.meta.MetaFixtures.MESSENGER;
import static org.complaintgateway.mappings.meta.MetaFixtures.WHATSAPP;
import static org.complaintgateway.mappings.meta.MetaFixtures.delivery;
import static org.complaintgateway.mappings.meta.MetaFixtures.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One Meta delivery becomes one event per message, status or messaging item, each with keys that come from the event
 * alone: Meta retries a delivery until it gets a 2xx, and the retry must find its events already journaled. Nothing
 * is dropped: a part that cannot be read is an event too, and a body that is no delivery is journaled whole.
 */
class MetaDeliveriesTest {

    @ParameterizedTest
    @CsvSource({
        "whatsapp/message-text.json, wamid.FAKE-TEXT-0001, message:wamid.FAKE-TEXT-0001",
        "whatsapp/status-sent.json, wamid.FAKE-OURS-0001, status:wamid.FAKE-OURS-0001:sent",
        "whatsapp/status-failed.json, wamid.FAKE-OURS-0001, status:wamid.FAKE-OURS-0001:failed",
        "messenger/message-text.json, m_FAKE-TEXT-0001, message:m_FAKE-TEXT-0001",
        "messenger/message-echo.json, m_FAKE-ECHO-0001, echo:m_FAKE-ECHO-0001",
        "messenger/read.json, , read:2000000000000001:1772446590123",
        "messenger/delivery.json, , delivery:2000000000000001:1772446590123",
        "instagram/message-echo.json, aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOkZBS0UtRUNITy0wMDAx, echo:aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOkZBS0UtRUNITy0wMDAx"
    })
    void eachEventIsKeyedByItsOwnId(String fixture, String externalKey, String dedupeKey) {
        MetaMappingSettings settings = fixture.startsWith("whatsapp") ? WHATSAPP
                : fixture.startsWith("messenger") ? MESSENGER : INSTAGRAM;

        assertThat(events(fixture, settings)).extracting(InboundEvent::externalKey, InboundEvent::dedupeKey)
                .containsExactly(tuple(externalKey, dedupeKey));
    }

    @Test
    void twoMessagesInOneDeliveryAreTwoEvents() {
        assertThat(events("whatsapp/delivery-two-messages.json", WHATSAPP)).extracting(InboundEvent::dedupeKey)
                .containsExactly("message:wamid.FAKE-TWO-0001", "message:wamid.FAKE-TWO-0002");
    }

    @Test
    void eachEventCarriesOnlyItsOwnSendersContact() {
        List<InboundEvent> events = events("whatsapp/delivery-two-messages.json", WHATSAPP);

        assertThat(new String(events.get(0).raw(), StandardCharsets.UTF_8)).contains("Ana Example").doesNotContain("Tomás");
        assertThat(new String(events.get(1).raw(), StandardCharsets.UTF_8)).contains("Tomás Ejemplo").doesNotContain("Ana");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp/delivery-two-messages.json", "whatsapp/status-read.json", "messenger/read.json",
        "instagram/message-image.json"})
    void theSameDeliveryPostedAgainGivesTheSameEvents(String fixture) {
        MetaMappingSettings settings = fixture.startsWith("whatsapp") ? WHATSAPP
                : fixture.startsWith("messenger") ? MESSENGER : INSTAGRAM;

        List<InboundEvent> first = events(fixture, settings);
        List<InboundEvent> second = events(fixture, settings);

        assertThat(second).extracting(InboundEvent::externalKey, InboundEvent::dedupeKey)
                .containsExactlyElementsOf(first.stream().map(event -> tuple(event.externalKey(), event.dedupeKey())).toList());
        assertThat(second.get(0).raw()).isEqualTo(first.get(0).raw());
    }

    @Test
    void eventWithoutIdIsKeyedByTheHashOfItsJson() {
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"100000000000010\",\"messaging\":[{\"sender\":{\"id\":\"2000000000000001\"},"
                + "\"postback\":{\"title\":\"Get Started\",\"payload\":\"START\"}}]}]}";

        List<InboundEvent> events = MetaDeliveries.split(body.getBytes(StandardCharsets.UTF_8), MESSENGER);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).externalKey()).isNull();
        assertThat(events.get(0).dedupeKey()).isEqualTo("event:" + Sha256.hex(events.get(0).raw()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all | not a Meta webhook delivery: malformed JSON at line 1, column 5",
        "[1, 2] | not a Meta webhook delivery: not a JSON object",
        "{\"entry\": []} | not a Meta webhook delivery: no object field",
        "{\"object\": \"page\"} | not a Meta webhook delivery: no entry list"
    })
    void bodyThatIsNoDeliveryIsOneEventOfItsBytesThatIsQuarantined(String body, String reason) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        List<InboundEvent> events = MetaDeliveries.split(bytes, MESSENGER);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).raw()).isEqualTo(bytes);
        assertThat(events.get(0).externalKey()).isNull();
        assertThat(events.get(0).dedupeKey()).isEqualTo("body:" + Sha256.hex(bytes));
        assertThat(MetaMapper.map(events.get(0).raw(), IDENTITY, MESSENGER)).isEqualTo(new MappingResult.Quarantined(reason));
    }

    @Test
    void emptyOrMissingBodyIsOneQuarantinedEventToo() {
        List<InboundEvent> events = MetaDeliveries.split(null, WHATSAPP);

        assertThat(events).extracting(InboundEvent::dedupeKey).containsExactly("body:" + Sha256.hex(new byte[0]));
        assertThat(MetaMapper.map(events.get(0).raw(), IDENTITY, WHATSAPP))
                .isEqualTo(new MappingResult.Quarantined("not a Meta webhook delivery: empty body"));
    }

    @Test
    void unreadablePartIsQuarantinedBesideTheReadableOnes() {
        String body = new String(delivery("messenger/message-text.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"entry\"\\s*:\\s*\\[", "\"entry\": [42, ");

        List<InboundEvent> events = MetaDeliveries.split(body.getBytes(StandardCharsets.UTF_8), MESSENGER);

        assertThat(events).hasSize(2);
        assertThat(MetaMapper.map(events.get(1).raw(), IDENTITY, MESSENGER)).isInstanceOf(MappingResult.Mapped.class);
        assertThat(MetaMapper.map(events.get(0).raw(), IDENTITY, MESSENGER))
                .isEqualTo(new MappingResult.Quarantined("not a Meta webhook delivery: entry[0] is not an object"));
    }

    @Test
    void whatsAppChangeWithoutMessagesIsIgnoredByItsField() {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"100000000000099\",\"changes\":"
                + "[{\"field\":\"message_template_status_update\",\"value\":{\"event\":\"APPROVED\"}}]}]}";

        List<InboundEvent> events = MetaDeliveries.split(body.getBytes(StandardCharsets.UTF_8), WHATSAPP);

        assertThat(events).hasSize(1);
        assertThat(MetaMapper.map(events.get(0).raw(), IDENTITY, WHATSAPP))
                .isEqualTo(new MappingResult.Ignored("unsupported-type: message_template_status_update"));
    }

    @Test
    void deliveryOfAnotherProductIsQuarantinedWithWhatItIs() {
        String body = "{\"object\":\"permissions\",\"entry\":[{\"id\":\"1\",\"changes\":[]}]}";

        List<InboundEvent> events = MetaDeliveries.split(body.getBytes(StandardCharsets.UTF_8), WHATSAPP);

        assertThat(events).hasSize(1);
        assertThat(MetaMapper.map(events.get(0).raw(), IDENTITY, WHATSAPP))
                .isEqualTo(new MappingResult.Quarantined("object 'permissions' delivered to a whatsapp channel"));
    }

    @Test
    void wholeDeliveryJournaledAsIfAnEventIsQuarantined() {
        assertThat(MetaMapper.map(delivery("whatsapp/message-text.json"), IDENTITY, WHATSAPP)).isEqualTo(
                new MappingResult.Quarantined("not a Meta webhook delivery: a whole delivery where one of its events was expected"));
    }
}
