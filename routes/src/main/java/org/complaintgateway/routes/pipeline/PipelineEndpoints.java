package org.complaintgateway.routes.pipeline;

/** The in-memory hand-offs between stages. Losing them loses nothing: the store is swept for what they dropped. */
public final class PipelineEndpoints {

    /** Body: a RECEIVED {@link org.complaintgateway.routes.store.JournalEntry}. Channels send here after the journal commit. */
    public static final String NORMALIZE = "seda:normalize";

    /** Body: a claimed {@link org.complaintgateway.routes.store.OutboxItem}. */
    public static final String DELIVER = "seda:deliver";

    /** Header on a hand-off to {@link #DELIVER} that holds a {@link DeliverySlots} slot, given back after the attempt. */
    public static final String HOLDS_SLOT = "ComplaintGatewayHoldsSlot";

    private PipelineEndpoints() {
    }
}
