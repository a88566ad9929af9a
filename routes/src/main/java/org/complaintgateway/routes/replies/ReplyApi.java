package org.complaintgateway.routes.replies;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.complaintgateway.config.RepliesSettings;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.ReplyHint;
import org.complaintgateway.routes.inbound.JsonAnswer;
import org.complaintgateway.routes.inbound.RequestBody;
import org.complaintgateway.routes.outbound.OutboundStatus;
import org.complaintgateway.routes.outbound.ReplyContent;
import org.complaintgateway.routes.store.NewOutbound;
import org.complaintgateway.routes.store.OutboundKind;
import org.complaintgateway.routes.store.OutboundMessage;
import org.complaintgateway.routes.store.OutboundOutcome;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;

/**
 * The reply API: the downstream answers a complaint, and the gateway sends the answer on the channel the customer used,
 * as the complaint's reply hint says. {@code POST /api/v1/complaints/{id}/replies} records the reply (202, or 200 with
 * the first one for an idempotency key already used on this complaint) before the outbound sweeper sends it;
 * {@code GET /api/v1/complaints/{id}/replies/{replyId}} tells where it stands: queued, sent or failed, with the reason.
 */
public final class ReplyApi {

    /** Generous for a text and a few files; a reply is held in memory until its signature is checked. */
    static final long MAX_BODY_BYTES = 10L << 20;

    private final Store store;
    private final Set<String> sendingChannels;
    private final ReplyApiAuthenticator authenticator;

    /** @param sendingChannels ids of the channels that can send: a complaint of any other cannot be answered here */
    public ReplyApi(Store store, RepliesSettings settings, Set<String> sendingChannels, Clock clock) {
        this.store = store;
        this.sendingChannels = Set.copyOf(sendingChannels);
        this.authenticator = new ReplyApiAuthenticator(settings.auth(), clock);
    }

    /** {@code POST /api/v1/complaints/{id}/replies}. */
    public void post(Exchange exchange) {
        Message in = exchange.getIn();
        String complaintId = in.getHeader("id", String.class);
        Optional<byte[]> body = RequestBody.read(in, MAX_BODY_BYTES);
        if (body.isEmpty() || refused(in, body.get())) {
            return;
        }
        ReplyRequest request;
        try {
            request = ReplyRequest.read(body.get());
        } catch (ReplyRequest.Invalid e) {
            JsonAnswer.error(in, 400, e.getMessage());
            return;
        }
        try {
            Optional<Complaint> complaint = store.complaint(complaintId).map(ComplaintJson::fromBytes);
            if (complaint.isEmpty()) {
                JsonAnswer.error(in, 404, "no complaint with id " + complaintId);
                return;
            }
            ReplyHint hint = complaint.get().replyHint();
            String channelType = complaint.get().channel().type().wireName();
            if (!sendingChannels.contains(hint.channelId())) {
                JsonAnswer.error(in, 422, "channel '" + hint.channelId() + "' (" + channelType + ") cannot send "
                        + "replies: answer the customer as the reply hint says, or configure the channel to send");
                return;
            }
            ReplyContent content = new ReplyContent(request.text(), request.attachments(), hint,
                    complaint.get().protocolNumber(), complaint.get().language());
            OutboundOutcome outcome = store.outbound().enqueue(new NewOutbound(complaintId, OutboundKind.REPLY,
                    hint.channelId(), channelType, request.idempotencyKey(), content.toJson()));
            JsonAnswer.answer(in, outcome.existing() ? 200 : 202, OutboundStatus.of(outcome.message()));
        } catch (StoreUnavailableException e) {
            JsonAnswer.error(in, 503, "the store is unavailable");
        }
    }

    /** {@code GET /api/v1/complaints/{id}/replies/{replyId}}. */
    public void status(Exchange exchange) {
        Message in = exchange.getIn();
        String complaintId = in.getHeader("id", String.class);
        String replyId = in.getHeader("replyId", String.class);
        if (refused(in, new byte[0])) {
            return;
        }
        try {
            Optional<OutboundMessage> reply = store.outbound().find(replyId)
                    .filter(message -> message.complaintId().equals(complaintId));
            if (reply.isEmpty()) {
                JsonAnswer.error(in, 404, "complaint " + complaintId + " has no reply " + replyId);
                return;
            }
            JsonAnswer.answer(in, 200, OutboundStatus.of(reply.get()));
        } catch (StoreUnavailableException e) {
            JsonAnswer.error(in, 503, "the store is unavailable");
        }
    }

    private boolean refused(Message in, byte[] body) {
        Optional<ReplyApiAuthenticator.Refusal> refusal = authenticator.check(in, body);
        refusal.ifPresent(refused -> JsonAnswer.error(in, refused.status(), refused.error()));
        return refusal.isPresent();
    }
}
