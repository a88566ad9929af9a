package org.complaintgateway.mappings.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintgateway.mappings.meta.MetaFixtures.IDENTITY;
import static org.complaintgateway.mappings.meta.MetaFixtures.WHATSAPP;
import static org.complaintgateway.mappings.meta.MetaFixtures.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.ChannelType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The journal form of one Meta event reads back as written, media and all; what is not an event is refused with a
 * reason naming the field only; and no input, however hostile, makes the splitter or the mapper throw.
 */
class MetaEventTest {

    @Test
    void readsBackWhatItWrote() {
        MetaEvent event = MetaEvent.fromBytes(events("whatsapp/message-image.json", WHATSAPP).get(0).raw())
                .withMedia(List.of(new FetchedMedia("900000000000001", "image/jpeg", new byte[] {1, 2, 3})),
                        List.of(new SkippedMedia("900000000000009", "download failed: HTTP 404")));

        assertThat(MetaEvent.fromBytes(event.toBytes())).isEqualTo(event);
    }

    @Test
    void carriesTheSendersContactAndTheBusinessNumber() {
        MetaEvent event = MetaEvent.fromBytes(events("whatsapp/message-text.json", WHATSAPP).get(0).raw());

        assertThat(event.kind()).isEqualTo(MetaEvent.WHATSAPP_MESSAGE);
        assertThat(event.metadata().get("phone_number_id").asText()).isEqualTo("100000000000001");
        assertThat(event.contact().get("wa_id").asText()).isEqualTo("15550000002");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"format\":\"meta-event/1\",\"object\":\"page\",\"kind\":\"messaging\"} | event without item",
        "{\"format\":\"meta-event/1\",\"kind\":\"messaging\",\"item\":{}} | event.object missing",
        "{\"format\":\"meta-event/1\",\"object\":\"page\",\"kind\":\"messaging\",\"item\":{},\"media\":[{\"mediaId\":\"1\",\"content\":\"%%\"}]} | media[0].content is not base64",
        "{\"format\":\"meta-event/1\",\"object\":\"page\",\"kind\":\"messaging\",\"item\":{},\"media\":[{\"content\":\"AAAA\"}]} | media[0].mediaId missing"
    })
    void refusesWhatIsNoEventNamingTheField(String json, String reason) {
        assertThatThrownBy(() -> MetaEvent.fromBytes(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void deeplyNestedBodyIsOneQuarantinedEventNotAnError() {
        byte[] body = ("{\"object\":\"page\",\"entry\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                .getBytes(StandardCharsets.UTF_8);

        List<InboundEvent> events = MetaDeliveries.split(body, MetaFixtures.MESSENGER);

        assertThat(events).hasSize(1);
        assertThat(MetaMapper.map(events.get(0).raw(), IDENTITY, MetaFixtures.MESSENGER))
                .isInstanceOf(MappingResult.Quarantined.class);
    }

    @Test
    void settingsAcceptOnlyTheThreeMetaProducts() {
        assertThatThrownBy(() -> new MetaMappingSettings("bot", ChannelType.TELEGRAM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WHATSAPP, MESSENGER or INSTAGRAM");
    }
}
