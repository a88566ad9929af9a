package org.complaintgateway.routes.webform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.complaintgateway.config.WebformChannelConfig;
import org.complaintgateway.mappings.webform.FieldError;
import org.complaintgateway.mappings.webform.WebformJson;
import org.complaintgateway.mappings.webform.WebformSanitizer;
import org.complaintgateway.mappings.webform.WebformSubmission;
import org.complaintgateway.mappings.webform.WebformValidator;
import org.complaintgateway.routes.pipeline.DeliverySlots;
import org.complaintgateway.routes.pipeline.Normalizer;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;

/**
 * Takes one submission of a web channel in: rate limits, validate its sanitized copy, then journal
 * it as received and normalize it in one transaction (the mapper sanitizes again, and flags what it
 * changed), and hand the queued complaint to delivery.
 * Only a journaled submission is answered as accepted, so a 202 (or the confirmation page) is a
 * promise the store keeps.
 */
public final class WebformIntake {

    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;
    /** How long a submission waits for delivery to catch up before it is answered 503. */
    private static final Duration SLOT_PATIENCE = Duration.ofSeconds(2);

    private final WebformChannelConfig channel;
    private final Store store;
    private final Normalizer normalizer;
    private final Consumer<OutboxItem> deliver;
    private final RateLimiter perIp;
    private final RateLimiter perSender;
    private final DeliverySlots slots;

    /**
     * @param normalizer decides, in the journal's own transaction, what the submission becomes
     * @param deliver    takes a queued complaint, claimed for delivery, after the commit, with the slot it holds
     * @param slots      bound the complaints waiting for delivery; taken before the journal
     */
    public WebformIntake(WebformChannelConfig channel, Store store, Normalizer normalizer, Consumer<OutboxItem> deliver,
                         DeliverySlots slots) {
        this.channel = channel;
        this.store = store;
        this.normalizer = normalizer;
        this.deliver = deliver;
        this.slots = slots;
        this.perIp = new RateLimiter(channel.perIp());
        this.perSender = new RateLimiter(channel.perSender());
    }

    public WebformChannelConfig channel() {
        return channel;
    }

    /** Checked before the body is read: the client address. */
    public Optional<IntakeResult> refuseEarly(String clientAddress, long contentLength) {
        if (contentLength > channel.maxBodyBytes()) {
            return Optional.of(new IntakeResult.TooLarge(channel.maxBodyBytes()));
        }
        return perIp.tryAcquire(clientAddress)
                .map(wait -> new IntakeResult.RateLimited("address", wait));
    }

    /** {@code readErrors}: what was wrong with the fields while reading them (wrong JSON type, unknown field). */
    public IntakeResult accept(WebformSubmission submitted, List<FieldError> readErrors, String idempotencyKey) {
        if (idempotencyKey != null && !validIdempotencyKey(idempotencyKey)) {
            return new IntakeResult.Malformed("Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH
                    + " printable ASCII characters");
        }
        WebformSubmission submission = WebformSanitizer.sanitize(submitted);
        // A field that could not be read (wrong JSON type) is missing to the validator: name it once, for the real cause.
        List<FieldError> errors = new ArrayList<>(readErrors);
        Set<String> unreadable = readErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        WebformValidator.validate(submission, channel.maxAttachmentBytes()).stream()
                .filter(error -> !unreadable.contains(error.field()))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            return new IntakeResult.Invalid(errors);
        }
        Optional<Duration> senderWait = perSender.tryAcquire(submission.email().toLowerCase(Locale.ROOT));
        if (senderWait.isPresent()) {
            return new IntakeResult.RateLimited("sender", senderWait.get());
        }
        if (!slots.tryTake(SLOT_PATIENCE)) {
            return new IntakeResult.Busy();
        }
        AppendOutcome journaled;
        try {
            journaled = store.appendNormalized(new NewMessage(channel.id(), channel.type(), idempotencyKey, idempotencyKey,
                    "application/json", WebformJson.toBytes(submitted)), normalizer::decide, normalizer.lease());
        } catch (RuntimeException e) {
            slots.giveBack();
            if (e instanceof StoreUnavailableException) {
                return new IntakeResult.StoreDown();
            }
            throw e;
        }
        if (journaled.claimed().isPresent()) {
            deliver.accept(journaled.claimed().get());
        } else {
            slots.giveBack();
        }
        return new IntakeResult.Accepted(journaled.entry().id(), journaled.entry().protocolNumber(), journaled.duplicate());
    }

    private static boolean validIdempotencyKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_IDEMPOTENCY_KEY_LENGTH
                && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
