package org.complaintgateway.routes.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.Message;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.routes.pipeline.ChannelMapper;
import org.complaintgateway.routes.pipeline.JournalingIntake;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journals the events of one webhook delivery, normalized in the same commit, and answers the sender: 200 only once
 * every event is committed (a retried event is recorded as a DUPLICATE), 503 when the store is down and 500 when an
 * event could not be journaled this time, so that the sender delivers it again. Events that are no complaint (a read
 * receipt, an unknown event type) are journaled too, and end IGNORED or QUARANTINED with the reason: never a 5xx,
 * which would make the sender retry them forever, or switch the webhook off.
 */
public final class EventJournal {

    private static final Logger LOG = LoggerFactory.getLogger(EventJournal.class);
    /** What each event is journaled as: the providers post JSON, and an event is a piece of it or the body itself. */
    private static final String CONTENT_TYPE = "application/json";

    private final String channelId;
    private final String channelType;
    private final JournalingIntake intake;
    private final ChannelMapper mapper;

    public EventJournal(String channelId, String channelType, JournalingIntake intake, ChannelMapper mapper) {
        this.channelId = channelId;
        this.channelType = channelType;
        this.intake = intake;
        this.mapper = mapper;
    }

    /**
     * Journals the events, committed together and in order, and returns their outcomes; throws what failed a commit
     * (a {@link StoreUnavailableException} when the store is down) once every event has been tried.
     */
    public List<AppendOutcome> journal(List<InboundEvent> events) {
        List<JournalingIntake.Journaling> started = new ArrayList<>();
        for (InboundEvent event : events) {
            started.add(intake.journalLater(new NewMessage(channelId, channelType, event.externalKey(),
                    event.dedupeKey(), CONTENT_TYPE, event.raw()), mapper));
        }
        List<AppendOutcome> outcomes = new ArrayList<>();
        RuntimeException failed = null;
        for (JournalingIntake.Journaling journaling : started) {
            try {
                outcomes.add(journaling.await());
            } catch (RuntimeException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return outcomes;
    }

    /** Journals the events and answers 200 (with {@code fields} of the outcomes), 503 or 500. */
    public void journalAndAnswer(Message in, List<InboundEvent> events,
                                 Function<List<AppendOutcome>, Map<String, ?>> fields) {
        try {
            JsonAnswer.ok(in, fields.apply(journal(events)));
        } catch (StoreUnavailableException e) {
            LOG.warn("Channel '{}': the store is unavailable; the sender will deliver again: {}", channelId, e.getMessage());
            JsonAnswer.error(in, 503, "the store is unavailable");
        } catch (RuntimeException e) {
            LOG.warn("Channel '{}': a delivery could not be journaled this time; the sender will deliver again: {}",
                    channelId, e.getMessage());
            JsonAnswer.error(in, 500, "the delivery could not be journaled");
        }
    }

    /** Journals the events and answers 200 {@code {"ok":true}}, 503 or 500. */
    public void journalAndAnswer(Message in, List<InboundEvent> events) {
        journalAndAnswer(in, events, outcomes -> Map.of());
    }

    public String channelId() {
        return channelId;
    }
}
